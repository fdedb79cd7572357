"""Jobs page: stored postings ranked against the resume, with filters; a card opens onto the per-job gap."""

from __future__ import annotations

import streamlit as st
from streamlit.errors import StreamlitAPIException

from components import state
from components.cache import context, gap_services, match_index
from components.demo_build import wait_for_market
from components.errors import user_errors
from components.job_card import inject_card_css, render_factors, render_job_card
from components.job_detail import gap_rows, render_gap_summary, render_posting_text
from components.market_filters import dataset_choice, market_service
from components.markup import md
from components.profiles import current_profile
from components.resume import usable_resume
from core.gaps.compute import compute_report
from core.gaps.records import GapTarget
from core.matching.index import IndexReport, ensure_index
from core.matching.models import MatchFilters, MatchResult
from core.matching.service import filter_options, match, posting_detail, query_for_resume, score_one
from core.resumes import list_resumes

ANYWHERE = "Anywhere"
POSTED = {"Any time": None, "Last 7 days": 7, "Last 30 days": 30, "Last 90 days": 90}
GAPS_PAGE, INTERVIEW_PAGE = "app_pages/gaps.py", "app_pages/interview.py"
# Widget key of the "Include remote jobs elsewhere" checkbox: a widget key like the other filters' (components/state.py
# holds theirs), remembered across pages with persist_state like them.
JOBS_INCLUDE_REMOTE = "w.jobs_include_remote"
MIN_YOURS = 20  # the dataset switch starts on your postings only when you have this many; else on the demo market


def dataset_switch(ctx) -> str | None:
    """The "Your postings / Demo market" switch, as on the Market and Gaps pages: "demo" | "yours" when both
    exist, else None (no switch, no dataset filter)."""
    service = market_service(ctx)
    demo = dataset_choice(service, state.JOBS_DATASET, min_yours=MIN_YOURS)
    both = sum(1 for n in service.datasets().values() if n) > 1
    return None if demo is None or not both else ("demo" if demo else "yours")


def filter_bar(options, dataset: str | None = None) -> MatchFilters:
    """Role family, city / remote, minimum salary and posting age (within `dataset` when one is chosen)."""
    labels = dict(options.role_families)
    top = st.columns([3, 2, 1.4])
    keep = state.PERSIST  # the filters survive a visit to another page
    _known(state.JOBS_FAMILIES, list(labels))
    families = top[0].multiselect("Role family", list(labels), format_func=labels.get, key=state.JOBS_FAMILIES,
                                  placeholder="All role families", persist_state=keep)
    cities = [ANYWHERE, *options.cities]
    if state.widget_value(state.JOBS_CITY, ANYWHERE) not in cities:
        state.set_widget_value(state.JOBS_CITY, ANYWHERE)
    city = top[1].selectbox("City", cities, key=state.JOBS_CITY, persist_state=keep,
                            help="Only postings in this city, on-site, hybrid or remote.")
    top[2].markdown("&nbsp;")
    remote_only = top[2].toggle("Remote only", key=state.JOBS_REMOTE_ONLY, persist_state=keep)
    include_remote = top[1].checkbox(
        "Include remote jobs elsewhere", key=JOBS_INCLUDE_REMOTE, persist_state=keep,
        disabled=city == ANYWHERE or remote_only,
        help="Also show remote postings based in other cities, ranked after the same match in your city.")
    low = st.columns([2, 2, 1.4])
    min_salary = low[0].number_input("Minimum salary (USD a year)", min_value=0, max_value=1_000_000, step=10_000,
                                     value=0, key=state.JOBS_MIN_SALARY, persist_state=keep)
    posted = low[1].selectbox("Posted", list(POSTED), key=state.JOBS_POSTED_WITHIN, persist_state=keep,
                              help="A posting that states no date counts from when it was added here.")
    low[2].selectbox("Show", [10, 20, 50], index=1, key=state.JOBS_TOP, persist_state=keep)
    return MatchFilters(
        role_families=tuple(families), city=None if city == ANYWHERE else city, include_remote=include_remote,
        remote_only=remote_only,
        min_salary_usd=float(min_salary) or None, posted_within_days=POSTED[posted], dataset=dataset,
    )


def _known(key: str, options: list) -> None:
    """Drop remembered choices that are no longer options (a role family whose postings were removed)."""
    picked = state.widget_value(key)
    if picked and any(p not in options for p in picked):
        state.set_widget_value(key, [p for p in picked if p in options])


def toggle(job_id: int) -> None:
    """Open a card, or close it when it is the open one."""
    state.set_open_job(None if state.open_job() == job_id else job_id)


def go(page: str, what: str) -> None:
    """Switch to a page when the app has it; otherwise say where the choice will be used."""
    try:
        st.switch_page(page)
    except StreamlitAPIException:
        st.success(f"Saved. The {what} page will use this job once it is available.", icon=":material/check:")


def detail(ctx, resume_id: int, result: MatchResult) -> None:
    """The opened card: the posting's text and link, score breakdown, the per-job gap, and the two actions."""
    full = posting_detail(ctx.engine, result.posting.id) or result.posting
    render_posting_text(full)
    st.markdown("**Why this score**")
    render_factors(result)
    st.markdown("**Your gap for this job**")
    with user_errors():
        report = compute_report(ctx, gap_services(ctx), resume_id, GapTarget.job(result.posting.id)).report
        render_gap_summary(report)
        rows = gap_rows(report)
        if rows:
            st.dataframe(rows, hide_index=True, width="stretch")
    left, right = st.columns(2)
    job_id = result.posting.id
    if left.button("Make this my gap target", key=f"job_gap_{job_id}", icon=":material/target:",
                   width="stretch"):
        state.set_gap_target_job(job_id)
        go(GAPS_PAGE, "Gaps")
    if right.button("Practise an interview for this job", key=f"job_interview_{job_id}", icon=":material/forum:",
                    width="stretch"):
        state.set_interview_job(job_id)
        go(INTERVIEW_PAGE, "Interview")


def index_now(ctx, index) -> IndexReport:
    """Index postings the index lacks, with a progress bar; returns at once when another thread is at it."""
    bar = st.empty()

    def show(done: int, total: int) -> None:
        bar.progress(done / max(total, 1), text=f"Indexing postings for matching: {done:,} of {total:,}")

    with user_errors():
        report = ensure_index(ctx.engine, index, on_progress=show, wait=False)
        bar.empty()
        return report
    st.stop()


ctx = context()
profile = current_profile(ctx)

st.title("Jobs", anchor=False)
st.caption("Postings ranked against your resume: the skills you have (required ones count more), meaning match, "
           "level fit, location and freshness. Open a job to see its skill gap.")

if profile is None:
    st.info("Create a profile in the sidebar to start.", icon=":material/arrow_back:")
    st.stop()
resumes = list_resumes(ctx, profile.id)
if not resumes:
    st.info("Upload your resume on the Resume page first: jobs are ranked against it.", icon=":material/description:")
    st.stop()
resume = next((r for r in resumes if r.id == state.resume_id()), resumes[0])
if usable_resume(ctx, resume) is None:  # "hello" stored before the resume check: nothing to rank against
    st.stop()
wait_for_market(ctx)  # first start: the demo build (postings and their index) shows its progress here

index = match_index(state.settings())
report = index_now(ctx, index)
if report.busy:
    done, total = index.progress
    st.info(f"Postings are being indexed in the background ({done:,} of {total:,} done). Results cover the "
            "postings indexed so far: reload the page for more.", icon=":material/hourglass_top:")
if not report.total:
    if not report.busy:
        st.info("There are no job postings yet. Load the demo market or ingest postings on the Data page "
                "(or run `python -m core demo`).", icon=":material/work_off:")
    st.stop()

inject_card_css()
dataset = dataset_switch(ctx)  # at the top of the filter bar
filters = filter_bar(filter_options(ctx, dataset), dataset)
with user_errors():
    query = query_for_resume(ctx, resume.id)
    page = match(ctx.engine, index, query, filters, top_k=int(state.widget_value(state.JOBS_TOP, 20)))
    st.caption(f"Top {len(page.results)} of {page.indexed:,} postings for **{md(resume.filename)}** "
               f"({page.candidates} candidates ranked).")
    if not page.results:
        st.info("No posting passes these filters. Try a wider city, salary or date range.", icon=":material/tune:")
    results = page.results
    opened = state.open_job()
    if opened is not None and all(r.posting.id != opened for r in results):
        # the results moved since the click (background indexing, a filter): the opened job stays in view
        pinned = score_one(ctx.engine, index, query, opened, filters)
        if pinned is not None:
            st.caption("The job you opened (no longer among these results):")
            results = [pinned, *results]
    for result in results:
        render_job_card(result, opened == result.posting.id, toggle, lambda r: detail(ctx, resume.id, r))
