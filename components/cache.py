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
def resume_view(_ctx: AppContext, db_url: str, resume_id: int, text_sha256: str) -> ResumeView:
    """A stored resume, analysed (stored text never changes: database, id and text hash are the whole key)."""
    return get_resume(_ctx, resume_id)


def context() -> AppContext:
    """This session's AppContext (settings read once per session, services once per process)."""
    from components import state

    return app_context(state.settings())


@st.cache_resource(show_spinner=False)
def match_index(settings: Settings):
    """The job match index (Chroma + BM25 under the data dir), opened once per process (added by matching)."""
    from core.matching.index import open_index

    return open_index(settings)
