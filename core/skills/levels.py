"""Proficiency levels of resume skills: stated, from years of use, or the L2 default — the one place for the rule.

Rule (also used by core.gaps through core.gaps.settings), per skill over all its occurrences: a level stated next
to the skill wins ("Python (Expert)", "advanced Excel"); else years of use map to a level (<1y L1, 1-3y L2, 3-5y
L3, 5+ L4, core.skills.seniority.level_from_years), the larger of an explicit "5+ years of SQL" / "Python (6
years)" and the dated roles whose text mentions the skill (core.skills.role_years); else the skill is assumed to
be at DEFAULT_LEVEL (L2). Only stated and year-derived levels are written on the occurrences
(`SkillMention.level`, with the skill's years of use in `SkillMention.years` when they decided it, so
core.gaps.profile sees dated-role years too); a default stays None there and is recorded as an assumption in the
diagnostics, so downstream code can still tell an assumption from a fact. diagnostics["levels"] rows carry
"source" (stated | years | roles | default), "years", "note" ("<reason> -> L4") and "reason" (without the level).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from core.skills.intervals import Intervals
from core.skills.models import Extraction, SkillMention
from core.skills.role_index import RoleIndex
from core.skills.role_years import DatedRole, RoleYears, dated_roles, role_years
from core.skills.seniority import level_from_years

DEFAULT_LEVEL = 2
MAX_ROWS = 200
LEVEL_WORDS = {
    "beginner": 1, "basic": 1, "basics": 1, "elementary": 1, "novice": 1, "familiar": 1, "exposure": 1,
    "intermediate": 2, "working": 2, "good": 2, "competent": 2,
    "advanced": 3, "proficient": 3, "strong": 3, "experienced": 3, "fluent": 3,
    "expert": 4, "expertise": 4, "mastery": 4, "native": 4,
}
_NEEDS_KIND = {"working"}  # "working with Python" states no level; "working knowledge of Python" does
_AFTER = re.compile(r"\s*[(\[:\-–]\s*(?P<word>[A-Za-z]+)\s*[)\]]?")
_BEFORE = re.compile(r"(?P<word>[A-Za-z]+)(?P<kind>\s+(?:knowledge|level|skills?|user|command)\s+(?:of|in|with))?"
                     r"(?:\s+(?:in|with|of|at))?\s*$")


@dataclass(frozen=True)
class LevelDecision:
    """The level of one resume skill and where it came from."""

    level: int
    source: str  # stated | years | roles | default
    reason: str  # human-readable, without the level ("6 years stated in the resume")
    years: float | None = None  # the years of use the level was read from

    @property
    def assumed(self) -> bool:
        """True when the level is the default assumption."""
        return self.source == "default"

    @property
    def note(self) -> str:
        """The reason with its level, for diagnostics: "... -> L4" / "... -> assumed L2"."""
        return f"{self.reason} -> {'assumed ' if self.assumed else ''}L{self.level}"


def stated_level(text: str, start: int, end: int) -> int | None:
    """A level word right after the skill ("Python (Expert)", "SQL - advanced") or right before it
    ("advanced Excel", "expert in Kubernetes", "basic knowledge of R"), else None."""
    after = _AFTER.match(text, end, min(len(text), end + 24))
    if after and after.group("word").lower() in LEVEL_WORDS:
        return LEVEL_WORDS[after.group("word").lower()]
    head = text[max(0, start - 40):start]
    head = head[head.rfind("\n") + 1:]
    before = _BEFORE.search(head)
    word = before.group("word").lower() if before else ""
    if word in LEVEL_WORDS and (word not in _NEEDS_KIND or before.group("kind")):
        return LEVEL_WORDS[word]
    return None


def resume_level(stated: int | None, years: float | None, roles: RoleYears | None = None) -> LevelDecision:
    """Stated level, else the larger of explicit years and dated-role years, else DEFAULT_LEVEL (an assumption)."""
    if stated is not None:
        return LevelDecision(stated, "stated", "level stated next to it")
    explicit = years if years is not None and years >= 0 else None
    if explicit is not None and (roles is None or explicit > roles.years):  # equal: the roles' years written back
        extra = f" (its dated roles cover {roles.years:g})" if roles is not None else ""
        return LevelDecision(level_from_years(explicit), "years", f"{explicit:g} years of use stated{extra}", explicit)
    if roles is not None:
        return LevelDecision(level_from_years(roles.years), "roles", roles.reason, roles.years)
    return LevelDecision(DEFAULT_LEVEL, "default", "no dated role mentions it")


def skill_level(text: str, occurrences: list[SkillMention], roles: list[DatedRole],
                blocked: set[tuple[int, int]] | Intervals = frozenset(), index: RoleIndex | None = None
                ) -> LevelDecision:
    """The level of one skill from all its occurrences: any stated level (the highest), else years, else L2
    (`index`: the resume's RoleIndex, built once by apply_levels)."""
    stated = [lvl for m in occurrences if (lvl := stated_level(text, m.start, m.end)) is not None]
    years = [m.years for m in occurrences if m.years is not None and m.years >= 0]
    return resume_level(max(stated) if stated else None, max(years) if years else None,
                        role_years(roles, text, occurrences, blocked, index))


def apply_levels(extraction: Extraction, text: str, today: date | None = None) -> Extraction:
    """Resume occurrences get stated / year levels per skill; defaults are recorded as assumptions only."""
    if extraction.kind != "resume":
        return extraction
    roles = dated_roles(text, today)
    blocked = Intervals({(r["start"], r["end"]) for r in extraction.diagnostics.get("rejected") or ()
                         if isinstance(r, dict) and isinstance(r.get("start"), int) and isinstance(r.get("end"), int)})
    index = RoleIndex(roles, text) if roles else None
    groups: dict[str, list[SkillMention]] = {}
    for m in extraction.occurrences():
        groups.setdefault(_key(m), []).append(m)
    decisions = {key: skill_level(text, group, roles, blocked, index) for key, group in groups.items()}
    extraction.mentions = [_levelled(m, decisions[_key(m)]) for m in extraction.mentions]
    extraction.evidence = [_levelled(m, decisions[_key(m)]) for m in extraction.evidence]
    rows, notes = [], []
    for m in extraction.mentions:
        d = decisions[_key(m)]
        rows.append({"skill_id": m.skill_id, "name": m.name, "surface": m.surface, "start": m.start, "end": m.end,
                     "level": d.level, "source": d.source, "years": d.years, "note": d.note, "reason": d.reason})
        if d.assumed:
            notes.append(f"{m.name}: {d.note}")
    extraction.diagnostics["levels"] = rows[:MAX_ROWS]
    extraction.diagnostics["assumptions"] = list(dict.fromkeys(notes))[:MAX_ROWS]
    return extraction


@dataclass(frozen=True)
class LevelReason:
    """Why a resume skill has its level, as read back from diagnostics["levels"] (pages, questions)."""

    level: int
    source: str  # stated | years | roles | default
    reason: str

    @property
    def text(self) -> str:
        """For a person: "used in Data Engineer, Acme (Jan 2019 – Present): 7.9 years", "6 years of use stated"."""
        return f"used in {self.reason}" if self.source == "roles" else self.reason


def level_reasons(extraction: Extraction) -> dict[str, LevelReason]:
    """skill_id -> why its level is what it is (extractions cached before ctx-9 have no reasons: {})."""
    out: dict[str, LevelReason] = {}
    for row in extraction.diagnostics.get("levels") or ():
        if isinstance(row, dict) and row.get("skill_id") and row.get("reason") and row["skill_id"] not in out:
            out[row["skill_id"]] = LevelReason(int(row["level"]), str(row["source"]), str(row["reason"]))
    return out


def _key(m: SkillMention) -> str:
    return m.skill_id or f"open:{m.name.lower()}"


def _levelled(m: SkillMention, decision: LevelDecision) -> SkillMention:
    """The occurrence with the skill's level (and its years of use, when known) written on it; a default leaves it."""
    if decision.assumed:
        return m
    years = decision.years if decision.years is not None else m.years
    if (m.level, m.years) == (decision.level, years):
        return m
    return SkillMention(**{**m.to_dict(), "level": decision.level, "years": years})
