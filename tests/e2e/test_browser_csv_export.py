"""In a real browser: st.dataframe's built-in "Download as CSV" (cells written verbatim, formulas included) is
hidden by components/theme.py; the table's other toolbar buttons stay."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e

RESUME = """Formula Tester
+49 30 1234 5678
EXPERIENCE
=HYPERLINK("http://evil.test","Lead"), Acme Analytics
Jan 2020 - Present
Built pipelines in Python and SQL.
Data Engineer, Beta Corp
Jun 2017 - Dec 2019
Spark jobs.
SKILLS
Python, SQL, Spark
"""


def test_dataframe_toolbar_offers_no_unsafe_csv_download(streamlit_server, page):
    from playwright.sync_api import expect

    page.goto(streamlit_server)
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_label("Profile name").fill("Formula")
    sidebar.get_by_role("button", name="Create profile").click()
    expect(page.get_by_text("No resume for")).to_be_visible(timeout=240_000)
    page.get_by_role("tab", name="Paste text").click()
    page.get_by_label("Resume text").fill(RESUME)
    page.get_by_role("button", name="Analyse pasted text").click()
    page.get_by_role("tab", name="Experience").click()
    table = page.get_by_test_id("stDataFrame").first
    expect(table).to_be_visible(timeout=240_000)
    table.hover()
    toolbar = page.get_by_test_id("stElementToolbar").first
    expect(toolbar.get_by_role("button", name="Search")).to_be_visible()
    download = toolbar.get_by_role("button", name="Download as CSV", include_hidden=True)
    expect(download).to_have_count(1)  # rendered by Streamlit...
    expect(download).to_be_hidden()  # ...and hidden by our CSS
