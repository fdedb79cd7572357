"""SkillGap dashboard: page config, the page registry, and the shared sidebar (profiles).

Everything runs in `main()`: the demo build's worker processes are spawned, and a spawned process re-runs the
parent's main script as `__mp_main__` (Streamlit makes this file `__main__` during script runs), which must not
start a dashboard (and a second demo build) inside a worker.
"""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

LOGO = Path(__file__).resolve().parent / "components" / "assets" / "logo.svg"
WAITS_FOR_MARKET = {"market", "gaps", "jobs"}  # these pages show the first-start build's progress bar themselves


def pages() -> list:
    """The page registry: adding a page is one line here (file, title, icon).

    Pages live in app_pages/, not pages/: a pages/ folder switches Streamlit into its legacy multipage mode,
    which runs a page without this frame (AppTest reruns, and a server's first request for a page URL).
    """
    return [
        st.Page("app_pages/resume.py", title="Resume", icon=":material/description:", url_path="resume",
                default=True),
        st.Page("app_pages/jobs.py", title="Jobs", icon=":material/work:", url_path="jobs"),
        st.Page("app_pages/market.py", title="Market", icon=":material/trending_up:", url_path="market"),
        st.Page("app_pages/gaps.py", title="Gaps", icon=":material/target:", url_path="gaps"),
        st.Page("app_pages/interview.py", title="Interview", icon=":material/forum:", url_path="interview"),
        st.Page("app_pages/data.py", title="Data", icon=":material/database:", url_path="data"),
    ]


def main() -> None:
    """One script run: page config, the sidebar, the first-start demo build, then the chosen page."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    # page_icon: our own file; a ":material/..." icon makes the browser fetch the favicon from fonts.gstatic.com
    st.set_page_config(page_title="SkillGap", page_icon=str(LOGO), layout="wide",
                       initial_sidebar_state="auto")  # collapsed on a phone
    from components.cache import context  # after set_page_config
    from components.demo_build import build_banner, kick_off
    from components.errors import show_error
    from components.profiles import render_profile_sidebar
    from components.theme import inject_css
    from core.errors import SkillGapError

    inject_css()
    st.logo(str(LOGO), size="large")
    navigation = st.navigation(pages(), position="sidebar")
    try:
        ctx = context()
        kick_off(ctx)  # first start from any page: build the demo market (and its search index) in the background
        render_profile_sidebar(ctx)
        if navigation.url_path not in WAITS_FOR_MARKET:
            build_banner(ctx)
    except SkillGapError as exc:  # e.g. the database is unavailable: say so instead of a traceback
        show_error(exc)
        st.stop()
    navigation.run()


if __name__ != "__mp_main__":  # a spawned worker re-running this file: no dashboard there
    main()
