"""Score multipliers for what no skill match makes up for: a level far from the person's, an old posting, a
remote posting outside the city the person chose. Each applies only when it costs something (value < 1)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from core.matching.config import SENIORITY_ORDER, SENIORITY_YEARS, MatchSettings
from core.matching.features import years_label
from core.matching.models import PostingFacts, ResumeQuery


@dataclass(frozen=True)
class Penalty:
    """A multiplier of the score (0..1) and the plain-words reason for it."""

    name: str
    value: float
    phrase: str


def _floor(value: float, floor: float) -> float:
    return max(floor, min(1.0, value))


def level_gap(query: ResumeQuery, facts: PostingFacts, ms: MatchSettings) -> Penalty | None:
    """An entry-level posting for 8 years, a principal one for a graduate: years outside the posting's band."""
    level = (facts.seniority or "").lower()
    band = SENIORITY_YEARS.get(level)
    if band is None:
        return None
    if query.years is not None:
        low, high = band
        gap = low - query.years if query.years < low else query.years - high
        value = 1.0 - ms.far_level_per_year * max(0.0, gap - ms.far_level_grace_years)
        way = "below" if query.years > high else "above"
        phrase = f"{level} posting, {gap:.0f} years {way} your experience ({years_label(query.years)})"
    else:
        mine = (query.seniority or "").lower()
        if mine not in SENIORITY_ORDER:
            return None
        steps = abs(SENIORITY_ORDER.index(mine) - SENIORITY_ORDER.index(level))
        value = 1.0 - ms.far_level_per_step * max(0, steps - 1)
        phrase = f"{level} posting, {steps} levels from your {mine} level"
    value = _floor(value, ms.far_level_floor)
    return Penalty("level gap", value, phrase) if value < 1.0 else None


def staleness(facts: PostingFacts, now: datetime, ms: MatchSettings) -> Penalty | None:
    """Postings older than `stale_after_days` lose score linearly, to `stale_floor` at `stale_full_days`."""
    dated = facts.dated_at
    if dated is None:
        return None
    dated = dated if dated.tzinfo else dated.replace(tzinfo=timezone.utc)
    days = (now - dated).total_seconds() / 86400.0
    if days <= ms.stale_after_days:
        return None
    span = max(ms.stale_full_days - ms.stale_after_days, 1.0)
    value = _floor(1.0 - (1.0 - ms.stale_floor) * (days - ms.stale_after_days) / span, ms.stale_floor)
    months = int(days // 30)
    return Penalty("age", value, f"{months} months old: it may well be filled")


def outside_city(query: ResumeQuery, facts: PostingFacts, ms: MatchSettings) -> Penalty | None:
    """A remote posting based elsewhere, when the person asked for a city: shown, after that city's postings."""
    if not query.city_chosen or not query.city:
        return None
    if facts.city and facts.city.lower() == query.city.lower():
        return None
    where = facts.city or facts.country or "another place"
    return Penalty("place", ms.outside_city, f"remote, based in {where}, not in {query.city}")


def penalties(query: ResumeQuery, facts: PostingFacts, now: datetime, ms: MatchSettings) -> tuple[Penalty, ...]:
    """The penalties that apply to this posting (none: an empty tuple)."""
    found = (level_gap(query, facts, ms), staleness(facts, now, ms), outside_city(query, facts, ms))
    return tuple(p for p in found if p is not None)
