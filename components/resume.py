"""The parsed resume: headline metrics (years, titles, skills), the sections as tabs, and "not a resume" notices."""

from __future__ import annotations

from datetime import date

import streamlit as st

from components.cache import resume_view
from components.errors import describe
from components.markup import esc, md
from core.errors import NotAResume
from core.resumes import ResumeSummary, ResumeView

RESUME_PAGE = "app_pages/resume.py"

CORE_SECTIONS = ("contact", "summary", "experience", "education", "skills")
EXTRA_SECTIONS = ("projects", "certifications")
SECTION_LABELS = {
    "contact": "Contact", "summary": "Summary", "experience": "Experience", "education": "Education",
    "skills": "Skills", "projects": "Projects", "certifications": "Certifications",
}


def format_years(years: float | None) -> str:
    """'7.5 years', '1 year', '—' when unknown."""
    if years is None:
        return "—"
    value = round(years, 1)
    shown = f"{value:g}"
    return f"{shown} year{'s' if value != 1 else ''}"


def display_name(view: ResumeView) -> str:
    """The person's name from the contact block, else the file name."""
    return view.parse.contact.name or view.filename


def render_overview(view: ResumeView) -> None:
    """Metrics (experience, latest title, skills, sections found) and the job titles as tags."""
    found = {s.name for s in view.parse.sections}
    cols = st.columns([1, 1.8, 1, 1])
    cols[0].metric("Total experience", format_years(view.total_years), border=True,
                   help="Summed from the dated roles in your experience section (overlaps counted once).")
    cols[1].metric("Most recent title", view.titles[0] if view.titles else "—", border=True)
    cols[2].metric("Skills found", view.skill_count, border=True,
                   help="Distinct skills from the taxonomy found anywhere in the resume.")
    cols[3].metric("Sections recognised", f"{len(found & set(CORE_SECTIONS))} of {len(CORE_SECTIONS)}", border=True)
    if view.titles:
        tags = "".join(f'<span class="sg-title">{esc(t)}</span>' for t in view.titles)
        st.html(f'<div class="sg-group-label">Job titles</div><div class="sg-titles">{tags}</div>')


def render_sections(view: ResumeView) -> None:
    """One tab per section (the five core ones always, extras when present) plus the full text."""
    present = {s.name for s in view.parse.sections}
    names = [*CORE_SECTIONS, *(n for n in EXTRA_SECTIONS if n in present)]
    tabs = st.tabs([SECTION_LABELS[n] for n in names] + ["Full text"])
    for tab, name in zip(tabs, names):
        with tab:
            if name == "contact" and _contact_items(view):
                _contact(view)
                continue
            if name == "experience":
                _roles(view)
            _section_text(view, name)
    with tabs[-1]:
        st.html(f'<div class="sg-section-text">{esc(view.text)}</div>')


def _section_text(view: ResumeView, name: str) -> None:
    text = view.section_text(name)
    if text:
        st.html(f'<div class="sg-section-text">{esc(text)}</div>')
    else:
        st.caption(f"No {SECTION_LABELS[name].lower()} section was recognised in this resume.")


def _contact(view: ResumeView) -> None:
    items = _contact_items(view)
    if items:
        rows = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in items)
        st.html(f'<dl class="sg-kv">{rows}</dl>')


def _contact_items(view: ResumeView) -> list[tuple[str, str]]:
    """(label, value) pairs of the parsed contact details, empty ones left out."""
    contact = view.parse.contact
    pairs = [("Name", contact.name), ("Email", contact.email), ("Phone", contact.phone),
             ("Location", contact.location), ("Links", ", ".join(contact.links or []))]
    return [(label, value) for label, value in pairs if value]


def _roles(view: ResumeView) -> None:
    """The dated roles, most recent first, as a table."""
    if not view.parse.roles:
        return
    rows = [{"Title": r.title or "—", "Company": r.company or "—", "From": _month(r.start),
             "To": "Present" if r.current else _month(r.end)} for r in view.parse.roles]
    st.dataframe(rows, hide_index=True, width="stretch")


def _month(value: date | None) -> str:
    return f"{value:%b %Y}" if value else "—"


def render_not_a_resume(exc: NotAResume, hint: str) -> None:
    """The warning for a rejected text: what was missing, then what to do about it."""
    message, icon = describe(exc)
    st.warning(f"{message}\n\n{hint}", icon=icon)


def usable_resume(ctx, summary: ResumeSummary) -> ResumeView | None:
    """The analysed resume, or None after a "no usable resume" notice (a version stored before the resume check)."""
    view = resume_view(ctx, ctx.settings.db_url, summary.id, summary.text_sha256, summary.profile_id)
    if view.verdict.usable:
        return view
    st.warning(f"**No usable resume.** Your resume *{md(summary.filename)}* does not look like one: "
               f"{md(view.verdict.missing)}. Upload your full resume on the **Resume** page.",
               icon=":material/person_search:")
    st.page_link(RESUME_PAGE, label="Go to Resume", icon=":material/arrow_forward:")
    return None


def render_unusable_version(view: ResumeView) -> None:
    """On the Resume page: say when the shown version is not a resume (stored before the check existed)."""
    if not view.verdict.usable:
        st.warning(f"**This version does not look like a resume:** {md(view.verdict.missing)}. Gaps, Jobs and "
                   "Interview will not use it: upload your full resume.", icon=":material/person_search:")
