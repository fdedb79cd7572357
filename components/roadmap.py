"""The roadmap as a timeline: a week-by-skill overview grid, then each week with skills, resources, milestone."""

from __future__ import annotations

from typing import Mapping

import streamlit as st

from components.gap_table import resource_html
from components.markup import esc, md
from components.theme import CATEGORY_COLORS
from core.gaps.roadmap import Roadmap, RoadmapWeek

_CSS = """<style>
.sg-plan { display: grid; gap: 2px; font-size: 0.8rem; border: 1px solid #e2e8f0; border-radius: 0.6rem;
  padding: 0.6rem; background: #fff; overflow-x: auto; }
.sg-plan-h { font-size: 0.68rem; font-weight: 600; color: #64748b; text-transform: uppercase; text-align: center;
  letter-spacing: 0.04em; padding-bottom: 0.2rem; }
.sg-plan-skill { padding: 0.2rem 0.5rem 0.2rem 0; color: #0f172a; white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis; font-weight: 550; }
.sg-plan-cell { border-radius: 4px; min-height: 1.45rem; display: flex; align-items: center; justify-content: center;
  font-weight: 650; font-size: 0.75rem; }
.sg-plan-empty { background: #f8fafc; }
.sg-tl { position: relative; margin: 0.4rem 0 0 0.9rem; padding-left: 1.6rem; border-left: 2px solid #cbd5e1; }
.sg-tl-week { position: relative; margin-bottom: 1.1rem; }
.sg-tl-dot { position: absolute; left: -2.45rem; top: 0.05rem; width: 1.65rem; height: 1.65rem; border-radius: 50%;
  background: #0f172a; color: #fff; font-size: 0.78rem; font-weight: 700; display: flex; align-items: center;
  justify-content: center; box-shadow: 0 0 0 4px #fff; }
.sg-tl-card { border: 1px solid #e2e8f0; border-radius: 0.6rem; padding: 0.7rem 0.95rem; background: #fff; }
.sg-tl-head { display: flex; align-items: baseline; gap: 0.7rem; margin-bottom: 0.25rem; }
.sg-tl-title { font-weight: 700; font-size: 1rem; color: #0f172a; }
.sg-tl-hours { color: #64748b; font-size: 0.8rem; }
.sg-tl-summary { color: #334155; font-size: 0.86rem; margin-bottom: 0.5rem; }
.sg-tl-item { display: grid; grid-template-columns: minmax(10rem, 0.9fr) 2fr; gap: 0.8rem; padding: 0.4rem 0;
  border-top: 1px dashed #e2e8f0; font-size: 0.85rem; }
.sg-tl-skill { font-weight: 600; color: #0f172a; display: flex; gap: 0.45rem; align-items: baseline; }
.sg-tl-skill i { width: 0.6rem; height: 0.6rem; border-radius: 50%; display: inline-block; flex: none; }
.sg-tl-sub { color: #64748b; font-size: 0.76rem; font-weight: 400; }
.sg-tl-milestone { margin-top: 0.45rem; background: #f0f9ff; border: 1px solid #bae6fd; border-radius: 0.45rem;
  padding: 0.45rem 0.7rem; font-size: 0.85rem; color: #0c4a6e; }
.sg-tl-milestone b { margin-right: 0.3rem; }
.sg-tl-review .sg-tl-dot { background: #94a3b8; }
</style>"""


def _colour(category: str | None) -> tuple[str, str]:
    return CATEGORY_COLORS.get(category or "other", CATEGORY_COLORS["other"])


def overview_html(roadmap: Roadmap, categories: Mapping[str, str]) -> str:
    """Skills (rows, plan order) x weeks (columns): hours per cell, coloured by the skill's category."""
    order: dict[str, str] = {}
    hours: dict[tuple[str, int], int] = {}
    for week in roadmap.weeks:
        for item in week.items:
            order.setdefault(item.skill_id, item.name)
            hours[(item.skill_id, week.number)] = hours.get((item.skill_id, week.number), 0) + item.hours
    if not order:
        return ""
    weeks = [w.number for w in roadmap.weeks]
    cells = ['<div></div>'] + [f'<div class="sg-plan-h">Week {n}</div>' for n in weeks]
    for skill_id, name in order.items():
        fg, bg = _colour(categories.get(skill_id))
        cells.append(f'<div class="sg-plan-skill" title="{esc(name)}">{esc(name)}</div>')
        for n in weeks:
            h = hours.get((skill_id, n))
            cells.append(f'<div class="sg-plan-cell" style="background:{bg};color:{fg}">{h} h</div>' if h
                         else '<div class="sg-plan-cell sg-plan-empty"></div>')
    columns = f"minmax(8rem, 13rem) repeat({len(weeks)}, minmax(3.2rem, 1fr))"
    return f'<div class="sg-plan" style="grid-template-columns:{columns}">{"".join(cells)}</div>'


def week_html(week: RoadmapWeek, budget: int, categories: Mapping[str, str]) -> str:
    """One week on the timeline: hours, summary, each skill with its free and paid resource, the milestone."""
    items = []
    for item in week.items:
        fg, _ = _colour(categories.get(item.skill_id))
        why = f"prerequisite for {', '.join(item.prerequisite_for)}" if item.prerequisite_for and not item.roi_rank \
            else (f"ROI rank {item.roi_rank}" if item.roi_rank else "")
        sub = f'<span class="sg-tl-sub">{item.hours} h{" · " + esc(why) if why else ""}</span>'
        items.append(
            f'<div class="sg-tl-item"><div class="sg-tl-skill"><i style="background:{fg}"></i>'
            f'<span>{esc(item.label)}<br>{sub}</span></div>'
            f'<div class="sg-res">{"".join(resource_html(r) for r in (item.free, item.paid) if r is not None)}'
            f'{_note(item.note)}</div></div>'
        )
    review = "" if week.items else " sg-tl-review"
    return (
        f'<div class="sg-tl-week{review}"><div class="sg-tl-dot">{week.number}</div><div class="sg-tl-card">'
        f'<div class="sg-tl-head"><span class="sg-tl-title">Week {week.number}</span>'
        f'<span class="sg-tl-hours">{week.hours} of {budget} h</span></div>'
        f'<div class="sg-tl-summary">{esc(week.summary)}</div>{"".join(items)}'
        f'<div class="sg-tl-milestone"><b>Milestone</b>{esc(week.milestone)}</div></div></div>'
    )


def _note(note: str) -> str:
    return f'<div class="sg-res-meta">{esc(note)}</div>' if note else ""


def timeline_html(roadmap: Roadmap, categories: Mapping[str, str]) -> str:
    """Every week of the plan as one vertical timeline."""
    weeks = "".join(week_html(w, roadmap.hours_per_week, categories) for w in roadmap.weeks)
    return f'<div class="sg-tl">{weeks}</div>'


def render_roadmap(roadmap: Roadmap, categories: Mapping[str, str]) -> None:
    """The overview grid and the week-by-week timeline, plus what did not fit."""
    st.html(_CSS)
    if roadmap.intro:
        st.markdown(f"> {md(roadmap.intro)}")
    overview = overview_html(roadmap, categories)
    if overview:
        st.html(overview)
    st.html(timeline_html(roadmap, categories))
    if not roadmap.weeks:
        st.caption("Nothing to plan: no gaps.")
    elif roadmap.requested_weeks and len(roadmap.weeks) < roadmap.requested_weeks:
        st.caption(f"{len(roadmap.weeks)} of the {roadmap.requested_weeks} weeks asked: every gap fits.")
    if roadmap.unscheduled:
        left = ", ".join(f"{name} ({hours} h)" for name, hours in roadmap.unscheduled)
        st.caption(f"Beyond this plan: {left}. Add weeks or hours a week to fit them in.")
    for note in roadmap.deferred:
        st.caption(note)
