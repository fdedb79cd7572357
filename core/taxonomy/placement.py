"""A job title (from a resume or a posting) -> the O*NET occupation it names, with a confidence.

Order: (1) the title-keyword rules (core.taxonomy.roles) decide the family when a specific keyword (or a tech
family's generic one) matches, so the 16 tech families place exactly as before; inside that family an exact
occupation/alternate title wins, else the longest known title (2+ words) inside the text, else the family's own
occupation. (2) Otherwise a normalized exact match on
occupation titles and alternate/reported titles (high confidence); a generic keyword ("manager") only breaks ties.
(3) Otherwise the longest known title (2+ words) inside the text. (4) Otherwise, when allowed, the embedding-nearest
title (core.taxonomy.placement_embed, from the title matrix shipped with the taxonomy; skipped when it is missing or
stale): confidence from the cosine and the margin to the best other family.
Ingest calls with embed=False: rules and exact titles only, memoised, microseconds a title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from core.taxonomy.load import load_taxonomy
from core.taxonomy.models import Taxonomy
from core.taxonomy.occupations import Occupation, OccupationMatch, load_occupations
from core.taxonomy.roles import normalize_title, strip_seniority

EXACT_TITLE, EXACT_ALTERNATE, IN_FAMILY, FAMILY_ONLY, GENERIC_ONLY, PARTIAL = 0.95, 0.9, 0.8, 0.7, 0.5, 0.65
_LEVEL_WORDS = {  # SENIORITY_WORDS -> level; "staff" is senior only in tech titles ("Staff Nurse" is not)
    "intern": "intern", "internship": "intern", "trainee": "intern", "apprentice": "intern",
    "junior": "junior", "jr": "junior", "entry": "junior", "entry-level": "junior", "graduate": "junior",
    "grad": "junior", "associate": "junior", "i": "junior", "1": "junior", "l1": "junior", "mid": "mid",
    "mid-level": "mid", "midlevel": "mid", "intermediate": "mid", "ii": "mid", "2": "mid", "l2": "mid",
    "senior": "senior", "sr": "senior", "snr": "senior", "experienced": "senior", "iii": "senior", "3": "senior",
    "l3": "senior", "expert": "senior", "lead": "lead", "iv": "lead", "l4": "lead", "principal": "principal",
    "v": "principal", "l5": "principal",
}
_ZONE_LEVEL = {1: "junior", 2: "junior", 3: "mid", 4: "mid", 5: "senior"}
_SPLIT = re.compile(r",\s*|\s+and\s+")


@dataclass
class TitleIndex:
    """Normalized titles -> occupations, built once per occupations file."""

    occupations: dict[str, Occupation]
    exact: dict[str, list[tuple[str, str]]]  # key -> [(soc, "title" | "alternate")], main titles first
    memo: dict[tuple, tuple] = field(default_factory=dict)  # (title, embed, id(taxonomy)) -> (taxonomy, match)
    directory: Path | None = None  # the taxonomy dir (its shipped title matrix is the embedding fallback's)
    vectors: dict[tuple, object] = field(default_factory=dict)  # file stamps -> TitleMatrix | None (placement_embed)


def _singular(words: str) -> str:
    """'registered nurses' -> 'registered nurse' (last word only)."""
    head, _, last = words.rpartition(" ")
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith("ss") and len(last) > 3:
        last = last[:-1]
    return f"{head} {last}".strip()


def title_keys(title: str, main: bool) -> list[str]:
    """Lookup keys of an O*NET title: normalized, 'X (Y)' as X and Y, and for main titles the singular parts."""
    out = []
    parts = [title, *re.findall(r"\(([^)]+)\)", title), re.sub(r"\s*\([^)]*\)", "", title)] if "(" in title else [title]
    for part in parts:
        key = normalize_title(part)
        out.append(key)
        if main:
            out += [_singular(p) for p in _SPLIT.split(key) if p and not p.startswith(("except", "all other"))]
    return [k for k in dict.fromkeys(out) if k]


@lru_cache(maxsize=4)
def _index_for(path: Path, _stamp: tuple) -> TitleIndex:
    """The title index of one occupations file; an alternate shared by several occupations goes first to one whose
    own title shares a word with it, then to the one listing it earliest (reported titles come first)."""
    occupations = load_occupations(path)
    exact: dict[str, list[tuple[str, str]]] = {}
    for occ in occupations.values():
        for key in title_keys(occ.title, main=True):
            exact.setdefault(key, []).append((occ.soc, "title"))
    alternates: dict[str, dict[str, int]] = {}
    for occ in occupations.values():
        for position, title in enumerate(occ.titles):
            for key in title_keys(title, main=False):
                alternates.setdefault(key, {}).setdefault(occ.soc, position)
    own = {soc: {_singular(w) for w in normalize_title(o.title).split()} for soc, o in occupations.items()}
    for key, where in alternates.items():
        entries = exact.setdefault(key, [])
        known = {soc for soc, _ in entries}
        stems = {_singular(w) for w in key.split()}

        def rank(soc: str) -> tuple:  # an occupation whose own title shares a word with the key, then position
            return (not stems & own[soc], where[soc], soc)

        entries += [(soc, "alternate") for soc in sorted(where, key=rank) if soc not in known]
    return TitleIndex(occupations, exact, directory=path)


def title_index(taxonomy_dir: Path) -> TitleIndex:
    """The (cached) title index of `taxonomy_dir`/occupations.jsonl."""
    path = Path(taxonomy_dir).resolve()
    occ_file = path / "occupations.jsonl"
    stamp = (occ_file.stat().st_mtime_ns, occ_file.stat().st_size) if occ_file.is_file() else ()
    return _index_for(path, stamp)


def _spans(text: str) -> list[str]:
    """Word-aligned sub-phrases of a normalized title, longest first."""
    words = text.split()
    spans = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    return sorted(spans, key=lambda s: (-len(s), s))


def seniority_of(title: str, occupation: Occupation | None, tech: bool) -> str | None:
    """Level from the title's seniority words (highest wins), else from the occupation's job zone."""
    order = ("intern", "junior", "mid", "senior", "lead", "principal")
    words = [w.rstrip(".") for w in normalize_title(title).split()]
    levels = [_LEVEL_WORDS[w] for w in words if w in _LEVEL_WORDS]
    if tech and "staff" in words:
        levels.append("principal")
    if levels:
        return max(levels, key=order.index)
    return _ZONE_LEVEL.get(occupation.job_zone) if occupation and occupation.job_zone else None


def _in_family(taxonomy: Taxonomy, index: TitleIndex, family: str) -> Occupation | None:
    """The family's own occupation (its onet_soc), recorded under the family (tech families share 15-1252)."""
    fam = taxonomy.role_families.get(family)
    occ = index.occupations.get(fam.onet_soc) if fam else None
    if occ is None:
        occ = next((o for o in index.occupations.values() if o.family == family), None)
    return occ if occ is None or occ.family == family else replace(occ, family=family)


def _pick(index: TitleIndex, entries: list[tuple[str, str]], family: str | None) -> tuple[Occupation, str] | None:
    """The first entry in `family` (any entry when family is None)."""
    for soc, kind in entries:
        occ = index.occupations[soc]
        if family is None or occ.family == family:
            return occ, kind
    return None


def _longest_known(index: TitleIndex, texts: tuple[str, ...], family: str | None, min_words: int):
    """(occupation, kind, span) for the longest known title inside the texts (restricted to family when given)."""
    for text in texts:
        for span in _spans(text):
            if len(span.split()) >= min_words and span in index.exact:
                found = _pick(index, index.exact[span], family)
                if found:
                    return found[0], found[1], span
    return None


_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def boundary_spans(text: str) -> set[str]:
    """Substrings of a normalized title that start and end on word boundaries (the rules' regex boundaries)."""
    starts = [i for i in range(len(text)) if i == 0 or text[i - 1] not in _ALNUM]
    ends = [j for j in range(1, len(text) + 1) if j == len(text) or text[j] not in _ALNUM]
    return {text[i:j] for i in starts for j in ends if j > i}


@lru_cache(maxsize=8)
def _phrases(families: tuple) -> tuple[dict[str, tuple[int, str]], dict[str, tuple[int, str]]]:
    """(specific, generic) normalized phrase -> (order, family id), the first listing kept (rules' tie order)."""
    specific: dict[str, tuple[int, str]] = {}
    generic: dict[str, tuple[int, str]] = {}
    for fam in families:
        for phrase in fam.title_keywords:
            specific.setdefault(normalize_title(phrase), (len(specific), fam.id))
        for phrase in fam.generic_keywords:
            generic.setdefault(normalize_title(phrase), (len(generic), fam.id))
    return specific, generic


def rules_family(taxonomy: Taxonomy, texts: tuple[str, ...]) -> tuple[str | None, bool]:
    """(family, specific?) exactly as core.taxonomy.roles.role_family_for_title decides it, by set lookups."""
    specific, generic = _phrases(tuple(taxonomy.role_families.values()))
    spans = set().union(*(boundary_spans(t) for t in texts))
    for phrases, is_specific in ((specific, True), (generic, False)):
        found = [(len(s), -phrases[s][0], phrases[s][1]) for s in spans if s in phrases]
        if found:
            return max(found)[2], is_specific
    return None, False


def place_with(taxonomy: Taxonomy, index: TitleIndex, title: str, embed: bool = False,
               embedder=None) -> OccupationMatch | None:
    """Place one title with an explicit taxonomy and index (see the module doc for the order)."""
    full = normalize_title(title or "")
    if not full or not index.occupations:
        return None
    texts = tuple(dict.fromkeys((full, strip_seniority(full))))
    rule, specific = rules_family(taxonomy, texts)
    entries = next((index.exact[t] for t in texts if t in index.exact), [])
    if rule and (specific or is_tech(taxonomy, rule)):  # tech families place exactly as the rules always did
        found = _pick(index, entries, rule)
        if found:
            return _match(taxonomy, found[0], EXACT_TITLE, found[1], title, title)
        known = _longest_known(index, texts, rule, 2)
        if known:
            return _match(taxonomy, known[0], IN_FAMILY, "keywords", known[2], title)
        occ = _in_family(taxonomy, index, rule)
        return _match(taxonomy, occ, FAMILY_ONLY, "keywords", title, title) if occ else None
    if entries:
        occ, kind = _pick(index, entries, rule) or _pick(index, entries, None)
        return _match(taxonomy, occ, EXACT_TITLE if kind == "title" else EXACT_ALTERNATE, kind, title, title)
    known = _longest_known(index, texts, None, 2)
    if known:
        return _match(taxonomy, known[0], PARTIAL, "alternate", known[2], title)
    if embed:
        from core.taxonomy.placement_embed import nearest_title

        near = nearest_title(index, full, embedder=embedder)  # the shipped matrix only: never built here
        if near is not None:
            return _match(taxonomy, index.occupations[near[0]], near[1], "embedding", near[2], title)
    if rule:
        occ = _in_family(taxonomy, index, rule)
        return _match(taxonomy, occ, GENERIC_ONLY, "keywords", title, title) if occ else None
    return None


def is_tech(taxonomy: Taxonomy, family: str) -> bool:
    """One of the 16 software & data families (listed first in the role-family table)."""
    return family in list(taxonomy.role_families)[:16]


def _match(taxonomy: Taxonomy, occ: Occupation, confidence: float, method: str, matched: str,
           title: str) -> OccupationMatch:
    """The match record with its seniority."""
    return OccupationMatch(occ, round(confidence, 3), method, matched,
                           seniority_of(title, occ, is_tech(taxonomy, occ.family)))


def place_title(title: str, taxonomy_dir: Path | None = None, *, taxonomy: Taxonomy | None = None,
                embed: bool = True, embedder=None) -> OccupationMatch | None:
    """Place a job title among the O*NET occupations of `taxonomy_dir` (default: the project's); memoised."""
    if taxonomy_dir is None:
        from core.config import TAXONOMY_DIR

        taxonomy_dir = TAXONOMY_DIR
    index = title_index(taxonomy_dir)
    key = (title, embed, id(taxonomy))
    hit = index.memo.get(key)
    if hit is not None and hit[0] is taxonomy:
        return hit[1]
    tax = taxonomy if taxonomy is not None else load_taxonomy(taxonomy_dir)
    match = place_with(tax, index, title, embed=embed, embedder=embedder)
    if len(index.memo) > 50_000:
        index.memo.clear()
    index.memo[key] = (taxonomy, match)  # the taxonomy object is kept so its id cannot be reused meanwhile
    return match


def family_for_title(taxonomy: Taxonomy, title: str, taxonomy_dir: Path | None = None,
                     embed: bool = False) -> str | None:
    """The role family a title places in (None when it does not place). A specific keyword (or a tech family's
    generic one) decides without loading the title index, so ingest of keyword-named titles stays microseconds."""
    full = normalize_title(title or "")
    if not full:
        return None
    rule, specific = rules_family(taxonomy, tuple(dict.fromkeys((full, strip_seniority(full)))))
    if rule and (specific or is_tech(taxonomy, rule)):
        return rule
    match = place_title(title, taxonomy_dir, taxonomy=taxonomy, embed=embed)
    if match is None or match.occupation.family not in taxonomy.role_families:
        return rule
    return match.occupation.family
