"""The opened job card: the posting's own text and link, and the per-job gap in plain words (numbers that agree:
the hours to close are the hours of the skills named beside them)."""

from __future__ import annotations

import streamlit as st

from components.job_card import description_html, safe_url
from components.markup import md
from core.gaps.report import GapReport
from core.matching.models import PostingFacts

LEVEL_WORDS = {1: "basic", 2: "working", 3: "advanced", 4: "expert"}
ASKED_AS = {"required": "Required", "preferred": "Nice to have"}  # "unspecified" says nothing: left blank
STATUS = {"matched": "You have it", "partial": "Deepen", "missing": "Learn"}
COVERAGE_HELP = ("How much of what this posting asks for your resume covers: required skills count more, and a skill "
                 "you hold below the level it expects counts in part.")
TO_CLOSE_HELP = ("Skills this posting asks for that are not on your resume (to learn) or that you hold below the "
                 "level it expects (to deepen): the most valuable ones first.")
HOURS_HELP = ("Estimated study hours to close the skills listed below, including any prerequisite you would need "
              "first.")


def level_words(level: float) -> str:
    """2 -> "level 2 of 4 (working)", 2.5 -> "level 2.5 of 4 (working to advanced)", 0 -> "not on your resume"."""
    if level <= 0:
        return "not on your resume"
    low, high = LEVEL_WORDS.get(int(level), ""), LEVEL_WORDS.get(int(level) + 1, "")
    word = low if float(level).is_integer() or not high else f"{low} to {high}"
    return f"level {level:g} of 4 ({word})"


def render_posting_text(p: PostingFacts) -> None:
    """The posting's description (escaped) and a link to the original when it has a web address."""
    st.markdown("**The posting**")
    st.html(description_html(p))
    url = safe_url(p.url)
    if url:
        st.link_button("Open the original posting", url, icon=":material/open_in_new:")


def gap_lines(report: GapReport) -> list[str]:
    """"Learn: Apache Kafka (12 h), dbt (8 h)" and "Deepen: Apache Spark, level 2 -> 3 (6 h)"; prerequisites too."""
    learn = [f"{md(g.name)} ({g.est_hours} h)" for g in report.top_gaps if g.status == "missing"]
    deepen = [f"{md(g.name)}, level {g.have_level} → {g.expected_level:g} ({g.est_hours} h)"
              for g in report.top_gaps if g.status != "missing"]
    lines = []
    if learn:
        lines.append("**Learn:** " + ", ".join(learn))
    if deepen:
        lines.append("**Deepen:** " + "; ".join(deepen))
    if report.prerequisite_hours:
        lines.append(f"Includes {report.prerequisite_hours} h of prerequisites to learn first.")
    return lines


def render_gap_summary(report: GapReport) -> None:
    """Coverage, the skills to close and their hours, then those skills by name (none: says so)."""
    gaps = report.top_gaps
    cols = st.columns(3)
    cols[0].metric("Skill coverage", f"{round(100 * report.overall_match)}%", help=COVERAGE_HELP)
    cols[1].metric("Skills to learn or deepen", len(gaps), help=TO_CLOSE_HELP)
    cols[2].metric("Hours to close them", report.hours_to_close, help=HOURS_HELP)
    lines = gap_lines(report)
    if lines:
        st.markdown("  \n".join(lines))
    elif report.overall_match < 0.995:
        st.caption("Nothing left to study: coverage is under 100 % only because some skills count in part (you "
                   "hold a related skill, or the posting names skills without saying how much they matter).")
    else:
        st.caption("Nothing to close: you hold every skill this posting names at the level it expects.")


def gap_rows(report: GapReport) -> list[dict[str, str]]:
    """One row per skill the posting names: what it asks, what you have, what it expects, in words."""
    return [{"Skill": m.name, "To do": STATUS.get(m.status, m.status),
             "The posting says": ASKED_AS.get(m.requirement or "", ""), "You": level_words(m.have_level),
             "Expected": level_words(m.expected_level)} for m in report.analysis.matches]
