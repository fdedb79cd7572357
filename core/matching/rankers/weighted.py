"""The transparent ranker: a weighted mean of five factors (weights in MatchSettings.weights), times the penalties
(core/matching/penalties.py) for a far level, an old posting, a remote one outside the chosen city."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Sequence

from core.matching.config import MatchSettings
from core.matching.explain import explanation
from core.matching.features import dense_fit, level_fit, location_fit, recency, skill_fit
from core.matching.models import Factor, MatchResult, ResumeQuery
from core.matching.penalties import Penalty, penalties
from core.matching.rankers.base import Candidate


@dataclass
class WeightedRanker:
    """score = sum(weight x factor) / sum(weights) x each penalty; ties broken by newer posting, then id."""

    settings: MatchSettings = field(default_factory=MatchSettings)
    name: str = "weighted"

    def score(self, query: ResumeQuery, candidate: Candidate, now: datetime) -> MatchResult:
        """One candidate scored and explained (rank 0 until ranked)."""
        ms = self.settings
        facts = candidate.facts
        skills, delta = skill_fit(query, facts, ms)
        features = {
            "skills": skills,
            "dense": dense_fit(candidate.cosine, ms),
            "level": level_fit(query, facts, ms),
            "recency": recency(facts, now, ms),
            "location": location_fit(query, facts, ms),
        }
        weights = ms.weights.as_dict()
        total = ms.weights.total() or 1.0
        factors = tuple(
            Factor(name, round(f.value, 4), weights[name], round(weights[name] * f.value / total, 4), f.phrase)
            for name, f in features.items()
        )
        score = sum(weights[n] * f.value for n, f in features.items()) / total
        cuts = penalties(query, facts, now, ms)
        factors += penalty_rows(score, cuts)
        for cut in cuts:
            score *= cut.value
        text = explanation(features["skills"].phrase, features["level"].phrase, features["location"].phrase,
                           features["recency"].phrase)
        return MatchResult(facts, round(score, 4), factors, delta, text, 0, candidate.sources)

    def rank(self, query: ResumeQuery, candidates: Sequence[Candidate], now: datetime) -> list[MatchResult]:
        """Results best first, with rank 1..N."""
        scored = [self.score(query, c, now) for c in candidates]
        scored.sort(key=lambda r: (-r.score, -_ts(r), r.posting.id))
        return [replace(r, rank=i) for i, r in enumerate(scored, start=1)]


def penalty_rows(score: float, cuts: Sequence[Penalty]) -> tuple[Factor, ...]:
    """One factor row per penalty: its multiplier as value and the points it takes off as a negative share."""
    rows = []
    for cut in cuts:
        lost = score * (1.0 - cut.value)
        rows.append(Factor(cut.name, round(cut.value, 4), 0.0, round(-lost, 4), cut.phrase, "penalty"))
        score -= lost
    return tuple(rows)


def _ts(result: MatchResult) -> float:
    dated = result.posting.dated_at
    return dated.timestamp() if dated is not None else 0.0
