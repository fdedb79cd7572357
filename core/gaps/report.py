"""GapReport: a gap analysis plus its roadmap and courses, and the CLI/JSON contract shape."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Literal, Mapping

from core.gaps.courses import course_note
from core.gaps.models import GapAnalysis, SkillGap
from core.gaps.roadmap import Roadmap, RoadmapWeek
from core.taxonomy.models import Resource

if TYPE_CHECKING:
    from core.gaps.report_header import ReportHeader

SUMMARY_GAPS = 3


@dataclass(frozen=True)
class ReportTarget:
    """What the profile was compared with: a market segment or one posting."""

    kind: Literal["market", "job"]
    label: str
    role_family: str | None = None
    city: str | None = None
    seniority: str | None = None
    job_id: int | str | None = None

    def to_dict(self) -> dict:
        """Plain JSON."""
        return asdict(self)


@dataclass(frozen=True)
class GapReport:
    """Everything the Gaps page, the CLI and the downloads show."""

    target: ReportTarget
    analysis: GapAnalysis
    roadmap: Roadmap
    courses: Mapping[str, tuple[Resource, ...]] = field(default_factory=dict)  # skill id -> (free, paid), or fewer
    assumptions: tuple[str, ...] = ()
    top_n: int = 10

    @property
    def overall_match(self) -> float:
        """Match in [0, 1]."""
        return self.analysis.overall_match

    @property
    def top_gaps(self) -> tuple[SkillGap, ...]:
        """The ranked gaps shown (top 10 by default)."""
        return self.analysis.top(self.top_n)

    @property
    def summary_gaps(self) -> tuple[SkillGap, ...]:
        """The top 3 for summary cards."""
        return self.analysis.top(SUMMARY_GAPS)

    @property
    def missing_skills(self) -> tuple[str, ...]:
        """Target skills not held at all."""
        return self.analysis.missing_skills

    @property
    def hours_to_close(self) -> int:
        """Estimated hours to close the top gaps, with each missing prerequisite they need counted once."""
        return sum(gap.est_hours for gap in self.top_gaps) + self.prerequisite_hours

    @property
    def prerequisite_hours(self) -> int:
        """Hours of the prerequisites the top gaps need first (those not ranked among the top gaps themselves)."""
        top = {gap.skill_id for gap in self.top_gaps}
        extra: dict[str, int] = {}
        for gap in self.top_gaps:
            for pid, hours in zip(gap.missing_prerequisites, gap.prerequisite_hours):
                if pid not in top:
                    extra[pid] = hours
        return sum(extra.values())

    def to_contract_dict(self) -> dict:
        """The `python -m core gaps --json` shape (design.md contract), plus target, factors and provenance."""
        return {
            "overall_match": round(self.overall_match, 4),
            "top_gaps": [self._gap_dict(gap) for gap in self.top_gaps],
            "missing_skills": list(self.missing_skills),
            "roadmap": {f"week{w.number}": week_dict(w) for w in self.roadmap.weeks},
            "assumptions": list(self.assumptions),
            "target": self.target.to_dict(),
            "summary": {
                "top_gaps": [gap.name for gap in self.summary_gaps],
                "hours_to_close": self.hours_to_close,
                "prerequisite_hours": self.prerequisite_hours,
                "hours_per_week": self.roadmap.hours_per_week,
                "weeks": len(self.roadmap.weeks),
                "weeks_requested": self.roadmap.requested_weeks or len(self.roadmap.weeks),
            },
            "unscheduled": [{"skill": name, "hours": hours} for name, hours in self.roadmap.unscheduled],
            "deferred": list(self.roadmap.deferred),
            "roadmap_intro": self.roadmap.intro,
            "generated_by": self.roadmap.generated_by,
            "fallback_reason": self.roadmap.fallback_reason,
        }

    def _gap_dict(self, gap: SkillGap) -> dict:
        courses = self.courses.get(gap.skill_id, ())
        return {
            "skill": gap.name,
            "importance_pct": gap.importance_pct,
            "roi_rank": gap.roi_rank,
            "est_hours": gap.est_hours,
            "courses": [resource_dict(r) for r in courses],
            "skill_id": gap.skill_id,
            "category": gap.category,
            "status": gap.status,
            "kind": gap.kind,
            "level_note": gap.level_note,
            "have_years": gap.have_years,
            "course_note": course_note(gap),
            "requirement": gap.requirement,
            "gap_fraction": gap.gap_fraction,
            "have_level": gap.have_level,
            "expected_level": gap.expected_level,
            "roi_score": gap.roi_score,
            "factors": gap.factors.to_dict(),
            "salary_uplift": gap.salary_uplift,
            "trend_ratio": gap.trend_ratio,
            "adjacent_from": list(gap.adjacent_from),
            "missing_prerequisites": list(gap.prerequisite_names),
            "prerequisite_hours": list(gap.prerequisite_hours),
        }


def resource_dict(resource: Resource) -> dict:
    """A resource as plain JSON."""
    return {"title": resource.title, "provider": resource.provider, "url": resource.url,
            "hours": resource.hours, "paid": resource.paid}


def week_dict(week: RoadmapWeek) -> dict:
    """One roadmap week as plain JSON: skills, hours, resources, milestone."""
    resources = []
    for item in week.items:
        for res in (item.free, item.paid):
            if res is not None:
                resources.append({"skill": item.name, **resource_dict(res)})
    return {
        "skills": [item.label for item in week.items],
        "hours": week.hours,
        "resources": resources,
        "milestone": week.milestone,
        "summary": week.summary,
        "items": [
            {"skill_id": i.skill_id, "skill": i.name, "hours": i.hours, "part": i.part, "parts": i.parts,
             "roi_rank": i.roi_rank, "prerequisite_for": list(i.prerequisite_for), "note": i.note}
            for i in week.items
        ],
    }


def report_dict(report: GapReport, header: "ReportHeader | None" = None) -> dict:
    """The contract dict; with a header also "header" (who, when, target, data) and "dataset" ("demo" | "real")."""
    data = report.to_contract_dict()
    if header is not None:
        data.update(header=header.to_dict(report), dataset=header.dataset)
    return data


def render_json(report: GapReport, header: "ReportHeader | None" = None) -> str:
    """The contract dict (with the header when given) as indented JSON text."""
    return json.dumps(report_dict(report, header), indent=2, ensure_ascii=False)
