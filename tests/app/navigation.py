"""Page navigation steps shared by the page tests (AppTest)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def away_and_back(at: AppTest, page: str, away: str = "app_pages/resume.py") -> None:
    """Visit another page for two runs (Streamlit drops the values of widgets a run did not draw at the end of
    that run), then come back to `page`; fails when the other page did not show or the return raised."""
    here = at.title[0].value if at.title else None
    at.switch_page(away)
    at.run()
    at.run()
    assert at.title and at.title[0].value != here  # really on the other page
    at.switch_page(page)
    at.run()
    assert not at.exception, at.exception
