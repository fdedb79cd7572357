"""The ranking features, each a value in 0..1 with a short phrase: skills, dense, level, recency, location."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from core.gaps.settings import expected_level, level_from_years
from core.matching.config import SENIORITY_ORDER, SENIORITY_YEARS, MatchSettings
from core.matching.explain import meaning_phrase
from core.matching.models import PostingFacts, ResumeQuery, SkillDelta

REQUIRED = ("required", "unspecified")  # listed without "nice to have": counted as asked for
UNSTATED = "(posting date not stated)"  # said of a posting dated by when it was first seen


@dataclass(frozen=True)
class Feature:
    """A factor value and the phrase that explains it."""

    value: float
    phrase: str


def _clamp(x: float) -> float:
    return max(0.0, min(1.0, x))


def skill_fit(query: ResumeQuery, facts: PostingFacts, ms: MatchSettings) -> tuple[Feature, SkillDelta]:
    """Requirement-weighted coverage of the posting's skills; a skill held below the expected level counts in part.

    Open-vocabulary phrases (no canonical id: "Temporal", but also "relevant industry") count only when the
    resume holds the same phrase; they are never reported as missing (the per-job gap lists canonical skills).
    """
    seen: dict[str, object] = {}
    for skill in facts.skills:  # one row per key, strongest requirement wins
        old = seen.get(skill.key)
        if old is None or (old.requirement == "preferred" and skill.requirement != "preferred"):
            seen[skill.key] = skill
    total = covered = 0.0
    buckets: dict[str, list[str]] = {"mr": [], "xr": [], "mn": [], "xn": [], "low": []}
    for skill in seen.values():
        weight = ms.requirement_weights.get(skill.requirement, ms.requirement_weights["unspecified"])
        want = float(level_from_years(skill.years)) if skill.years else expected_level(facts.seniority)
        have = query.levels.get(skill.key, 0)
        if not have and skill.skill_id is None:
            continue
        coverage = _clamp(have / want) if have else 0.0
        total += weight
        covered += weight * coverage
        side = "r" if skill.requirement in REQUIRED else "n"
        buckets[("m" if have else "x") + side].append(skill.name)
        if have and coverage < 1.0:
            buckets["low"].append(skill.name)
    delta = SkillDelta(tuple(buckets["mr"]), tuple(buckets["xr"]), tuple(buckets["mn"]), tuple(buckets["xn"]),
                       tuple(buckets["low"]))
    value = covered / total if total else 0.0
    return Feature(value, skills_phrase(delta)), delta


def skills_phrase(delta: SkillDelta, show: int = 3) -> str:
    """"7 of 9 required skills (missing Kafka, Terraform), 3 of 5 nice-to-have"."""
    req = len(delta.matched_required) + len(delta.missing_required)
    nice = len(delta.matched_nice) + len(delta.missing_nice)
    if not req and not nice:
        return "no recognised skills listed"
    parts = []
    if req:
        text = f"{len(delta.matched_required)} of {req} required skills"
        if delta.missing_required:
            names = list(delta.missing_required[:show])
            more = len(delta.missing_required) - len(names)
            text += f" (missing {', '.join(names)}{f' +{more} more' if more else ''})"
        parts.append(text)
    if nice:
        parts.append(f"{len(delta.matched_nice)} of {nice} nice-to-have")
    return ", ".join(parts)


def dense_fit(cosine: float | None, ms: MatchSettings) -> Feature:
    """Cosine of resume and posting embeddings, rescaled from [floor, ceiling] to 0..1."""
    if cosine is None:
        return Feature(ms.unknown, meaning_phrase(None))
    value = _clamp((cosine - ms.dense_floor) / (ms.dense_ceiling - ms.dense_floor))
    return Feature(value, meaning_phrase(value))


def years_label(years: float) -> str:
    """6.0 -> "6 years", 1 -> "1 year", 0.4 -> "under a year"."""
    if years < 1:
        return "under a year"
    whole = int(round(years))
    return f"{whole} year" if whole == 1 else f"{whole} years"


def level_fit(query: ResumeQuery, facts: PostingFacts, ms: MatchSettings) -> Feature:
    """Resume years (else seniority) against the years the posting's seniority usually asks for."""
    level = (facts.seniority or "").lower()
    band = SENIORITY_YEARS.get(level)
    if band is None:
        return Feature(ms.unknown, "seniority not stated")
    if query.years is not None:
        low, high = band
        if query.years < low:
            value = 1.0 - ms.under_years_penalty * (low - query.years)
        else:
            value = 1.0 - ms.over_years_penalty * max(0.0, query.years - high)
        return Feature(_clamp(value), f"{level} vs your {years_label(query.years)}")
    mine = (query.seniority or "").lower()
    if mine in SENIORITY_ORDER:
        gap = abs(SENIORITY_ORDER.index(mine) - SENIORITY_ORDER.index(level))
        return Feature(_clamp(1.0 - 0.3 * gap), f"{level} vs your {mine} level")
    return Feature(ms.unknown, f"{level} (your years unknown)")


def age_phrase(days: int, verb: str = "posted") -> str:
    """"posted today", "posted 5 days ago", "posted 3 weeks ago", "added 2 months ago" (verb first)."""
    if days <= 0:
        return f"{verb} today"
    if days == 1:
        return f"{verb} yesterday"
    if days < 21:
        return f"{verb} {days} days ago"
    if days < 60:
        return f"{verb} {days // 7} weeks ago"
    return f"{verb} {days // 30} months ago"


def recency(facts: PostingFacts, now: datetime, ms: MatchSettings) -> Feature:
    """Halves every `recency_half_life_days`, from the stated posting date, else from when it was first seen."""
    dated = facts.dated_at
    if dated is None:
        return Feature(ms.unknown, "posting date unknown")
    dated = dated if dated.tzinfo else dated.replace(tzinfo=timezone.utc)
    days = max(0.0, (now - dated).total_seconds() / 86400.0)
    phrase = age_phrase(int(days)) if facts.date_stated else f"{age_phrase(int(days), 'added')} {UNSTATED}"
    return Feature(0.5 ** (days / ms.recency_half_life_days), phrase)


def location_fit(query: ResumeQuery, facts: PostingFacts, ms: MatchSettings) -> Feature:
    """The person's city (on-site, hybrid or remote) 1.0; remote elsewhere (when open to it) below that; then same
    country, elsewhere. Remote counts fully only when the person's place is unknown."""
    place = facts.city or facts.country
    if facts.city and query.city and facts.city.lower() == query.city.lower():
        return Feature(1.0, f"{facts.city} (remote)" if facts.remote else facts.city)
    if facts.remote and query.remote_ok:
        phrase = f"remote ({place})" if place else "remote"
        return Feature(ms.remote_elsewhere if (query.city or query.country) else 1.0, phrase)
    if not place:
        return Feature(ms.unknown, "location not stated")
    if not query.city and not query.country:
        return Feature(ms.unknown, place)
    if facts.country and query.country and facts.country.lower() == query.country.lower():
        return Feature(ms.same_country, f"{place}, {facts.country}" if facts.city else place)
    return Feature(ms.elsewhere, f"{place} (relocation)")
