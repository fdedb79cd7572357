"""Streamlit caches around core factories: one AppContext per Settings, memoised read-only views."""

from __future__ import annotations

import streamlit as st

from core.config import Settings
from core.context import AppContext, build_context
from core.resumes import ResumeView, get_resume


@st.cache_resource(show_spinner="Loading the skill taxonomy…")
def app_context(settings: Settings) -> AppContext:
    """The composition root for these settings (engine, taxonomy, extractor), built once per process."""
    return build_context(settings)


@st.cache_data(max_entries=64, show_spinner=False)
def resume_view(_ctx: AppContext, db_url: str, resume_id: int, text_sha256: str, profile_id: int) -> ResumeView:
    """A profile's stored resume, analysed (stored text never changes: database, id, text hash and owner are the
    whole key)."""
    return get_resume(_ctx, resume_id, profile_id=profile_id)


def context() -> AppContext:
    """This session's AppContext (settings read once per session, services once per process)."""
    from components import state

    return app_context(state.settings())


@st.cache_resource(show_spinner=False)
def match_index(settings: Settings):
    """The job match index (Chroma + BM25 under the data dir), opened once per process (added by matching)."""
    from core.matching.index import shared_index

    return shared_index(settings)


@st.cache_resource(show_spinner=False)
def _gap_services(_ctx: AppContext, db_url: str):
    from components.market_filters import market_service
    from core.gaps.compute import make_gap_services

    try:  # share the match index's sentence model: one load per process for Jobs and Gaps
        encoder = match_index(_ctx.settings).embedder
    except Exception:  # noqa: BLE001 -- the index is optional here; the gaps get their own lazy model
        encoder = None
    return make_gap_services(_ctx, market=market_service(_ctx), encoder=encoder)


def gap_services(ctx: AppContext):
    """The gap report services (shared market memo, skill-name similarity, LLM), once per database (added by gaps)."""
    return _gap_services(ctx, ctx.settings.db_url)


@st.cache_data(max_entries=32, show_spinner=False)
def report_pdf(_report, report_id: int, created_at: str, header=None) -> bytes:
    """The PDF of a stored gap report (id + saved time + the header -- who, date, dataset -- are the key: a recompute
    saves a new time)."""
    from core.gaps.render_pdf import render_pdf

    return render_pdf(_report, header)


@st.cache_resource(show_spinner=False)
def _interview_service(_ctx: AppContext, db_url: str):
    from core.embeddings import make_embedder
    from core.interview.service import InterviewService
    from core.llm.client import make_llm

    try:
        encoder = make_embedder(_ctx.settings)  # the model itself loads on the first scored answer
    except (ImportError, OSError):
        encoder = None  # no model package: coverage and relevance use word matching (labelled per answer)
    return InterviewService(_ctx, encoder=encoder, llm=make_llm(_ctx.settings))


def interview_service(ctx: AppContext):
    """The interview service (embedder loaded lazily, configured LLM), once per database (added by interview)."""
    return _interview_service(ctx, ctx.settings.db_url)
