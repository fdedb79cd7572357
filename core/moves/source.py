"""Where moves get occupations and the person's placement: the taxonomy's occupations and title placement, then an
exact-title match on the occupations given (then, in service.py, the best skill overlap)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping, Sequence

from core.taxonomy.occupations import Occupation, load_occupations, read_occupations

OCCUPATIONS_ENV = "SKILLGAP_OCCUPATIONS_FILE"  # a derived occupations file elsewhere (previews of a rebuilt taxonomy)
SENIORITY_WORDS = re.compile(r"\b(senior|sr\.?|junior|jr\.?|lead|staff|principal|head|chief|trainee|intern|"
                             r"i{1,3}|iv|1|2|3)\b", re.I)


@dataclass(frozen=True)
class Placement:
    """The person's occupation as moves use it."""

    occupation: Occupation | None
    method: str  # title | alternate | keywords | embedding | skills | none
    confidence: float
    matched: str = ""
    held: frozenset[str] = frozenset()  # occupations of the person's other titles (already done: not moves)


def load_occupation_map(taxonomy_dir: Path) -> dict[str, Occupation]:
    """soc -> Occupation: $SKILLGAP_OCCUPATIONS_FILE when set, else the taxonomy's occupations ({} when absent)."""
    override = os.environ.get(OCCUPATIONS_ENV)
    if override and Path(override).is_file():
        return read_occupations(Path(override))
    return load_occupations(taxonomy_dir)


def place_titles(titles: Sequence[str], occupations: Mapping[str, Occupation], taxonomy_dir: Path | None = None,
                 placer: Callable | None = None) -> Placement:
    """Where the titles place (taxonomy placement when present, else exact/alternate titles): the most prepared
    occupation (highest job zone, then the first title) is the origin; the others are held, never moves."""
    placer = placer or _taxonomy_placer(taxonomy_dir)
    matches = [m for m in (placer(t) for t in titles) if m is not None and m.occupation.soc in occupations] \
        if placer else []
    if matches:
        # moves start from the most prepared job held (an ED staff nurse who is also an RN moves on as an RN)
        first = max(matches, key=lambda m: (occupations[m.occupation.soc].job_zone or 0, -matches.index(m)))
        held = frozenset(m.occupation.soc for m in matches)
        return Placement(occupations[first.occupation.soc], first.method, first.confidence, first.matched, held)
    index = _title_index(occupations)
    for title in titles:
        key = _norm(title)
        if key in index:
            occ, method = index[key]
            return Placement(occ, method, 0.9 if method == "title" else 0.8, title)
    for title in titles:  # "Medical-Surgical Registered Nurse": the longest known title it ends with (2+ words)
        words = _norm(title).split()
        for start in range(1, len(words) - 1):
            tail = " ".join(words[start:])
            if tail in index:
                return Placement(index[tail][0], "alternate", 0.65, title)
    return Placement(None, "none", 0.0)


def _taxonomy_placer(taxonomy_dir: Path | None) -> Callable:
    """core.taxonomy.placement's title -> OccupationMatch, for the occupations of `taxonomy_dir`."""
    from core.taxonomy.placement import place_title

    return lambda title: place_title(title, taxonomy_dir)


_INDEXES: dict[int, tuple[Mapping, dict]] = {}  # id(occupations) -> (the mapping, its title index)


def _title_index(occupations: Mapping[str, Occupation]) -> dict[str, tuple[Occupation, str]]:
    """Normalised title -> (occupation, "title" | "alternate"), built once per occupations mapping."""
    kept = _INDEXES.get(id(occupations))
    if kept is not None and kept[0] is occupations:
        return kept[1]
    if len(_INDEXES) > 8:
        _INDEXES.clear()
    index = _build_title_index(occupations)
    _INDEXES[id(occupations)] = (occupations, index)  # the mapping is kept so its id cannot be reused meanwhile
    return index


def _build_title_index(occupations: Mapping[str, Occupation]) -> dict[str, tuple[Occupation, str]]:
    index: dict[str, tuple[Occupation, str]] = {}
    for occ in sorted(occupations.values(), key=lambda o: o.soc):
        for title in occ.titles:
            index.setdefault(_norm(title), (occ, "alternate"))
    for occ in occupations.values():
        index[_norm(occ.title)] = (occ, "title")
        singular = re.sub(r"s$", "", _norm(occ.title))
        index.setdefault(singular, (occ, "title"))
    return index


def _norm(title: str) -> str:
    """Lower case, seniority words and punctuation dropped."""
    text = SENIORITY_WORDS.sub(" ", title.lower())
    return " ".join(re.sub(r"[^a-z0-9+#&/ ]+", " ", text).split())
