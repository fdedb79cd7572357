"""Interview page: practise a mock interview aimed at your gaps for a posting or a role, one question at a time,
with a score and rubric per answer, follow-ups when an answer is thin, and a summary with resources."""

from __future__ import annotations

import streamlit as st
import streamlit.components.v1 as st_components

from components import state
from components.cache import context, interview_service
from components.coverage import profile_family
from components.chat import render_sessions, render_summary, render_transcript
from components.errors import user_errors
from components.markup import md
from components.profiles import current_profile
from components.resume import usable_resume
from core.errors import NotFound
from core.interview.models import MAX_LENGTH, MIN_LENGTH, SessionView
from core.interview.service import MAX_ANSWER_CHARS
from core.interview.transcript import transcript_filename, transcript_json, transcript_markdown
from core.interview.targets import InterviewTarget, city_choices, posting_choices
from core.resumes import list_resumes

SENIORITIES = ["", "intern", "junior", "mid", "senior", "lead", "principal"]
KINDS = {"job": "A job posting", "market": "A role (and city)"}
DEFAULT_LENGTH = 6
SUMMARY_ANCHOR = "interview-summary"
# Brings the summary into view once the last answer is in (the user is down by the answer box). A component iframe
# (same origin) runs the script: st.html strips a script-only body.
SCROLL_TO_SUMMARY = ("<script>(function go(n){var e=window.parent.document.getElementById('" + SUMMARY_ANCHOR + "');"
                     "if(e){e.scrollIntoView({block:'start'});}"
                     "else if(n<30){setTimeout(function(){go(n+1);},100);}})(0);</script>")


def follow_jobs_page() -> None:
    """A posting picked on the Jobs page ("Practise an interview for this job") becomes the form's target."""
    picked = state.interview_job()
    if picked is not None and picked != state.interview_seen_job():
        state.set_interview_seen_job(picked)
        state.set_widget_value(state.INTERVIEW_TARGET_KIND, "job")
        state.set_widget_value(state.INTERVIEW_JOB_SELECT, picked)
        state.set_interview_session(None)


def start_section(ctx, service, profile) -> None:
    """Offer the unfinished session, then the form that plans a new one."""
    unfinished = service.resumable(profile.id)
    if unfinished is not None:
        with st.container(border=True):
            st.markdown(f"**Unfinished interview:** {md(unfinished.target_label)} · {unfinished.answered} of "
                        f"{unfinished.length} answered · started {unfinished.created_at:%d %b %Y, %H:%M} UTC")
            if st.button("Resume it", icon=":material/play_arrow:", type="primary"):
                state.set_interview_session(unfinished.id)
                st.rerun()
    st.subheader("Start a new interview", anchor=False)
    state.keep_choice(state.INTERVIEW_TARGET_KIND, KINDS, "market")
    kind = st.segmented_control("Practise for", options=list(KINDS), format_func=KINDS.get, required=True,
                                key=state.INTERVIEW_TARGET_KIND, persist_state=state.PERSIST) or "market"
    target = job_target(ctx) if kind == "job" else market_target(ctx, profile_family(ctx, profile.id))
    state.keep_choice(state.INTERVIEW_LENGTH, range(MIN_LENGTH, MAX_LENGTH + 1), DEFAULT_LENGTH)
    length = st.slider("Questions", MIN_LENGTH, MAX_LENGTH, key=state.INTERVIEW_LENGTH, persist_state=state.PERSIST)
    st.caption("Questions come from your biggest gaps for the target, the target's topics you already know, "
               "differences between your resume and the role, and behavioural questions.")
    if st.button("Start interview", type="primary", icon=":material/forum:", disabled=target is None):
        with st.spinner("Planning your interview…"), user_errors():
            view = service.start(profile.id, target, length)
            state.set_interview_session(view.id)
            st.rerun()


def job_target(ctx) -> InterviewTarget | None:
    """A posting picker (recent postings; the one chosen on the Jobs page first)."""
    choices = posting_choices(ctx, include=state.interview_job())
    if not choices:
        st.info("No job postings yet. Add some on the Data page, or practise for a role instead.",
                icon=":material/work_off:")
        return None
    by_id = {c.id: c for c in choices}
    state.keep_choice(state.INTERVIEW_JOB_SELECT, by_id, choices[0].id)
    job_id = st.selectbox("Job posting", options=list(by_id), format_func=lambda i: by_id[i].label,
                          key=state.INTERVIEW_JOB_SELECT, persist_state=state.PERSIST)
    return InterviewTarget.job(job_id)


def market_target(ctx, preferred: str | None = None) -> InterviewTarget:
    """Role family (first: the person's, `preferred`), optional city and seniority."""
    families = sorted(ctx.taxonomy.role_families.values(), key=lambda f: f.name)
    names = {f.id: f.name for f in families}
    keep = state.PERSIST  # the choices survive a visit to another page
    role_col, city_col, level_col = st.columns(3)
    state.keep_choice(state.INTERVIEW_ROLE, names, preferred if preferred in names else next(iter(names), None))
    role = role_col.selectbox("Role", options=list(names), format_func=names.get, key=state.INTERVIEW_ROLE,
                              persist_state=keep)
    cities = ["", *city_choices(ctx, role)]
    state.keep_choice(state.INTERVIEW_CITY, cities, "")
    city = city_col.selectbox("City", options=cities, format_func=lambda c: c or "Any city",
                              key=state.INTERVIEW_CITY, persist_state=keep)
    state.keep_choice(state.INTERVIEW_SENIORITY, SENIORITIES, "")
    level = level_col.selectbox("Seniority", options=SENIORITIES, format_func=lambda s: s or "Any level",
                                key=state.INTERVIEW_SENIORITY, persist_state=keep)
    return InterviewTarget.market(role, city or None, level or None)


def past_section(service, profile) -> None:
    """Past sessions, with a picker to review (or resume) one."""
    sessions = service.sessions(profile.id)
    if not sessions:
        return
    st.subheader("Past interviews", anchor=False)
    render_sessions(sessions)
    by_id = {s.id: s for s in sessions}
    pick, open_col = st.columns([4, 1], vertical_alignment="bottom")
    chosen = pick.selectbox("Open an interview", options=list(by_id),
                            format_func=lambda i: f"{by_id[i].created_at:%d %b %Y, %H:%M} · {by_id[i].target_label}")
    if open_col.button("Open", icon=":material/open_in_new:", width="stretch"):
        state.set_interview_session(chosen)
        st.rerun()


def session_section(service, view: SessionView, profile) -> None:
    """The chat: transcript, the answer box, skip / end; the summary once the interview is over."""
    head, back = st.columns([5, 1], vertical_alignment="bottom")
    head.subheader(view.target_label, anchor=False)
    if back.button("All interviews", icon=":material/arrow_back:", width="stretch"):
        state.set_interview_session(None)
        st.rerun()
    plan = view.plan
    st.caption(f"{md(plan.label)} · {plan.difficulty} level · {len(view.turns)} questions")
    if plan.notes:
        st.caption("Assumptions: " + md("; ".join(note.rstrip(".") for note in plan.notes[:3])) + ".")
    if not view.finished:
        text = st.chat_input("Type your answer… (Enter to send)", key=state.INTERVIEW_ANSWER,
                             max_chars=MAX_ANSWER_CHARS)
        if text:
            with st.spinner("Scoring your answer…"), user_errors():
                view = service.answer(view.id, text)
            if view.finished:
                st.rerun()  # that was the last question: the answer box goes, the summary comes
    done = sum(1 for t in view.turns if not t.open)
    st.progress(done / len(view.turns), text=f"{done} of {len(view.turns)} questions done")
    if view.finished:
        finished_section(view, profile)
    render_transcript(view)
    if not view.finished:
        skip_col, end_col, _ = st.columns([1, 1, 3])
        if skip_col.button("Skip question", icon=":material/skip_next:", width="stretch"):
            with user_errors():
                service.skip(view.id)
                st.rerun()
        if end_col.button("End interview", icon=":material/stop_circle:", width="stretch"):
            with st.spinner("Writing your summary…"), user_errors():
                service.end(view.id)
                st.rerun()


def finished_section(view: SessionView, profile) -> None:
    """The summary at the top, brought into view, with the transcript downloads."""
    st.success("Interview finished. Your summary comes first; the transcript follows.", icon=":material/flag:")
    st.subheader("Summary", anchor=SUMMARY_ANCHOR)
    st_components.html(SCROLL_TO_SUMMARY, height=0)
    render_summary(view.summary, view.plan)
    transcript_downloads(view, profile.name)
    st.divider()
    st.subheader("Transcript", anchor=False)


def transcript_downloads(view: SessionView, profile_name: str) -> None:
    """The transcript as Markdown and JSON (no rerun on click); file names carry the profile and the date."""
    day = view.created_at.date()
    md_col, json_col, _ = st.columns([1, 1, 3])
    md_col.download_button("Transcript (Markdown)", transcript_markdown(view, profile_name),
                           transcript_filename(profile_name, day, "md"), "text/markdown",
                           icon=":material/description:", on_click="ignore", width="stretch")
    json_col.download_button("Transcript (JSON)", transcript_json(view, profile_name),
                             transcript_filename(profile_name, day, "json"), "application/json",
                             icon=":material/data_object:", on_click="ignore", width="stretch")


ctx = context()
profile = current_profile(ctx)

st.title("Interview", anchor=False)
st.caption("A mock interview aimed at your gaps. Each answer is scored 0–5 on a rubric: key points covered, "
           "structure, specificity and relevance.")

if profile is None:
    st.info("Create a profile in the sidebar to start.", icon=":material/arrow_back:")
    st.stop()

service = interview_service(ctx)
follow_jobs_page()
session_id = state.interview_session()
if session_id is not None:
    try:
        current = service.get(session_id, profile_id=profile.id)
    except NotFound:
        state.set_interview_session(None)
        current = None
    if current is not None and current.profile_id == profile.id:
        session_section(service, current, profile)
        st.stop()
    state.set_interview_session(None)
resumes = list_resumes(ctx, profile.id)
if resumes:
    usable_resume(ctx, resumes[0])  # a notice only: without a usable resume every target skill counts as a gap
start_section(ctx, service, profile)
past_section(service, profile)
