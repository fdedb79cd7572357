"""The profile side of a gap: canonical skill -> level (L1-L4), with the assumptions behind each level."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

from core.errors import InvalidInput
from core.gaps.settings import DEFAULT_LEVEL, LEVELS, level_from_years
from core.skills.models import Extraction, SkillMention, UserCorrection


@dataclass(frozen=True)
class ProfileSkills:
    """Skill levels of one person; `assumed` holds ids whose level was defaulted."""

    levels: Mapping[str, int] = field(default_factory=dict)
    names: Mapping[str, str] = field(default_factory=dict)
    notes: Mapping[str, str] = field(default_factory=dict)  # skill_id -> why its level is an assumption
    years: Mapping[str, float] = field(default_factory=dict)  # skill_id -> years of use, when the resume shows them

    @property
    def assumed(self) -> frozenset[str]:
        """Ids whose level was defaulted."""
        return frozenset(self.notes)

    @property
    def assumptions(self) -> tuple[str, ...]:
        """The assumption notes, ordered by skill name."""
        ordered = sorted(self.notes, key=lambda sid: self.names.get(sid, sid).lower())
        return tuple(self.notes[sid] for sid in ordered)

    def level(self, skill_id: str) -> int:
        """The level held (0 when the skill is absent)."""
        return self.levels.get(skill_id, 0)

    def has(self, skill_id: str) -> bool:
        """True when the skill is held at any level."""
        return skill_id in self.levels

    @classmethod
    def from_levels(cls, levels: Mapping[str, int], names: Mapping[str, str] | None = None,
                    years: Mapping[str, float] | None = None) -> "ProfileSkills":
        """A profile from explicit levels (tests, corrections-only profiles), optionally with years of use."""
        for skill_id, level in levels.items():
            _check_level(skill_id, level)
        return cls(levels=dict(levels), names=dict(names or {}), years=dict(years or {}))

    @classmethod
    def from_extraction(
        cls, extraction: Extraction, corrections: Sequence[UserCorrection] | None = None
    ) -> "ProfileSkills":
        """Levels from resume mentions: stated level, else years (<1 L1, 1-3 L2, 3-5 L3, 5+ L4), else L2.

        `corrections` (the user's, in order) win over the text: reject removes a skill, add / set_level set its
        level (from `level`, else `years`, else L2 as an assumption), confirm keeps it (and sets a given level).
        """
        by_skill: dict[str, list[SkillMention]] = {}
        for mention in extraction.occurrences():
            if mention.skill_id:
                by_skill.setdefault(mention.skill_id, []).append(mention)
        levels: dict[str, int] = {}
        names: dict[str, str] = {}
        notes: dict[str, str] = {}
        years: dict[str, float] = {}
        for skill_id, mentions in by_skill.items():
            names[skill_id] = mentions[0].name
            levels[skill_id], note = _level_of(mentions)
            if note:
                notes[skill_id] = note
            stated = [m.years for m in mentions if m.years is not None and m.years >= 0]
            if stated:
                years[skill_id] = float(max(stated))
        for correction in corrections or ():
            _apply(correction, levels, names, notes, years)
        return cls(levels=levels, names=names, notes=notes, years=years)


def _apply(c: UserCorrection, levels: dict[str, int], names: dict[str, str], notes: dict[str, str],
           years: dict[str, float]) -> None:
    """Apply one user correction in place."""
    if not c.skill_id:
        return
    if c.name:
        names.setdefault(c.skill_id, c.name)
    if c.action == "reject":
        levels.pop(c.skill_id, None)
        notes.pop(c.skill_id, None)
        years.pop(c.skill_id, None)
        return
    if c.years is not None and c.years >= 0:
        years[c.skill_id] = float(c.years)
    if c.level is not None:
        _check_level(c.skill_id, c.level)
        levels[c.skill_id] = int(c.level)
        notes.pop(c.skill_id, None)
    elif c.years is not None and c.years >= 0:
        levels[c.skill_id] = level_from_years(c.years)
        notes.pop(c.skill_id, None)
    elif c.skill_id not in levels and c.action in ("add", "set_level", "confirm"):
        levels[c.skill_id] = DEFAULT_LEVEL
        name = names.get(c.skill_id, c.skill_id)
        notes[c.skill_id] = f"{name} level assumed L{DEFAULT_LEVEL} (added without a level)"


def _level_of(mentions: list[SkillMention]) -> tuple[int, str | None]:
    """Best level over the mentions of one skill, and an assumption note when it was defaulted."""
    stated = [m.level for m in mentions if m.level in LEVELS]
    if stated:
        return max(stated), None
    years = [m.years for m in mentions if m.years is not None and m.years >= 0]
    if years:
        return level_from_years(max(years)), None
    return DEFAULT_LEVEL, f"{mentions[0].name} level assumed L{DEFAULT_LEVEL} (no dated role mentions it)"


def _check_level(skill_id: str, level: int) -> None:
    if level not in LEVELS:
        raise InvalidInput(f"Level for {skill_id} must be 1-4 (got {level}).")
