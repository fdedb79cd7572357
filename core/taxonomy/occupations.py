"""Occupations (O*NET-SOC, derived into data/taxonomy/occupations.jsonl by `python -m core build-taxonomy`).

Interface contract (records and functions). The placement of a title (alternate titles first, then the embedding
nearest title) lives beside it in core/taxonomy/placement.py.
"""

from __future__ import annotations

from dataclasses import dataclass


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


LOW_CONFIDENCE = 0.6
