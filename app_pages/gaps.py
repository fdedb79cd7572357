"""Gaps page: your resume against a market segment or one posting -- ROI-ranked gaps, a roadmap, downloads."""

from __future__ import annotations

import streamlit as st

from components import state
from components.cache import context, gap_services, report_pdf, resume_view
from components.career_moves import load_moves, render_move_target, render_moves
from components.clarify_card import render_clarifications
from components.coverage import coverage_notice
from components.errors import user_errors
from components.gap_table import inject_gap_css, missing_html, render_gap_table, render_summary
from components.market_filters import dataset_choice, ensure_market, market_service
from components.markup import md
from components.profiles import current_profile
from components.resume import usable_resume
from components.roadmap import render_roadmap
from core.errors import SkillGapError
from core.gaps.coverage import MIN_POSTINGS, Coverage, coverage_for
from core.gaps.records import GapTarget, ReportOptions, StoredReport
from core.gaps.render_md import ROI_METHOD, render_markdown
from core.gaps.report import render_json
from core.gaps.report_header import make_header, report_file_name
from core.gaps.roadmap import MAX_WEEKS, MIN_WEEKS, TEMPLATE_LABEL
from core.gaps.service import load_job
from core.gaps.store import report_for
from core.resumes import list_resumes

MODES = {"market": "A market segment", "job": "A job posting"}
JOBS_PAGE = "app_pages/jobs.py"


def header() -> None:
    """Title and what the page answers."""
    st.title("Skill gaps", anchor=False)
    st.caption("What your target asks for that your resume does not show yet, ranked by return on your time: "
               "demand, salary uplift, trend and hours to learn. Then a week-by-week plan.")


def _mode(job_id: int | None) -> str:
    """The comparison mode; a posting newly chosen on the Jobs page switches to it."""
    if job_id is not None and job_id != state.gaps_seen_job():
        state.set_widget_value(state.GAPS_MODE, "job")
        state.set_gaps_seen_job(job_id)
    if state.widget_value(state.GAPS_MODE) not in MODES:
        state.set_widget_value(state.GAPS_MODE, "job" if job_id is not None else "market")
    st.segmented_control("Compare with", list(MODES), format_func=MODES.get, key=state.GAPS_MODE,
                         persist_state=state.PERSIST)
    return state.widget_value(state.GAPS_MODE) or "market"


def _role(families: list[str], coverage: Coverage) -> None:
    """Pre-set the role family from the resume (else its closest family by skills, with a notice); it follows the
    resume until the user picks another one."""
    closest = [o.id for o in coverage.closest if o.id in families]
    default = coverage.family if coverage.family in families else next(iter(closest or families), None)
    picked = state.widget_value(state.GAPS_ROLE)
    if picked not in families or picked == state.gaps_auto_role() != default:
        state.set_widget_value(state.GAPS_ROLE, default)
        state.set_gaps_auto_role(default)


def market_target(ctx, extraction) -> GapTarget | None:
    """Dataset (yours or the demo market), role family (default: the resume's), city and seniority from what that
    dataset has."""
    service = market_service(ctx)
    demo = dataset_choice(service, state.GAPS_DATASET, min_yours=MIN_POSTINGS)
    if demo is None:
        st.info("No market data yet: load the demo market or your postings on the **Data** page.",
                icon=":material/inbox:")
        return None
    coverage = coverage_for(ctx, service, extraction, demo)
    families = {o.id: o for o in service.options(demo).role_families if o.id}
    _role(list(families), coverage)
    keep = state.PERSIST  # the choices survive a visit to another page
    c_role, c_city, c_level = st.columns([2, 1.5, 1.2])
    role = c_role.selectbox("Role family", list(families), key=state.GAPS_ROLE, persist_state=keep,
                            format_func=lambda i: f"{families[i].name} · {families[i].postings:,} postings")
    within = service.options(demo, role)
    cities = [""] + within.cities
    state.keep_choice(state.GAPS_CITY, cities, "")
    city = c_city.selectbox("City", cities, key=state.GAPS_CITY, persist_state=keep,
                            format_func=lambda c: c or "All cities")
    levels = [""] + within.seniorities
    state.keep_choice(state.GAPS_SENIORITY, levels, "")
    level = c_level.selectbox("Seniority", levels, key=state.GAPS_SENIORITY, persist_state=keep,
                              format_func=lambda s: s.title() if s else "All levels (mid expected)")
    if role == state.gaps_auto_role():  # chosen for the person: say when we are unsure (never a silent default)
        coverage_notice(coverage, key="gaps.coverage")
    elif families[role].postings < MIN_POSTINGS:
        st.warning(f"Only {families[role].postings:,} {md(families[role].name)} postings in this market, fewer than "
                   f"{MIN_POSTINGS}: its demand figures are rough.", icon=":material/help:")
    return GapTarget.market(role, city or None, level or None, dataset="demo" if demo else "yours")


def _clear_job() -> None:
    state.set_gap_target_job(None)
    state.set_widget_value(state.GAPS_MODE, "market")


def job_target(ctx, job_id: int | None) -> GapTarget | None:
    """The posting chosen on the Jobs page, with a way back to the market."""
    if job_id is None:
        st.info("No posting chosen yet. On the **Jobs** page, open a job and choose **Make this my gap target**.",
                icon=":material/work:")
        st.page_link(JOBS_PAGE, label="Go to Jobs", icon=":material/arrow_forward:")
        return None
    try:
        job, posting = load_job(ctx.engine, job_id)
    except SkillGapError:
        st.warning(f"Posting #{job_id} is no longer stored. Choose another one on the Jobs page.",
                   icon=":material/search_off:")
        st.button("Compare with the market instead", on_click=_clear_job)
        return None
    left, right = st.columns([4, 1], vertical_alignment="center")
    place = " · ".join(p for p in (posting.city, "remote" if posting.remote else None) if p)
    left.markdown(f"**{md(job.display)}** \u00a0 {md(place)} \u00a0 :gray[#{job_id}]")
    right.button("Clear", on_click=_clear_job, icon=":material/close:", width="stretch")
    return GapTarget.job(job_id)


def plan_options() -> tuple[ReportOptions, bool]:
    """Hours per week, weeks, and the recompute button."""
    c_hours, c_weeks, c_button = st.columns([2, 2, 1], vertical_alignment="bottom")
    state.keep_choice(state.GAPS_HOURS, range(1, 41), 8)
    state.keep_choice(state.GAPS_WEEKS, range(MIN_WEEKS, MAX_WEEKS + 1), 4)
    hours = c_hours.slider("Study hours per week", 1, 40, key=state.GAPS_HOURS, persist_state=state.PERSIST)
    weeks = c_weeks.slider("Plan length (weeks)", MIN_WEEKS, MAX_WEEKS, key=state.GAPS_WEEKS,
                           persist_state=state.PERSIST)
    force = c_button.button("Recompute", icon=":material/refresh:", width="stretch",
                            help="Run the analysis again now (it also reruns by itself when your resume, "
                                 "your corrections or the market change, and after 7 days).")
    return ReportOptions(int(hours), int(weeks)), force


def status(stored: StoredReport, recomputed: bool) -> None:
    """One line: the dataset badge (demo or yours), who wrote the roadmap, and when the report was computed."""
    data = (":orange-badge[:material/science: Demo data]" if stored.is_demo
            else ":green-badge[:material/database: Your postings]")
    plan = (":gray-badge[:material/description: Template plan]"
            if stored.report.roadmap.generated_by == TEMPLATE_LABEL
            else ":violet-badge[:material/auto_awesome: LLM-polished wording]")
    when = "Computed just now" if recomputed else f"Saved {stored.created_at:%d %b %Y, %H:%M} UTC"
    badges, note = st.columns([1, 3.2], vertical_alignment="center")
    badges.markdown(f"{data} {plan}")
    note.caption(f"{when} · refreshes by {stored.next_refresh_at:%d %b %Y} or when your resume, your answers or "
                 "the market change." + (" Demo data: a generated market, realistic but not real postings."
                                         if stored.is_demo else ""))


def missing(stored: StoredReport) -> None:
    """Target skills not on the resume at all."""
    if stored.report.missing_skills:
        st.html(missing_html(stored.report.missing_skills))


def roadmap_section(ctx, stored: StoredReport) -> None:
    """The timeline, labelled template or LLM-polished."""
    roadmap = stored.report.roadmap
    st.subheader("Your roadmap", anchor=False)
    if roadmap.generated_by == TEMPLATE_LABEL:
        reason = roadmap.fallback_reason or "no LLM configured"
        st.caption(f"Template plan ({reason}): prerequisites first, then by ROI, packed into "
                   f"{roadmap.hours_per_week} h a week.")
    else:
        st.caption(f"{roadmap.generated_by}. Skills, hours and resources come from the template plan; "
                   "only the wording was polished.")
    ids = {item.skill_id for week in roadmap.weeks for item in week.items}
    categories = {sid: ctx.taxonomy.skills[sid].category for sid in ids if sid in ctx.taxonomy.skills}
    render_roadmap(roadmap, categories)


def downloads(stored: StoredReport, person_name: str | None, profile_name: str) -> None:
    """Markdown, PDF and JSON of the same report (no rerun on click), each saying who it is for, when, the target
    and the demo label; named skillgap-<profile>-<target>-<date>."""
    meta = make_header(person_name, profile_name, stored.created_at.date(), stored.is_demo)
    cols = st.columns(3)
    files = (
        ("Markdown", render_markdown(stored.report, meta), "md", "text/markdown", ":material/description:"),
        ("PDF", report_pdf(stored.report, stored.id, stored.created_at.isoformat(), meta), "pdf",
         "application/pdf", ":material/picture_as_pdf:"),
        ("JSON", render_json(stored.report, meta), "json", "application/json", ":material/data_object:"),
    )
    for col, (label, data, ext, mime, icon) in zip(cols, files):
        col.download_button(label, data, report_file_name(meta, stored.report, ext), mime, icon=icon,
                            on_click="ignore", width="stretch")


def assumptions(stored: StoredReport) -> None:
    """The assumptions behind the numbers and how the ROI score works."""
    with st.expander("Assumptions behind these numbers", expanded=True, icon=":material/info:",
                     key="w.gaps.assumptions_open"):  # "w." keys are the profile's (components/profile_scope.py)
        st.markdown("\n".join(f"- {md(note)}" for note in stored.report.assumptions) or "None.")
    with st.expander("How the ROI score works", icon=":material/functions:", key="w.gaps.roi_open"):
        st.markdown(md(ROI_METHOD))


ctx = context()
profile = current_profile(ctx)
header()
if profile is None:
    st.info("Create a profile in the sidebar to start.", icon=":material/arrow_back:")
    st.stop()
resumes = list_resumes(ctx, profile.id)
if not resumes:
    st.info("Upload your resume on the **Resume** page first: gaps are measured against it.",
            icon=":material/description:")
    st.stop()
resume = next((r for r in resumes if r.id == state.resume_id()), resumes[0])
if usable_resume(ctx, resume) is None:  # "hello" stored before the resume check: no report
    st.stop()
ensure_market(ctx)
inject_gap_css()

with st.container(border=True):
    mode = _mode(state.gap_target_job())
    with user_errors():
        if mode == "job":
            target = job_target(ctx, state.gap_target_job())
        elif (move := render_move_target(profile.id)) is not None:  # a career move chosen below
            target = GapTarget.market(move[1], occupation=move[0])
        else:
            view = resume_view(ctx, ctx.settings.db_url, resume.id, resume.text_sha256, resume.profile_id)
            target = market_target(ctx, view.extraction)
    options, force = plan_options()
if target is None:
    st.stop()

stored = None
with st.spinner("Analysing your gaps… (the very first analysis also loads the skill-similarity model)"), \
        user_errors():
    stored, recomputed = report_for(ctx, gap_services(ctx), profile.id, resume.id, target, options, force=force)
if stored is None:
    st.stop()

title, files = st.columns([3, 2], vertical_alignment="bottom")
title.subheader(stored.report.target.label, anchor=False)
title.caption(f"Resume: {md(resume.filename)}")
with files:
    st.caption("Download the report")
    parsed = resume_view(ctx, ctx.settings.db_url, resume.id, resume.text_sha256, resume.profile_id).parse.contact.name
    downloads(stored, parsed, profile.name)
status(stored, recomputed)
render_summary(stored.report)
st.subheader("Ranked gaps", anchor=False)
render_gap_table(stored.report)
missing(stored)
roadmap_section(ctx, stored)

# Clarifications (components/clarify_card.py): answers change the corrections, so the report above recomputes.
render_clarifications(ctx, profile.id, view=resume_view(ctx, ctx.settings.db_url, resume.id, resume.text_sha256, resume.profile_id),
                      report=stored.report, where="gaps")

assumptions(stored)

with st.spinner("Finding career moves…"), user_errors():
    render_moves(load_moves(ctx, gap_services(ctx), resume.id), profile.id)
