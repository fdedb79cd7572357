"""Data page: what is stored, how it got here (runs, dead letters), and adding your own postings."""

from __future__ import annotations

import streamlit as st

from components import state
from components.cache import context
from components.errors import show_error, user_errors
from components.ingest_preview import pasted_summary, render_column_preview
from components.markup import md
from core.errors import FetchError, SkillGapError, UnsafeURL
from core.ingest.columns import parse_map_option
from core.market.intake import IntakeResult, ingest_paste, ingest_upload, ingest_url, preview_upload, retry_failed
from core.market.status import data_status, open_dead_letters, postings_by_source, recent_runs

UPLOAD_TYPES = ["csv", "tsv", "jsonl", "ndjson", "json", "parquet"]


def overview(ctx) -> None:
    """Headline counts and the aggregates' freshness."""
    s = data_status(ctx.engine)
    cols = st.columns(4)
    cols[0].metric("Postings", f"{s.postings:,}", border=True,
                   help=f"{s.postings - s.demo_postings:,} yours, {s.demo_postings:,} demo")
    cols[1].metric("Skills in postings", f"{s.skills:,}", border=True, help=f"{s.job_skills:,} posting-skill links")
    cols[2].metric("Processing runs", f"{s.runs:,}", border=True)
    cols[3].metric("Open dead letters", f"{s.open_dead_letters:,}", border=True,
                   help="Postings that failed to ingest; they are retried with backoff")
    fresh = f"last refreshed {s.refreshed_at:%d %b %Y, %H:%M} UTC" if s.refreshed_at else "not built yet"
    pending = f" · {s.pending_aggregation:,} postings waiting" if s.pending_aggregation else ""
    st.caption(f"Market aggregates: {fresh}{pending}.")


def _report(result: IntakeResult) -> None:
    """Queue what an ingest did and rerun (so the counts and tables below are fresh)."""
    s = result.summary
    text = (f"**{md(result.source)}**: added {s.added:,}, duplicates {s.duplicates:,}, failed {s.failed:,}. "
            f"Market updated ({result.refresh.new_postings:,} new postings aggregated).")
    if s.warnings:
        text += f" {s.warnings:,} stored with a change: " + "; ".join(md(n) for n in s.notes[:3]) + "."
    if result.posting is not None:
        text += "\n\n" + pasted_summary(result.posting)
    if result.indexing:
        text += " The Jobs page ranks them as soon as they are indexed (running in the background)."
    if s.failed:
        state.set_data_result("warning", text + " Failed rows are listed under *Dead letters* below.")
    elif s.added:
        state.set_data_result("success", text)
    else:
        state.set_data_result("info", text + " Nothing new: these postings were already stored.")
    state.set_market_checked(None)
    st.rerun()


def _show_result() -> None:
    """The last action's message, once."""
    message = state.pop_data_result()
    if message is not None:
        getattr(st, message.kind, st.info)(message.text)


def _fetch_errors(action) -> None:
    """Run an ingest action; refused or failed fetches say why."""
    try:
        action()
    except UnsafeURL as exc:
        st.error(f"**Refused for safety.** {md(str(exc))}", icon=":material/gpp_bad:")
    except FetchError as exc:
        st.error(f"**Could not fetch the page.** {md(str(exc))}", icon=":material/cloud_off:")
    except SkillGapError as exc:
        show_error(exc)


def add_postings(ctx) -> None:
    """Upload a file, paste a posting, or give a URL."""
    st.subheader("Add postings")
    upload, paste, url = st.tabs([":material/upload_file: Upload a file", ":material/content_paste: Paste a posting",
                                  ":material/link: From a URL"], key=state.DATA_TAB)  # the tab stays after a run
    with upload:
        st.caption("CSV, TSV, JSONL or Parquet (e.g. a LinkedIn or Indeed export). Columns are matched "
                   "automatically: title, company, location, description, salary min/max/currency, date, url, id.")
        file = st.file_uploader("Postings file", type=UPLOAD_TYPES,
                                key=state.uploader_key(state.DATA_UPLOAD, state.profile_id()))
        mapping = st.text_input("Column overrides (optional)", key=state.DATA_MAPPING,
                                placeholder="title=job_title, company=employer")
        if file is not None:
            with st.container(border=True), user_errors():
                st.markdown("**Check the columns before ingesting**")
                render_column_preview(preview_upload(ctx, file.name, file.getvalue(), parse_map_option(mapping)))
        if st.button("Ingest file", type="primary", disabled=file is None, icon=":material/input:"):
            with st.spinner(f"Ingesting {file.name}…"):
                _fetch_errors(lambda: _report(ingest_upload(ctx, file.name, file.getvalue(),
                                                            parse_map_option(mapping))))
    with paste:
        c_title, c_company, c_place = st.columns([2, 1.5, 1.5])
        title = c_title.text_input("Title (optional)", key=state.DATA_PASTE_TITLE,
                                   placeholder="Else the first line of the text")
        company = c_company.text_input("Company (optional)", key=state.DATA_PASTE_COMPANY, max_chars=200)
        location = c_place.text_input("Location (optional)", key=state.DATA_PASTE_LOCATION, max_chars=200,
                                      placeholder="e.g. Berlin, Germany or Remote",
                                      help="When empty, a location in the posting's first lines is used.")
        text = st.text_area("Posting text", key=state.DATA_PASTE, height=200,
                            placeholder="Paste the full job posting here…")
        if st.button("Add posting", type="primary", icon=":material/add:"):
            if not (text or "").strip():
                st.warning("Paste the text of a job posting first.", icon=":material/edit:")
            else:
                with st.spinner("Extracting skills…"):
                    _fetch_errors(lambda: _report(ingest_paste(ctx, text, title=title.strip() or None,
                                                               company=company.strip() or None,
                                                               location=location.strip() or None)))
    with url:
        st.caption("A public job posting page (schema.org JobPosting data when present, else the page text). "
                   "Only http(s); local, private and cloud-metadata addresses are refused; robots.txt is respected.")
        address = st.text_input("Posting URL", key=state.DATA_URL, placeholder="https://…")
        if st.button("Fetch and add", type="primary", icon=":material/download:"):
            with st.spinner("Fetching…"):
                _fetch_errors(lambda: _report(ingest_url(ctx, address)))


def sources(ctx) -> None:
    """Postings per source."""
    st.subheader("Postings by source")
    df = postings_by_source(ctx.engine)
    if df.empty:
        st.info("No postings yet.", icon=":material/inbox:")
        return
    st.dataframe(df, hide_index=True, width="stretch", column_config={
        "source": "Source", "dataset": "Dataset", "postings": st.column_config.NumberColumn("Postings", format="%d"),
        "latest": st.column_config.DatetimeColumn("Latest posting", format="D MMM YYYY")})


def runs(ctx) -> None:
    """The latest processing runs."""
    st.subheader("Recent processing runs")
    df = recent_runs(ctx.engine)
    if df.empty:
        st.info("No runs yet.", icon=":material/history:")
        return
    st.dataframe(df, hide_index=True, width="stretch", column_config={
        "id": "Run", "kind": "Kind", "source": "Source", "status": "Status", "added": "Added",
        "duplicates": "Duplicates", "failed": "Failed",
        "started": st.column_config.DatetimeColumn("Started", format="D MMM, HH:mm:ss"),
        "seconds": st.column_config.NumberColumn("Seconds", format="%.1f")})


def dead_letters(ctx) -> None:
    """Open dead letters with a retry button."""
    st.subheader("Dead letters")
    df = open_dead_letters(ctx.engine)
    if df.empty:
        st.success("No failed postings.", icon=":material/task_alt:")
        return
    st.caption("Postings that could not be ingested, with the last error. Retries back off exponentially; "
               "the button retries all of them now.")
    st.dataframe(df, hide_index=True, width="stretch", column_config={
        "id": "Id", "source": "Source", "ref": "Where", "last_error": st.column_config.TextColumn("Last error",
                                                                                            width="large"),
        "attempts": "Attempts", "next_retry_at": st.column_config.DatetimeColumn("Next retry", format="D MMM, HH:mm"),
        "created_at": st.column_config.DatetimeColumn("First failed", format="D MMM, HH:mm")})
    if st.button(f"Retry {len(df):,} now", icon=":material/replay:"):
        with st.spinner("Retrying…"), user_errors():
            result = retry_failed(ctx)
            state.set_data_result("success" if not result.summary.still_failing else "warning",
                                  f"Dead letters: resolved {result.summary.resolved:,}, still failing "
                                  f"{result.summary.still_failing:,}.")
            state.set_market_checked(None)
            st.rerun()


ctx = context()
st.title("Data")
st.caption("What is stored, how it got here, and your own postings: everything stays on this machine.")
_show_result()
with user_errors():
    overview(ctx)
    add_postings(ctx)
    sources(ctx)
    runs(ctx)
    dead_letters(ctx)
