"""First start from any page: the background demo build, a small banner while it runs, and the wait with a
progress bar that Market and Gaps need before they can show anything."""

from __future__ import annotations

import streamlit as st

from components import state
from core.context import AppContext
from core.errors import SkillGapError
from core.market.bootstrap import BuildStatus, build_status, start_demo_build

POLL_S = 0.5
BANNER_EVERY_S = 2.0


def kick_off(ctx: AppContext) -> BuildStatus:
    """Start the first-start build of this data dir once per process (a no-op afterwards)."""
    return start_demo_build(ctx)


def build_banner(ctx: AppContext) -> None:
    """While a demo build runs: a small banner with its progress (refreshes itself)."""
    status = build_status(ctx)
    if status is None or not status.running:
        return

    @st.fragment(run_every=BANNER_EVERY_S)
    def banner() -> None:
        now = build_status(ctx)
        if now is not None and now.running and now.building:
            st.caption(f":material/hourglass_top: Building the demo market… {now.percent}% · {now.message}. "
                       "Market, Gaps and Jobs are ready when it finishes.")
        elif now is not None and now.result is not None and now.result.built:
            st.caption(":material/check_circle: Demo market ready.")
    banner()


def wait_for_market(ctx: AppContext) -> None:
    """Once per session: make sure the market is built and aggregated, showing a progress bar while it is not."""
    key = ctx.settings.db_url
    current = build_status(ctx)
    if state.market_checked(key) and not (current is not None and current.running):
        return
    status = start_demo_build(ctx, force_check=not state.market_checked(key))
    if status.running:
        _show_progress(status)
    if status.error:
        raise SkillGapError(f"The market could not be prepared: {status.error}. Reload the page to retry.")
    result = status.result
    if result is not None and result.built and not state.market_checked(key):
        st.toast(f"{result.message} Took {result.seconds:.0f} s.", icon=":material/check_circle:")
    state.set_market_checked(key)


def _show_progress(status: BuildStatus) -> None:
    holder = st.empty()
    with holder.container(border=True):
        if status.building:
            st.markdown("#### :material/rocket_launch: Preparing the market")
            st.caption("First start: SkillGap generates a demo job market and runs it through the real pipeline "
                       "(text → skill extraction → aggregates → search index). This takes up to two minutes, once.")
        bar = st.progress(0.0, text=status.message)
    while not status.wait(POLL_S):
        bar.progress(min(max(status.fraction, 0.0), 1.0), text=status.message)
    holder.empty()
