"""Markdown rendering of a GapReport (download and CLI text output)."""

from __future__ import annotations

from core.gaps.courses import course_note
from core.gaps.models import SkillGap
from core.gaps.report import GapReport
from core.gaps.roadmap import RoadmapWeek
from core.gaps.settings import level_label

ROI_METHOD = (
    "ROI score = demand x (weighted average of a base, salary uplift, trend and effort), each scaled to 0-1. "
    "Demand comes first: it is the share of postings asking for the skill (required counting double a preferred "
    "mention) relative to the segment's top skill, and it multiplies everything else, so a skill in under 5% of "
    "postings never outranks one in over 30%. Salary uplift: median salary with vs without the skill (+30% or "
    "more scores 1; unknown is neutral). Trend: last 6 months vs the 6 before (flat 0.5, doubling 1). Effort: "
    "fewer hours scores higher, counting the prerequisites the skill needs first. A level gap (a skill on your "
    "resume below the level these postings expect) scores 0.4 of a missing skill with the same demand. Holding "
    "the whole part of the expected level (L2 against \"L2-L3\") is no gap. Hours are the taxonomy's hours to "
    "working proficiency times the gap, lowered for a level you already hold and for adjacent skills you know (a "
    "skill that builds on it, e.g. MySQL for SQL, counts most; a related one, e.g. MySQL for PostgreSQL, less)."
)
KIND_LABELS = {"missing": "missing", "level": "level"}


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
    if not report.roadmap.weeks:
        lines += ["Nothing to plan: no gaps.", ""]
    if report.roadmap.unscheduled:
        left = ", ".join(f"{name} ({hours} h)" for name, hours in report.roadmap.unscheduled)
        lines += [f"Not scheduled (beyond the plan): {left}", ""]
    lines += [f"_{note}_" for note in report.roadmap.deferred] + ([""] if report.roadmap.deferred else [])
    lines += ["## Assumptions", ""] + [f"- {note}" for note in report.assumptions] + [""]
    lines += ["## How the ROI score works", "", ROI_METHOD, ""]
    return "\n".join(lines)


def _summary(report: GapReport) -> list[str]:
    top3 = ", ".join(gap.name for gap in report.summary_gaps) or "none"
    return [
        "## Summary", "",
        f"- Overall match: **{report.overall_match:.0%}**",
        f"- Top gaps: {top3}",
        f"- Hours to close the top {len(report.top_gaps)} gaps: {report.hours_to_close} h{_prereq(report)}",
        f"- Plan: {plan_line(report)}",
        "",
    ]


def _prereq(report: GapReport) -> str:
    hours = report.prerequisite_hours
    return f" (including {hours} h of prerequisites they need first)" if hours else ""


def plan_line(report: GapReport) -> str:
    """"5 weeks at 10 h/week (8 asked: every gap fits)"."""
    roadmap = report.roadmap
    text = f"{len(roadmap.weeks)} weeks at {roadmap.hours_per_week} h/week"
    if roadmap.requested_weeks and len(roadmap.weeks) < roadmap.requested_weeks:
        text += f" ({roadmap.requested_weeks} asked: every gap fits)"
    return text


def _gap_table(report: GapReport) -> list[str]:
    if not report.top_gaps:
        return ["No gaps: the profile covers this target.", ""]
    lines = [
        "| Rank | Skill | Kind | Importance | Gap | Hours | ROI | Demand / Salary / Trend / Effort | Courses |",
        "|---:|---|---|---:|---:|---:|---:|---|---|",
    ]
    for gap in report.top_gaps:
        lines.append(
            f"| {gap.roi_rank} | {_cell(gap.name)}{_note(gap)} | {KIND_LABELS[gap.kind]} | {gap.importance_pct:.0f}% | "
            f"{gap.gap_fraction:.0%} | {gap.est_hours} | {gap.roi_score:.2f} | {_factors(gap)} | "
            f"{_courses(report, gap)} |"
        )
    return lines + [""]


def _note(gap: SkillGap) -> str:
    bits = []
    if gap.kind == "level":
        bits.append(gap.level_note or f"have L{gap.have_level}, need {level_label(gap.expected_level)}")
    if gap.adjacent_from:
        bits.append("you know " + ", ".join(gap.adjacent_from))
    if gap.prerequisite_names:
        pre = sum(gap.prerequisite_hours)
        bits.append("needs " + ", ".join(gap.prerequisite_names) + (f" first, +{pre} h" if pre else ""))
    return f" ({_cell('; '.join(bits))})" if bits else ""


def _factors(gap: SkillGap) -> str:
    parts = gap.factors.contributions()
    return " / ".join(f"{parts[key]:.2f}" for key in ("demand", "salary", "trend", "effort"))


def _courses(report: GapReport, gap: SkillGap) -> str:
    courses = report.courses.get(gap.skill_id, ())
    text = "; ".join(f"[{_cell(c.title)}]({c.url}) ({'paid' if c.paid else 'free'})" for c in courses)
    note = course_note(gap)
    return _cell(" ".join(t for t in (text, note) if t)) or "-"


def _week(week: RoadmapWeek) -> list[str]:
    lines = [f"### Week {week.number} ({week.hours} h)", "", week.summary, ""]
    for item in week.items:
        needed = f" (prerequisite for {', '.join(item.prerequisite_for)})" if item.prerequisite_for else ""
        lines.append(f"- **{item.label}**, {item.hours} h{needed}")
        for label, res in (("Free", item.free), ("Paid", item.paid)):
            if res is not None:
                lines.append(f"  - {label}: [{res.title}]({res.url}) ({res.provider})")
        if item.note:
            lines.append(f"  - {item.note}")
    lines += ["", f"Milestone: {week.milestone}", ""]
    return lines


def _cell(text: str) -> str:
    """Escape characters that break a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")
