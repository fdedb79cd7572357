"""Proficiency levels of resume skills: stated, from years, or the L2 default — the one place for the rule.

Rule (also used by core.gaps through core.gaps.settings): a level stated next to the skill wins ("Python
(Expert)", "advanced Excel"); else years of use map to a level (<1y L1, 1-3y L2, 3-5y L3, 5+ L4,
core.skills.seniority.level_from_years); else the skill is assumed to be at DEFAULT_LEVEL (L2). Only stated and
year-derived levels are written on the mention (`SkillMention.level`); a default stays None on the mention and
is recorded as an assumption in the diagnostics, so downstream code can still tell an assumption from a fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.skills.models import Extraction, SkillMention
from core.skills.seniority import level_from_years

DEFAULT_LEVEL = 2
MAX_ROWS = 200
LEVEL_WORDS = {
    "beginner": 1, "basic": 1, "basics": 1, "elementary": 1, "novice": 1, "familiar": 1, "exposure": 1,
    "intermediate": 2, "working": 2, "good": 2, "competent": 2,
    "advanced": 3, "proficient": 3, "strong": 3, "experienced": 3, "fluent": 3,
    "expert": 4, "expertise": 4, "mastery": 4, "native": 4,
}
_AFTER = re.compile(r"\s*[(\[:\-–]\s*(?P<word>[A-Za-z]+)\s*[)\]]?")
_BEFORE = re.compile(r"(?P<word>[A-Za-z]+)(?:\s+(?:knowledge|level|skills?|user|command)\s+(?:of|in|with))?"
                     r"(?:\s+(?:in|with|of|at))?\s*$")


@dataclass(frozen=True)
class LevelDecision:
    """The level of one resume mention and where it came from."""

    level: int
    source: str  # stated | years | default
    note: str  # human-readable reason (recorded in diagnostics)

    @property
    def assumed(self) -> bool:
        """True when the level is the default assumption."""
        return self.source == "default"


def stated_level(text: str, start: int, end: int) -> int | None:
    """A level word right after the skill ("Python (Expert)", "SQL - advanced") or right before it
    ("advanced Excel", "expert in Kubernetes", "basic knowledge of R"), else None."""
    after = _AFTER.match(text, end, min(len(text), end + 24))
    if after and after.group("word").lower() in LEVEL_WORDS:
        return LEVEL_WORDS[after.group("word").lower()]
    head = text[max(0, start - 40):start]
    head = head[head.rfind("\n") + 1:]
    before = _BEFORE.search(head)
    if before and before.group("word").lower() in LEVEL_WORDS:
        return LEVEL_WORDS[before.group("word").lower()]
    return None


def resume_level(stated: int | None, years: float | None) -> LevelDecision:
    """Stated level, else from years, else DEFAULT_LEVEL (an assumption)."""
    if stated is not None:
        return LevelDecision(stated, "stated", f"level L{stated} stated in the resume")
    if years is not None and years >= 0:
        level = level_from_years(years)
        return LevelDecision(level, "years", f"{years:g} years stated -> L{level}")
    return LevelDecision(DEFAULT_LEVEL, "default", f"no level or years stated -> assumed L{DEFAULT_LEVEL}")


def apply_levels(extraction: Extraction, text: str) -> Extraction:
    """Resume mentions get stated / year levels on the mention; defaults are recorded as assumptions only."""
    if extraction.kind != "resume":
        return extraction
    rows, notes, mentions = [], [], []
    for m in extraction.mentions:
        decision = resume_level(stated_level(text, m.start, m.end), m.years)
        if not decision.assumed and m.level != decision.level:
            m = SkillMention(**{**m.to_dict(), "level": decision.level})
        mentions.append(m)
        rows.append({"skill_id": m.skill_id, "name": m.name, "surface": m.surface, "start": m.start, "end": m.end,
                     "level": decision.level, "source": decision.source, "note": decision.note})
        if decision.assumed:
            notes.append(f"{m.name}: {decision.note}")
    extraction.mentions = mentions
    extraction.diagnostics["levels"] = rows[:MAX_ROWS]
    extraction.diagnostics["assumptions"] = list(dict.fromkeys(notes))[:MAX_ROWS]
    return extraction
