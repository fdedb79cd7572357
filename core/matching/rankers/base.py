"""The ranking contract: candidates (facts + dense cosine) and a resume query -> ordered MatchResults."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, Sequence, runtime_checkable

from core.matching.models import MatchResult, PostingFacts, ResumeQuery


@dataclass(frozen=True)
class Candidate:
    """A retrieved posting, its dense cosine to the resume (None when unknown) and the channels that found it."""

    facts: PostingFacts
    cosine: float | None
    sources: tuple[str, ...] = ()


@runtime_checkable
class Ranker(Protocol):
    """Scores and orders candidates; every result carries its factors, skill delta and explanation."""

    name: str

    def rank(self, query: ResumeQuery, candidates: Sequence[Candidate], now: datetime) -> list[MatchResult]:
        """Results best first, with rank 1..N."""
        ...
