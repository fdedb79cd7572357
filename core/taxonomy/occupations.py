"""Occupations (O*NET-SOC, derived into data/taxonomy/occupations.jsonl by `python -m core build-taxonomy`).

Interface contract (records and functions). The placement of a title (alternate titles first, then the embedding
nearest title) lives beside it in core/taxonomy/placement.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from core.errors import InvalidInput


@dataclass(frozen=True)
class Occupation:
    """One O*NET occupation as SkillGap uses it."""

    soc: str  # O*NET-SOC code, e.g. "29-1141.00"
    title: str  # e.g. "Registered Nurses"
    family: str  # role family id (every occupation belongs to exactly one)
    job_zone: int | None = None  # O*NET preparation level 1-5
    titles: tuple[str, ...] = ()  # alternate and reported titles (derived from O*NET)
    related: tuple[str, ...] = ()  # related O*NET-SOC codes, ranked (Primary-Short first)
    skills: tuple[str, ...] = ()  # taxonomy skill ids the occupation uses, most important first
    hot: tuple[str, ...] = ()  # of `skills`, those O*NET flags Hot Technology / In Demand


@dataclass(frozen=True)
class OccupationMatch:
    """Where a job title was placed, and how sure we are."""

    occupation: Occupation
    confidence: float  # 0..1; below LOW_CONFIDENCE the pages say so and offer the closest families
    method: str  # "title" | "alternate" | "keywords" | "embedding"
    matched: str  # the title text that matched
    seniority: str | None = None  # intern | junior | mid | senior | lead | principal (title words, else job zone)


LOW_CONFIDENCE = 0.6


OCCUPATIONS_FILE = "occupations.jsonl"


def load_occupations(taxonomy_dir: Path) -> dict[str, Occupation]:
    """soc -> Occupation from `taxonomy_dir`/occupations.jsonl ({} when absent), cached per path and file stamp."""
    return read_occupations(Path(taxonomy_dir) / OCCUPATIONS_FILE)


def read_occupations(path: Path) -> dict[str, Occupation]:
    """soc -> Occupation from one occupations jsonl file ({} when absent), cached per path and file stamp."""
    path = Path(path).resolve()
    if not path.is_file():
        return {}
    stat = path.stat()
    return _load_cached(path, (stat.st_mtime_ns, stat.st_size))


@lru_cache(maxsize=4)
def _load_cached(path: Path, _stamp: tuple[int, int]) -> dict[str, Occupation]:
    """Parse the file once per (path, stamp); lists become tuples, unknown keys are ignored."""
    names = {f.name for f in fields(Occupation)}
    out: dict[str, Occupation] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            occ = Occupation(**{k: tuple(v) if isinstance(v, list) else v for k, v in row.items() if k in names})
        except (json.JSONDecodeError, TypeError) as exc:
            raise InvalidInput(f"Malformed occupation on line {number} of {path.name}: {exc}") from exc
        out[occ.soc] = occ
    return out
