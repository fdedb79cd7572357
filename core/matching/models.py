"""Typed records of matching: posting facts, the resume query, filters, and results with their explanation."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Mapping


@dataclass(frozen=True)
class PostingSkill:
    """One skill a posting asks for (canonical id, or None for an open-vocabulary name)."""

    skill_id: str | None
    name: str
    requirement: str = "unspecified"  # required | preferred | unspecified
    years: float | None = None

    @property
    def key(self) -> str:
        """Canonical id, else "~" + lower-cased name (matches ResumeQuery keys)."""
        return self.skill_id or f"~{self.name.lower()}"


@dataclass(frozen=True)
class PostingFacts:
    """What matching needs of one stored posting."""

    id: int
    title: str
    company: str | None = None
    city: str | None = None
    country: str | None = None
    remote: bool = False
    role_family: str | None = None
    seniority: str | None = None
    salary_min: float | None = None
    salary_max: float | None = None
    salary_currency: str | None = None
    salary_annual_usd: float | None = None
    posted_at: datetime | None = None  # the date the posting states (None: not stated)
    is_demo: bool = False
    description: str = ""
    skills: tuple[PostingSkill, ...] = ()
    first_seen_at: datetime | None = None  # when this database first stored it (JobPosting.created_at)
    url: str | None = None  # the original posting, when known

    @property
    def date_stated(self) -> bool:
        """True when the posting states its own date (posted_at), False when only its first-seen time is known."""
        return self.posted_at is not None

    @property
    def dated_at(self) -> datetime | None:
        """The date recency, the Posted filter and tie-breaks use: the stated posting date, else the first-seen
        time (the market aggregates' fallback, coalesce(posted_at, created_at)); None when neither is known."""
        return self.posted_at if self.posted_at is not None else self.first_seen_at


@dataclass(frozen=True)
class ResumeQuery:
    """The resume side: skill levels by key, titles, summary, years, and the user's place and preferences."""

    levels: Mapping[str, int] = field(default_factory=dict)  # skill key -> level L1..L4
    names: Mapping[str, str] = field(default_factory=dict)  # skill key -> display name
    titles: tuple[str, ...] = ()
    summary: str = ""
    years: float | None = None
    seniority: str | None = None
    role_family: str | None = None
    city: str | None = None
    country: str | None = None
    remote_ok: bool = True
    city_chosen: bool = False  # the city is the one the user asked for (Jobs filter): elsewhere is a fallback

    def with_skill(self, key: str, name: str, level: int = 2) -> "ResumeQuery":
        """A copy that also holds this skill (at least at `level`)."""
        levels = dict(self.levels)
        levels[key] = max(level, levels.get(key, 0))
        return replace(self, levels=levels, names={**self.names, key: name})


@dataclass(frozen=True)
class MatchFilters:
    """Hard filters; None / empty means no filter."""

    role_families: tuple[str, ...] = ()
    city: str | None = None  # postings in this city (remote ones too when include_remote)
    include_remote: bool = True
    remote_only: bool = False
    min_salary_usd: float | None = None
    posted_within_days: int | None = None
    dataset: str | None = None  # "demo" (the demo market) | "yours" (your own postings) | None: both


@dataclass(frozen=True)
class Factor:
    """One score factor: its value (0..1), weight, and share of the score."""

    name: str
    value: float
    weight: float
    contribution: float
    detail: str = ""
    kind: str = "factor"  # factor (weighted mean) | penalty (a multiplier: value x, contribution = points lost)


@dataclass(frozen=True)
class SkillDelta:
    """The posting's skills split by what the resume holds."""

    matched_required: tuple[str, ...] = ()
    missing_required: tuple[str, ...] = ()
    matched_nice: tuple[str, ...] = ()
    missing_nice: tuple[str, ...] = ()
    below_level: tuple[str, ...] = ()  # held, but under the level the posting expects

    @property
    def matched(self) -> tuple[str, ...]:
        """Every held skill (required first)."""
        return self.matched_required + self.matched_nice


@dataclass(frozen=True)
class MatchResult:
    """One ranked posting with its score, factor breakdown, skill delta and explanation."""

    posting: PostingFacts
    score: float  # 0..1
    factors: tuple[Factor, ...]
    delta: SkillDelta
    explanation: str
    rank: int = 0
    sources: tuple[str, ...] = ()  # retrieval channels that found it: dense, bm25

    @property
    def match_pct(self) -> int:
        """The score as a whole percentage."""
        return int(round(100 * self.score))

    def factor(self, name: str) -> Factor | None:
        """The factor with this name."""
        return next((f for f in self.factors if f.name == name), None)

