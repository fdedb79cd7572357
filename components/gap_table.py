"""The ranked gap table with ROI factor bars and resources, and the summary cards (match, top 3, hours).

Every text from data (skill, course and target names) is HTML-escaped; URLs are only linked when http(s).
"""

from __future__ import annotations

import streamlit as st

from components.markup import esc
from core.gaps.courses import course_note
from core.gaps.models import SkillGap
from core.gaps.report import GapReport
from core.gaps.settings import level_label
from core.taxonomy.models import Resource

FACTORS = (  # key, label, colour
    ("demand", "Demand", "#2563eb"),
    ("salary", "Salary uplift", "#059669"),
    ("trend", "Trend", "#d97706"),
    ("effort", "Effort", "#7c3aed"),
)

REQUIREMENT_LABELS = {"required": "required", "preferred": "nice to have", "unspecified": "mentioned"}

_CSS = """<style>
.sg-legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1.1rem; font-size: 0.8rem; color: #475569;
  margin: 0 0 0.5rem 0; align-items: center; }
.sg-legend i { display: inline-block; width: 0.7rem; height: 0.7rem; border-radius: 2px; margin-right: 0.3rem;
  vertical-align: -1px; }
.sg-gt { border: 1px solid #e2e8f0; border-radius: 0.6rem; overflow: hidden; background: #fff; }
.sg-gt-row { display: grid; grid-template-columns: 2.4rem minmax(10rem, 1.25fr) minmax(15rem, 1.7fr) 5.2rem
  4.2rem minmax(13rem, 1.6fr); gap: 0.9rem; padding: 0.75rem 0.9rem; border-top: 1px solid #eef2f7;
  align-items: start; font-size: 0.87rem; color: #0f172a; }
.sg-gt-row:first-child { border-top: none; }
.sg-gt-head { background: #f8fafc; font-size: 0.7rem; font-weight: 600; letter-spacing: 0.05em;
  text-transform: uppercase; color: #64748b; padding-top: 0.55rem; padding-bottom: 0.55rem; }
.sg-rank { width: 1.9rem; height: 1.9rem; border-radius: 50%; background: #0f172a; color: #fff; font-weight: 700;
  display: flex; align-items: center; justify-content: center; font-size: 0.85rem; }
.sg-gt-skill { font-weight: 650; font-size: 0.95rem; }
.sg-gt-note { color: #64748b; font-size: 0.78rem; margin-top: 0.15rem; line-height: 1.35; }
.sg-tag { display: inline-block; font-size: 0.68rem; font-weight: 600; padding: 0.05rem 0.45rem; border-radius: 999px;
  margin: 0.25rem 0.25rem 0 0; }
.sg-tag-missing { background: #fee2e2; color: #991b1b; } .sg-tag-partial { background: #fef3c7; color: #92400e; }
.sg-tag-req { background: #e0e7ff; color: #3730a3; }
.sg-fx { display: grid; grid-template-columns: 5.6rem 1fr 4.6rem; gap: 0.18rem 0.5rem; align-items: center;
  font-size: 0.76rem; color: #475569; }
.sg-bar { height: 0.5rem; background: #eef2f7; border-radius: 999px; overflow: hidden; }
.sg-bar > span { display: block; height: 100%; border-radius: 999px; }
.sg-fx-val { text-align: right; color: #0f172a; font-variant-numeric: tabular-nums; }
.sg-roi { font-size: 1.15rem; font-weight: 700; font-variant-numeric: tabular-nums; }
.sg-stack { display: flex; height: 0.45rem; border-radius: 999px; overflow: hidden; background: #eef2f7;
  margin-top: 0.3rem; }
.sg-hours { font-size: 1.05rem; font-weight: 650; font-variant-numeric: tabular-nums; }
.sg-res { display: flex; flex-direction: column; gap: 0.35rem; font-size: 0.8rem; line-height: 1.35; }
.sg-res a { color: #1d4ed8; text-decoration: none; } .sg-res a:hover { text-decoration: underline; }
.sg-res-kind { font-size: 0.64rem; font-weight: 700; padding: 0.02rem 0.35rem; border-radius: 0.25rem;
  margin-right: 0.3rem; }
.sg-res-free { background: #d1fae5; color: #065f46; } .sg-res-paid { background: #ede9fe; color: #5b21b6; }
.sg-res-meta { color: #64748b; }
.sg-top3 { display: flex; flex-direction: column; gap: 0.45rem; }
.sg-top3-item { display: flex; align-items: center; gap: 0.6rem; font-size: 0.92rem; }
.sg-top3-item .sg-rank { width: 1.5rem; height: 1.5rem; font-size: 0.75rem; }
.sg-top3-meta { color: #64748b; font-size: 0.78rem; margin-left: auto; white-space: nowrap; }
.sg-missing { font-size: 0.88rem; color: #334155; display: flex; flex-wrap: wrap; gap: 0.35rem;
  align-items: center; margin: 0.6rem 0 0.2rem 0; }
.sg-miss { padding: 0.12rem 0.6rem; border-radius: 999px; font-size: 0.8rem; color: #991b1b; background: #fee2e2;
  border: 1px solid #991b1b22; }
.sg-card-label { font-size: 0.875rem; color: #31333f; margin-bottom: 0.45rem; }
@media (max-width: 900px) { .sg-gt-row { grid-template-columns: 2.4rem 1fr; } .sg-gt-head { display: none; }
  .sg-gt-row > div:nth-child(n+3) { grid-column: 2; } .sg-top3-meta { white-space: normal; text-align: right; }
  .sg-gt-row:not(.sg-gt-head) > div:nth-child(4)::before { content: "ROI score"; }
  .sg-gt-row:not(.sg-gt-head) > div:nth-child(5)::before { content: "Hours to learn"; }
  .sg-gt-row:not(.sg-gt-head) > div:nth-child(n+4):nth-child(-n+5)::before { display: block; font-size: 0.7rem;
    color: #64748b; text-transform: uppercase; letter-spacing: 0.05em; } }
</style>"""


def inject_gap_css() -> None:
    """Add the gap table and roadmap styles to the page."""
    st.html(_CSS)


def link(resource: Resource) -> str:
    """An escaped link to a resource (plain text when the URL is not http(s))."""
    title = esc(resource.title)
    if not resource.url.startswith(("https://", "http://")):
        return title
    return f'<a href="{esc(resource.url)}" target="_blank" rel="noopener noreferrer">{title}</a>'


def resource_html(resource: Resource) -> str:
    """"FREE Title (Provider · 6 h)"."""
    kind = "paid" if resource.paid else "free"
    return (f'<div><span class="sg-res-kind sg-res-{kind}">{kind.upper()}</span>{link(resource)} '
            f'<span class="sg-res-meta">({esc(resource.provider)} · {resource.hours} h)</span></div>')


def _pct(value: float | None) -> str:
    if value is None:
        return "n/a"
    return "flat" if abs(value) < 0.005 else f"{value:+.0%}"


def factor_values(gap: SkillGap) -> dict[str, str]:
    """Raw numbers behind each factor: share of postings, salary uplift, 6-month trend, hours."""
    trend = None if gap.trend_ratio is None else gap.trend_ratio - 1.0
    demand = REQUIREMENT_LABELS.get(gap.requirement, "mentioned") if gap.requirement else f"{gap.importance_pct:.0f}%"
    return {"demand": demand, "salary": _pct(gap.salary_uplift), "trend": _pct(trend), "effort": f"{gap.est_hours} h"}


def _bar(value: float, colour: str) -> str:
    width = max(0.0, min(1.0, value)) * 100
    return f'<div class="sg-bar"><span style="width:{width:.0f}%;background:{colour}"></span></div>'


def _factors(gap: SkillGap) -> str:
    values = gap.factors.to_dict()
    raw = factor_values(gap)
    cells = [f'<span>{label}</span>{_bar(values[key], colour)}<span class="sg-fx-val">{esc(raw[key])}</span>'
             for key, label, colour in FACTORS]
    return f'<div class="sg-fx">{"".join(cells)}</div>'


def _roi(gap: SkillGap) -> str:
    parts = gap.factors.contributions()
    segments = "".join(
        f'<span title="{label}: {parts[key]:.2f}" style="width:{parts[key] * 100:.1f}%;background:{colour}"></span>'
        for key, label, colour in FACTORS
    )
    return f'<div class="sg-roi">{gap.roi_score:.2f}</div><div class="sg-stack">{segments}</div>'


def _skill(gap: SkillGap) -> str:
    if gap.kind == "missing":
        tags = ['<span class="sg-tag sg-tag-missing">Missing</span>']
    else:
        tags = [f'<span class="sg-tag sg-tag-partial">Level gap · have L{gap.have_level}, need '
                f'{esc(level_label(gap.expected_level))}</span>']
    if gap.requirement:
        label = REQUIREMENT_LABELS.get(gap.requirement, "mentioned").capitalize()
        tags.append(f'<span class="sg-tag sg-tag-req">{label}</span>')
    notes = [esc(gap.level_note)] if gap.level_note else []
    if gap.adjacent_from:
        notes.append("Head start from " + esc(", ".join(gap.adjacent_from)))
    if gap.prerequisite_names:
        notes.append("Learn first: " + esc(", ".join(gap.prerequisite_names))
                     + f" (+{sum(gap.prerequisite_hours)} h)" * bool(gap.prerequisite_hours))
    note = f'<div class="sg-gt-note">{"<br>".join(notes)}</div>' if notes else ""
    return f'<div class="sg-gt-skill">{esc(gap.name)}</div>{"".join(tags)}{note}'


def gap_rows_html(report: GapReport) -> str:
    """The ranked table: rank, skill, factor bars, ROI score with its breakdown, hours, resources."""
    head = ('<div class="sg-gt-row sg-gt-head"><div>#</div><div>Skill</div><div>Why it ranks here</div>'
            '<div>ROI</div><div>Hours</div><div>Learn with</div></div>')
    rows = []
    for gap in report.top_gaps:
        courses = "".join(resource_html(r) for r in report.courses.get(gap.skill_id, ()))
        note = course_note(gap)
        courses += f'<div class="sg-res-meta">{esc(note)}</div>' if note else ""
        rows.append(
            f'<div class="sg-gt-row"><div><div class="sg-rank">{gap.roi_rank}</div></div><div>{_skill(gap)}</div>'
            f'<div>{_factors(gap)}</div><div>{_roi(gap)}</div><div class="sg-hours">{gap.est_hours} h</div>'
            f'<div class="sg-res">{courses}</div></div>'
        )
    return f'<div class="sg-gt">{head}{"".join(rows)}</div>'


def legend_html(report: GapReport) -> str:
    """The factor colours with their weights in the ROI score."""
    weights = report.top_gaps[0].factors.weights if report.top_gaps else None
    total = weights.total() if weights else 1.0
    items = [f'<span><i style="background:{colour}"></i>{label}'
             + (f" ({getattr(weights, key) / total:.0%})" if weights else "") + "</span>"
             for key, label, colour in FACTORS]
    demand = "how the posting asks for it" if report.target.kind == "job" else "share of postings"
    return ('<div class="sg-legend"><b>ROI score</b> = demand × weighted factors (weight); a level gap counts 0.4:'
            + "".join(items)
            + f"<span>Bars: each factor scaled 0–1 · numbers: {demand}, salary uplift, 6-month trend "
              "(n/a: too little data, scored neutral), hours</span></div>")


def top3_html(report: GapReport) -> str:
    """The summary card list of the three highest-ROI gaps."""
    if not report.summary_gaps:
        return '<div class="sg-top3">No gaps: this target is covered.</div>'
    def meta(g: SkillGap) -> str:
        """How the posting asks for it, or its share of postings."""
        return REQUIREMENT_LABELS.get(g.requirement, "mentioned") if g.requirement \
            else f"in {g.importance_pct:.0f}% of postings"
    items = [f'<div class="sg-top3-item"><div class="sg-rank">{g.roi_rank}</div><b>{esc(g.name)}</b>'
             f'<span class="sg-top3-meta">{g.est_hours} h · {meta(g)}</span></div>'
             for g in report.summary_gaps]
    return f'<div class="sg-top3">{"".join(items)}</div>'


def missing_html(names: tuple[str, ...]) -> str:
    """Red chips for the target skills not on the resume at all."""
    chips = "".join(f'<span class="sg-miss">{esc(n)}</span>' for n in names)
    return f'<div class="sg-missing"><b>Not on your resume at all ({len(names)}):</b>{chips}</div>'


def render_summary(report: GapReport) -> None:
    """Summary cards: overall match, the top 3 gaps, hours to close them, and the plan's coverage."""
    cols = st.columns([1, 1.6, 1, 1])
    noun = "the market segment's top skills" if report.target.kind == "market" else "the posting's skills"
    cols[0].metric("Overall match", f"{report.overall_match:.0%}", border=True, height="stretch",
                   help=f"Demand-weighted coverage of {noun}, levels counted (required weigh more).")
    with cols[1].container(border=True):
        st.html(f'<div class="sg-card-label">Top 3 gaps (by ROI)</div>{top3_html(report)}')
    per_week = report.roadmap.hours_per_week
    weeks_needed = -(-report.hours_to_close // per_week) if per_week else 0
    cols[2].metric("Hours to close", f"{report.hours_to_close} h", border=True, delta_color="off", height="stretch",
                   delta=f"≈ {weeks_needed} weeks at {per_week} h/week", delta_arrow="off",
                   help=f"Estimated study hours for the top {len(report.top_gaps)} gaps, after credit for "
                        f"levels and adjacent skills you already have; {report.prerequisite_hours} h of it are "
                        "prerequisites they need first.")
    planned, budget = report.roadmap.total_hours, report.roadmap.hours_per_week * len(report.roadmap.weeks)
    cols[3].metric("Plan", f"{len(report.roadmap.weeks)} weeks", border=True, delta_color="off", delta_arrow="off",
                   height="stretch",
                   delta=f"{per_week} h/week · {planned} of {budget} h used",
                   help="Skills in ROI order (prerequisites first) packed into your weekly hours; what does not "
                        "fit is listed under the roadmap.")


def render_gap_table(report: GapReport) -> None:
    """The legend and the ranked table (or a note when there is no gap)."""
    if not report.top_gaps:
        st.success("No gaps: your profile covers every skill this target asks for at the expected level.",
                   icon=":material/verified:")
        return
    st.html(legend_html(report))
    st.html(gap_rows_html(report))
