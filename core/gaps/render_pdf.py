"""PDF rendering of a GapReport with reportlab (summary, gap table, roadmap, assumptions, method)."""

from __future__ import annotations

import io
from urllib.parse import quote, urlsplit
from xml.sax.saxutils import escape, quoteattr

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from core.gaps.courses import course_note
from core.gaps.render_md import ROI_METHOD, plan_line
from core.gaps.report import GapReport
from core.gaps.report_header import ReportHeader, target_line
from core.gaps.roadmap import RoadmapWeek
from core.taxonomy.models import Resource

LINK_COLOR = "#1a56b0"


def render_pdf(report: GapReport, header: ReportHeader | None = None) -> bytes:
    """The report as a multi-section PDF document; course titles are clickable links. Data text is escaped:
    reportlab's mini-markup in a title or skill name shows as written."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=f"Skill gap report: {report.target.label}", author="SkillGap")
    styles = _styles()
    story = [Paragraph(_t(f"Skill gap report: {report.target.label}"), styles["Title"])]
    story += _header(report, header, styles)
    story += _summary(report, styles)
    story += [Paragraph("Top gaps", styles["Heading2"]), _gap_table(report, styles), Spacer(1, 4 * mm)]
    missing = ", ".join(report.missing_skills) or "None: you hold every top skill."
    story += [Paragraph("Missing skills", styles["Heading2"]), Paragraph(_t(missing), styles["Body"])]
    story += [Paragraph(_t(f"Roadmap ({report.roadmap.generated_by})"), styles["Heading2"])]
    if report.roadmap.fallback_reason and report.roadmap.fallback_reason != "no LLM configured":
        story.append(Paragraph(f"<i>{_t('Template used: ' + report.roadmap.fallback_reason)}</i>", styles["Body"]))
    if report.roadmap.intro:
        story.append(Paragraph(_t(report.roadmap.intro), styles["Body"]))
    for week in report.roadmap.weeks:
        story += _week(week, styles)
    if report.roadmap.unscheduled:
        left = ", ".join(f"{name} ({hours} h)" for name, hours in report.roadmap.unscheduled)
        story.append(Paragraph(_t(f"Not scheduled (beyond the plan): {left}"), styles["Body"]))
    story += [Paragraph(f"<i>{_t(note)}</i>", styles["Body"]) for note in report.roadmap.deferred]
    story.append(Paragraph("Assumptions", styles["Heading2"]))
    story += [Paragraph(_t(f"• {note}"), styles["Body"]) for note in report.assumptions]
    story += [Paragraph("How the ROI score works", styles["Heading2"]), Paragraph(_t(ROI_METHOD), styles["Body"])]
    doc.build(story)
    return buffer.getvalue()


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    return {
        "Title": base["Title"],
        "Heading2": base["Heading2"],
        "Heading3": base["Heading3"],
        "Body": ParagraphStyle("Body", parent=base["BodyText"], fontSize=9.5, leading=12.5),
        "Cell": ParagraphStyle("Cell", parent=base["BodyText"], fontSize=8, leading=10),
    }


def _header(report: GapReport, header: ReportHeader | None, styles: dict) -> list:
    """Prepared for, generated, target, data (demo in bold) and the roadmap's engine; nothing without a header."""
    if header is None:
        return []
    data = f"<b>{_t(header.data_note)}</b>" if header.is_demo else _t(header.data_note)
    rows = [
        f"Prepared for: <b>{_t(header.prepared_for)}</b>",
        f"Generated: {header.generated_on.isoformat()}",
        f"Target: {_t(target_line(report.target))}",
        f"Data: {data}",
        f"Gaps and ROI: computed from the market data and your resume; roadmap: {_t(report.roadmap.generated_by)}",
    ]
    return [Paragraph(row, styles["Body"]) for row in rows] + [Spacer(1, 2 * mm)]


def _summary(report: GapReport, styles: dict) -> list:
    top3 = ", ".join(gap.name for gap in report.summary_gaps) or "none"
    rows = [
        f"Overall match: <b>{report.overall_match:.0%}</b>",
        f"Top gaps: {_t(top3)}",
        f"Hours to close the top {len(report.top_gaps)} gaps: {report.hours_to_close} h"
        + (f" (including {report.prerequisite_hours} h of prerequisites)" if report.prerequisite_hours else ""),
        f"Plan: {_t(plan_line(report))}",
    ]
    return [Paragraph("Summary", styles["Heading2"])] + [Paragraph(row, styles["Body"]) for row in rows]


def _gap_table(report: GapReport, styles: dict):
    cell = styles["Cell"]
    header = ["#", "Skill", "Imp. %", "Gap", "Hours", "ROI", "Demand / salary / trend / effort", "Courses"]
    # the Skill cell carries the kind: "Missing" or "Level: about L3 from 6 years; ... expect L4"
    rows = [[Paragraph(f"<b>{h}</b>", cell) for h in header]]
    for gap in report.top_gaps:
        parts = gap.factors.contributions()
        factors = " / ".join(f"{parts[k]:.2f}" for k in ("demand", "salary", "trend", "effort"))
        courses = "<br/>".join(
            [f"{_link(c)} ({'paid' if c.paid else 'free'})" for c in report.courses.get(gap.skill_id, ())]
            + ([f"<i>{_t(course_note(gap))}</i>"] if course_note(gap) else [])
        )
        kind = "Missing" if gap.kind == "missing" else f"Level: {gap.level_note}"
        rows.append([
            str(gap.roi_rank), Paragraph(f"{_t(gap.name)}<br/><font size=7>{_t(kind)}</font>", cell),
            f"{gap.importance_pct:.0f}%",
            f"{gap.gap_fraction:.0%}", str(gap.est_hours), f"{gap.roi_score:.2f}",
            Paragraph(factors, cell), Paragraph(courses or "-", cell),
        ])
    if len(rows) == 1:
        rows.append(["", Paragraph("No gaps: the profile covers this target.", cell)] + [""] * 6)
    widths = [7 * mm, 30 * mm, 14 * mm, 12 * mm, 13 * mm, 11 * mm, 34 * mm, 57 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef7")),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#b0b8c4")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
    ]))
    return table


def _week(week: RoadmapWeek, styles: dict) -> list:
    out = [Paragraph(f"Week {week.number} ({week.hours} h)", styles["Heading3"]),
           Paragraph(_t(week.summary), styles["Body"])]
    for item in week.items:
        needed = f" (prerequisite for {', '.join(item.prerequisite_for)})" if item.prerequisite_for else ""
        resources = " ".join(f"{label}: {_link(res)} ({_t(res.provider)})." for label, res
                             in (("Free", item.free), ("Paid", item.paid)) if res is not None)
        parts = (_t(f"• {item.label}, {item.hours} h{needed}."), resources, _t(item.note or ""))
        out.append(Paragraph(" ".join(t for t in parts if t), styles["Body"]))
    out.append(Paragraph(f"<i>Milestone:</i> {_t(week.milestone)}", styles["Body"]))
    return out


def _link(resource: Resource) -> str:
    """The resource's title as a clickable link when its URL is http(s), else as plain (escaped) text."""
    parts = urlsplit(str(resource.url or "").strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return _t(resource.title)
    url = quote(parts.geturl(), safe=":/?#@!$&'()*+,;=%~.-_")
    return f'<a href={quoteattr(url)} color="{LINK_COLOR}"><u>{_t(resource.title)}</u></a>'


def _t(text: str) -> str:
    """Escape text for reportlab's mini-markup."""
    return escape(str(text))
