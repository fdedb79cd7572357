"""Markdown rendering of a GapReport (download and CLI text output)."""

from __future__ import annotations

from core.gaps.models import SkillGap
from core.gaps.report import GapReport
from core.gaps.roadmap import RoadmapWeek
from core.gaps.settings import level_label

ROI_METHOD = (
    "ROI score = weighted average of four factors, each scaled to 0-1: demand (share of postings, required "
    "counting double a preferred mention, relative to the segment's top skill, times the part of the skill you "
    "still lack), salary uplift (median salary with vs without the skill; +30% or more scores 1; unknown is "
    "neutral), trend (last 6 months vs the 6 before: flat 0.5, doubling 1), and effort (fewer hours scores "
    "higher). Hours are the taxonomy's hours to working proficiency times the gap, lowered for a level you "
    "already hold and for adjacent skills you know (a skill that builds on it, e.g. MySQL for SQL, counts most; "
    "a related one, e.g. MySQL for PostgreSQL, less)."
)


def render_markdown(report: GapReport) -> str:
    """The report as Markdown: summary, top gaps, missing skills, roadmap, assumptions, method."""
    lines = [f"# Skill gap report: {_cell(report.target.label)}", ""]
    lines += _summary(report)
    lines += ["## Top gaps", ""] + _gap_table(report)
    lines += ["## Missing skills", ""]
    lines += [", ".join(report.missing_skills) if report.missing_skills else "None: you hold every top skill.", ""]
    lines += [f"## Roadmap ({report.roadmap.generated_by})", ""]
    if report.roadmap.fallback_reason and report.roadmap.fallback_reason != "no LLM configured":
        lines += [f"_Template used: {report.roadmap.fallback_reason}_", ""]
    if report.roadmap.intro:
        lines += [report.roadmap.intro, ""]
    for week in report.roadmap.weeks:
        lines += _week(week)
    if report.roadmap.unscheduled:
        left = ", ".join(f"{name} ({hours} h)" for name, hours in report.roadmap.unscheduled)
        lines += [f"Not scheduled (beyond the plan): {left}", ""]
    lines += ["## Assumptions", ""] + [f"- {note}" for note in report.assumptions] + [""]
    lines += ["## How the ROI score works", "", ROI_METHOD, ""]
    return "\n".join(lines)


def _summary(report: GapReport) -> list[str]:
    top3 = ", ".join(gap.name for gap in report.summary_gaps) or "none"
    return [
        "## Summary", "",
        f"- Overall match: **{report.overall_match:.0%}**",
        f"- Top gaps: {top3}",
        f"- Hours to close the top {len(report.top_gaps)} gaps: {report.hours_to_close} h",
        f"- Plan: {len(report.roadmap.weeks)} weeks at {report.roadmap.hours_per_week} h/week",
        "",
    ]


def _gap_table(report: GapReport) -> list[str]:
    if not report.top_gaps:
        return ["No gaps: the profile covers this target.", ""]
    lines = [
        "| Rank | Skill | Importance | Gap | Hours | ROI | Demand / Salary / Trend / Effort | Courses |",
        "|---:|---|---:|---:|---:|---:|---|---|",
    ]
    for gap in report.top_gaps:
        lines.append(
            f"| {gap.roi_rank} | {_cell(gap.name)}{_note(gap)} | {gap.importance_pct:.0f}% | "
            f"{gap.gap_fraction:.0%} | {gap.est_hours} | {gap.roi_score:.2f} | {_factors(gap)} | "
            f"{_courses(report, gap)} |"
        )
    return lines + [""]


def _note(gap: SkillGap) -> str:
    bits = []
    if gap.status == "partial":
        bits.append(f"have L{gap.have_level}, need {level_label(gap.expected_level)}")
    if gap.adjacent_from:
        bits.append("you know " + ", ".join(gap.adjacent_from))
    if gap.prerequisite_names:
        bits.append("needs " + ", ".join(gap.prerequisite_names))
    return f" ({_cell('; '.join(bits))})" if bits else ""


def _factors(gap: SkillGap) -> str:
    parts = gap.factors.contributions()
    return " / ".join(f"{parts[key]:.2f}" for key in ("demand", "salary", "trend", "effort"))


def _courses(report: GapReport, gap: SkillGap) -> str:
    courses = report.courses.get(gap.skill_id, ())
    return "; ".join(f"[{_cell(c.title)}]({c.url}) ({'paid' if c.paid else 'free'})" for c in courses) or "-"


def _week(week: RoadmapWeek) -> list[str]:
    lines = [f"### Week {week.number} ({week.hours} h)", "", week.summary, ""]
    for item in week.items:
        needed = f" (prerequisite for {', '.join(item.prerequisite_for)})" if item.prerequisite_for else ""
        lines.append(f"- **{item.label}**, {item.hours} h{needed}")
        lines.append(f"  - Free: [{item.free.title}]({item.free.url}) ({item.free.provider})")
        lines.append(f"  - Paid: [{item.paid.title}]({item.paid.url}) ({item.paid.provider})")
    lines += ["", f"Milestone: {week.milestone}", ""]
    return lines


def _cell(text: str) -> str:
    """Escape characters that break a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")
