"""Resume page: upload or paste a resume, then see its sections, titles, years and skills with evidence."""

from __future__ import annotations

import streamlit as st

from components import state
from components.cache import context, resume_view
from components.clarify_card import clarified_groups, render_clarifications
from components.coverage import coverage_notice, placement_line
from components.errors import user_errors
from components.market_filters import market_service
from components.markup import md
from components.profiles import current_profile
from components.resume import (
    display_name, render_not_a_resume, render_overview, render_sections, render_unusable_version,
)
from components.skills import render_evidence, render_skill_groups
from core.errors import NotAResume
from core.gaps.coverage import coverage_for
from core.resumes import ResumeSummary, ResumeView, add_resume, add_resume_text, delete_resume, list_resumes
from core.skills.levels import level_reasons

UPLOAD_TYPES = ["pdf", "docx", "txt", "md"]
PASTE_HINT = ("Nothing was stored. Your text is still in the box above: paste your whole resume (experience, "
              "education, skills) and choose **Analyse pasted text** again.")
UPLOAD_HINT = "Nothing was stored. Check that this is your resume file, or paste your resume's text instead."


def upload_section(ctx, profile, first: bool) -> None:
    """Upload a file or paste text; each success becomes the profile's latest resume (messages below the panel)."""
    with st.expander("Add a resume" if first else "Upload a new version", expanded=first,
                     icon=":material/upload_file:", key=f"w.resume.upload_open.{int(first)}"):
        file_tab, paste_tab = st.tabs(["Upload a file", "Paste text"])
        with file_tab:
            uploaded = st.file_uploader("Resume file (PDF, Word .docx, .txt or .md — up to 10 MB)",
                                        type=UPLOAD_TYPES, key=state.uploader_key(state.RESUME_UPLOAD, profile.id))
        with paste_tab:
            st.text_area("Resume text", key=state.RESUME_PASTE, height=220,
                         placeholder="Paste the full text of your resume here…")
            pasted = st.button("Analyse pasted text", icon=":material/manage_search:", type="primary")
    if uploaded is not None and not state.upload_handled(uploaded.file_id):
        state.mark_upload_handled(uploaded.file_id)
        with st.spinner(f"Reading {uploaded.name}…"), user_errors():
            try:
                _added(add_resume(ctx, profile.id, uploaded.name, uploaded.getvalue()))
            except NotAResume as exc:
                render_not_a_resume(exc, UPLOAD_HINT)
    if pasted:
        with st.spinner("Analysing…"), user_errors():
            try:  # a rejected text stays in the box (the widget keeps its value) so it can be edited
                _added(add_resume_text(ctx, profile.id, state.widget_value(state.RESUME_PASTE, "")))
            except NotAResume as exc:
                render_not_a_resume(exc, PASTE_HINT)


def _added(view: ResumeView) -> None:
    """Confirm an upload and show the reader's warnings; the new resume becomes the one shown."""
    state.set_resume_id(None)
    state.set_widget_value(state.RESUME_HISTORY, None)
    if view.reused:
        st.info("Same text as your latest resume: nothing new was stored.", icon=":material/info:")
    else:
        st.success(f"Read **{md(view.filename)}**: {view.skill_count} skills found.", icon=":material/check_circle:")
    for warning in view.warnings:
        st.warning(md(warning), icon=":material/warning:")


def pick_version(resumes: list[ResumeSummary]) -> ResumeSummary:
    """The history selector (shown when there is more than one version); the latest by default."""
    by_id = {r.id: r for r in resumes}
    if len(resumes) == 1:
        return resumes[0]
    if state.widget_value(state.RESUME_HISTORY) not in by_id:
        state.set_widget_value(state.RESUME_HISTORY, state.resume_id() if state.resume_id() in by_id else resumes[0].id)
    number = {r.id: len(resumes) - i for i, r in enumerate(resumes)}  # newest first: the oldest is version 1
    chosen = st.selectbox(
        "Version", options=list(by_id), key=state.RESUME_HISTORY, width=360,
        format_func=lambda rid: f"Version {number[rid]} · {by_id[rid].filename} · "
        f"{by_id[rid].created_at:%d %b %Y, %H:%M:%S}" + (" (latest)" if rid == resumes[0].id else ""),
    )
    state.set_resume_id(chosen)
    return by_id[chosen]


def delete_version(ctx, summary: ResumeSummary) -> None:
    """A small menu whose button deletes the shown version."""
    with st.popover("", icon=":material/more_vert:", help="Version actions"):
        st.caption(f"Removes **{md(summary.filename)}** from this profile. Other versions stay.")
        st.button("Delete this version", type="primary", on_click=_on_delete,
                  args=(ctx, summary.id, summary.profile_id), icon=":material/delete_forever:")


def _on_delete(ctx, resume_id: int, profile_id: int) -> None:
    with user_errors():
        delete_resume(ctx, resume_id, profile_id=profile_id)
        state.set_resume_id(None)
        state.set_widget_value(state.RESUME_HISTORY, None)


ctx = context()
profile = current_profile(ctx)

st.title("Resume", anchor=False)
st.caption("Upload your resume to see what we read from it: sections, job titles, years of experience, "
           "and every skill with the sentence it came from.")

if profile is None:
    st.info("Create a profile in the sidebar to start.", icon=":material/arrow_back:")
    st.stop()

resumes = list_resumes(ctx, profile.id)
upload_section(ctx, profile, first=not resumes)
resumes = list_resumes(ctx, profile.id)
if not resumes:
    st.info(f"No resume for **{md(profile.name)}** yet. Upload a PDF, Word or text file, or paste the text above.",
            icon=":material/description:")
    st.stop()

head, version = st.columns([1, 1], vertical_alignment="bottom")
with version, st.container(horizontal=True, horizontal_alignment="right", vertical_alignment="bottom"):
    summary = pick_version(resumes)
    delete_version(ctx, summary)
with user_errors():
    view = resume_view(ctx, ctx.settings.db_url, summary.id, summary.text_sha256, summary.profile_id)
    with head:
        st.subheader(display_name(view), anchor=False)
        st.caption(f"{md(view.filename)} · added {view.created_at:%d %b %Y, %H:%M} UTC · {len(view.text):,} characters")
    render_unusable_version(view)
    render_overview(view)
    coverage = coverage_for(ctx, market_service(ctx), view.extraction)
    placement_line(coverage)
    coverage_notice(coverage, key="resume.coverage", go_to_gaps=True)

    st.subheader("Skills", anchor=False)
    groups = clarified_groups(ctx, profile.id, view)  # the skills with the profile's answers applied
    render_skill_groups(groups)
    render_clarifications(ctx, profile.id, view=view, where="resume")  # questions the resume cannot answer
    if groups:
        st.markdown("##### Where each skill was found")
        st.caption("Expand a skill to see its level, where that level comes from, and the sentences it came from "
                   "with the matched words highlighted.")
        render_evidence(groups, view.text, levels=level_reasons(view.extraction))

    st.subheader("Sections", anchor=False)
    render_sections(view)
