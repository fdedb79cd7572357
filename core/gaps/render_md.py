"""Markdown rendering of a GapReport (download and CLI text output)."""

from __future__ import annotations

import html
import re
from urllib.parse import quote, urlsplit

from core.gaps.courses import course_note
from core.gaps.models import SkillGap
from core.gaps.report import GapReport
from core.gaps.report_header import ReportHeader, target_line
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


def render_markdown(report: GapReport, header: ReportHeader | None = None) -> str:
    """The report as Markdown: who/when/what/which data, summary, top gaps, missing skills, roadmap, assumptions,
    method. Text from postings, resumes or an LLM is escaped: no HTML and no links come from data."""
    lines = [f"# Skill gap report: {_cell(report.target.label)}", ""]
    lines += _header(report, header)
    lines += _summary(report)
    lines += ["## Top gaps", ""] + _gap_table(report)
    lines += ["## Missing skills", ""]
    missing = ", ".join(_x(name) for name in report.missing_skills)
    lines += [missing or "None: you hold every top skill.", ""]
    lines += [f"## Roadmap ({_x(report.roadmap.generated_by)})", ""]
    if report.roadmap.fallback_reason and report.roadmap.fallback_reason != "no LLM configured":
        lines += [f"_Template used: {_x(report.roadmap.fallback_reason)}_", ""]
    if report.roadmap.intro:
        lines += [_x(report.roadmap.intro), ""]
    for week in report.roadmap.weeks:
        lines += _week(week)
    if not report.roadmap.weeks:
        lines += ["Nothing to plan: no gaps.", ""]
    if report.roadmap.unscheduled:
        left = ", ".join(f"{_x(name)} ({hours} h)" for name, hours in report.roadmap.unscheduled)
        lines += [f"Not scheduled (beyond the plan): {left}", ""]
    lines += [f"_{_x(note)}_" for note in report.roadmap.deferred] + ([""] if report.roadmap.deferred else [])
    lines += ["## Assumptions", ""] + [f"- {_x(note)}" for note in report.assumptions] + [""]
    lines += ["## How the ROI score works", "", ROI_METHOD, ""]
    return "\n".join(lines)


def _header(report: GapReport, header: ReportHeader | None) -> list[str]:
    """Prepared for, generated on, target, data (demo labelled), who wrote the roadmap; nothing without a header."""
    if header is None:
        return []
    data = f"**{_x(header.data_note)}**" if header.is_demo else _x(header.data_note)
    return [
        f"- Prepared for: **{_x(header.prepared_for)}**",
        f"- Generated: {header.generated_on.isoformat()}",
        f"- Target: {_x(target_line(report.target))}",
        f"- Data: {data}",
        f"- Gaps and ROI: computed from the market data and your resume; roadmap: {_x(report.roadmap.generated_by)}",
        "",
    ]


def _summary(report: GapReport) -> list[str]:
    top3 = ", ".join(_x(gap.name) for gap in report.summary_gaps) or "none"
    return [
        "## Summary", "",
        f"- Overall match: **{report.overall_match:.0%}**",
        f"- Top gaps: {top3}",
        f"- Hours to close the top {len(report.top_gaps)} gaps: {report.hours_to_close} h{_prereq(report)}",
        f"- Plan: {_x(plan_line(report))}",
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
    return f" ({_cell('; '.join(bits))})" if bits else ""  # _cell escapes the data in it


def _factors(gap: SkillGap) -> str:
    parts = gap.factors.contributions()
    return " / ".join(f"{parts[key]:.2f}" for key in ("demand", "salary", "trend", "effort"))


def _courses(report: GapReport, gap: SkillGap) -> str:
    courses = report.courses.get(gap.skill_id, ())
    text = "; ".join(f"{_link(c.title, c.url)} ({'paid' if c.paid else 'free'})" for c in courses)
    note = _x(course_note(gap))
    return " ".join(t for t in (text, note) if t).replace("|", "\\|") or "-"


def _week(week: RoadmapWeek) -> list[str]:
    lines = [f"### Week {week.number} ({week.hours} h)", "", _x(week.summary), ""]
    for item in week.items:
        needed = f" (prerequisite for {_x(', '.join(item.prerequisite_for))})" if item.prerequisite_for else ""
        lines.append(f"- **{_x(item.label)}**, {item.hours} h{needed}")
        for label, res in (("Free", item.free), ("Paid", item.paid)):
            if res is not None:
                lines.append(f"  - {label}: {_link(res.title, res.url)} ({_x(res.provider)})")
        if item.note:
            lines.append(f"  - {_x(item.note)}")
    lines += ["", f"Milestone: {_x(week.milestone)}", ""]
    return lines


_MD_INLINE = re.compile(r"([\\`*_\[\]!])")


def _x(text: str) -> str:
    """Data text made inert in Markdown: one line, HTML escaped (&, <, >), and the characters of links, images,
    code and emphasis backslash-escaped, so "<script>" or "[x](javascript:...)" shows as written."""
    one_line = " ".join(str(text or "").split())
    return _MD_INLINE.sub(r"\\\1", html.escape(one_line, quote=False))


def _cell(text: str) -> str:
    """Data text for a Markdown table cell: escaped as _x, and "|" too."""
    return _x(text).replace("|", "\\|")


def _link(title: str, url: str) -> str:
    """A Markdown link to an http(s) URL (angle-bracketed, unsafe characters percent-encoded); other URLs are
    left out and the title shown as text."""
    parts = urlsplit(str(url or "").strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return _x(title)
    safe = quote(parts.geturl(), safe=":/?#@!$&'*+,;=%~.-_")
    return f"[{_x(title)}](<{safe}>)"
