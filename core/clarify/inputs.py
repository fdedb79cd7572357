"""What every question source reads: the resume (text, extraction, roles), the corrected profile and the target.

`ClarifyTarget.from_report` turns a GapReport into per-skill weights (share of the report's match), expected
levels and current gaps, so sources can estimate how much an answer could move the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from core.gaps.profile import ProfileSkills
from core.gaps.report import GapReport
from core.gaps.settings import GapSettings
from core.skills.models import Extraction, UserCorrection
from core.taxonomy.models import Taxonomy


@dataclass(frozen=True)
class TargetSkill:
    """One skill the target asks for, with its share of the report's match weight (0..1)."""

    skill_id: str
    name: str
    share: float
    expected_level: float
    requirement: str | None = None  # job targets: required | preferred | unspecified
    importance_pct: float = 0.0
    trend_ratio: float | None = None
    adjacent_from: tuple[str, ...] = ()  # names of held skills that shrink its gap


@dataclass(frozen=True)
class ClarifyTarget:
    """The current target (a market segment or a posting) as skills with weights."""

    kind: str
    label: str
    skills: Mapping[str, TargetSkill] = field(default_factory=dict)

    @classmethod
    def from_report(cls, report: GapReport) -> "ClarifyTarget":
        """Weights from the report's matches (match weight / total); gaps beyond them use their importance."""
        analysis = report.analysis
        weights = {m.skill_id: m.weight for m in analysis.matches}
        total = sum(weights.values()) or 1.0
        skills: dict[str, TargetSkill] = {}
        gaps = {g.skill_id: g for g in analysis.gaps}
        for m in analysis.matches:
            gap = gaps.get(m.skill_id)
            skills[m.skill_id] = TargetSkill(
                m.skill_id, m.name, m.weight / total, m.expected_level, m.requirement,
                gap.importance_pct if gap else 0.0, gap.trend_ratio if gap else None,
                gap.adjacent_from if gap else (),
            )
        for gap in analysis.gaps:
            if gap.skill_id not in skills:
                weight = gap.importance_pct / 100 if analysis.kind == "market" else 0.0
                skills[gap.skill_id] = TargetSkill(
                    gap.skill_id, gap.name, weight / total, gap.expected_level, gap.requirement,
                    gap.importance_pct, gap.trend_ratio, gap.adjacent_from,
                )
        return cls(report.target.kind, report.target.label, skills)

    def get(self, skill_id: str | None) -> TargetSkill | None:
        """The target skill with this id, or None."""
        return self.skills.get(skill_id) if skill_id else None


@dataclass(frozen=True)
class RoleInfo:
    """One role of the resume: title, company and where its block of text lies."""

    title: str
    company: str | None = None
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class ClarifyInputs:
    """Everything a question source may read for one round."""

    text: str
    extraction: Extraction
    profile: ProfileSkills  # with the user's corrections applied
    taxonomy: Taxonomy
    roles: tuple[RoleInfo, ...] = ()
    target: ClarifyTarget | None = None
    corrected: frozenset[str] = frozenset()  # skill ids the user already corrected
    settings: GapSettings = field(default_factory=GapSettings)
    levelled: frozenset[str] = frozenset()  # skill ids whose level the user set
    stated: frozenset[str] = frozenset()  # skill ids listed in the Skills section (core.clarify.stated): not asked

    def mentioned(self) -> frozenset[str]:
        """Skill ids the extractor found in the resume."""
        return frozenset(self.extraction.skill_ids())

    def role_for(self, names: Sequence[str] = ()) -> RoleInfo | None:
        """The role whose text mentions one of `names` (skill names), else the most recent role."""
        patterns = [re.compile(rf"(?<!\w){re.escape(n)}(?!\w)", re.I) for n in names if n]
        for role in self.roles:
            block = self.text[role.start:role.end]
            if role.title and any(p.search(block) for p in patterns):
                return role
        return next((r for r in self.roles if r.title), None)


def build_inputs(text: str, extraction: Extraction, taxonomy: Taxonomy, *,
                 corrections: Sequence[UserCorrection] = (), roles: Sequence[RoleInfo] = (),
                 report: GapReport | None = None, settings: GapSettings | None = None) -> ClarifyInputs:
    """Inputs for a round: the profile with corrections applied and the target from the report (when given)."""
    profile = ProfileSkills.from_extraction(extraction, list(corrections))
    corrected = frozenset(c.skill_id for c in corrections if c.skill_id)
    levelled = frozenset(c.skill_id for c in corrections
                         if c.skill_id and c.action != "reject" and (c.level is not None or c.years is not None))
    target = ClarifyTarget.from_report(report) if report is not None else None
    return ClarifyInputs(text, extraction, profile, taxonomy, tuple(roles), target, corrected,
                         settings or GapSettings(), levelled)


def roles_of(parse) -> tuple[RoleInfo, ...]:
    """RoleInfo from a core.documents.resume.ResumeParse (most recent first)."""
    return tuple(RoleInfo(r.title or "", r.company, r.start_offset, r.end_offset) for r in parse.roles if r.title)
