"""In a real browser, a new user's first start on an empty data dir: the landing page says the demo market is
being built (the build starts by itself, from any page), the Market page shows a progress bar and then a
populated, labelled demo market, and the Data page counts what was built."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import FIRST_START_POSTINGS

pytestmark = pytest.mark.e2e
SHOTS = "docs/screenshots"


def test_first_start_builds_the_demo_market_with_progress(first_start_server, page):
    from playwright.sync_api import expect

    page.goto(first_start_server)  # the Resume page: nothing asked for the market yet
    expect(page.get_by_text("Building the demo market")).to_be_visible(timeout=120_000)

    page.goto(f"{first_start_server}/market")
    expect(page.get_by_text("Demo data").first).to_be_visible(timeout=600_000)
    expect(page.locator(".js-plotly-plot").first).to_be_visible(timeout=120_000)  # the charts are drawn
    page.screenshot(path=f"{SHOTS}/first_start_market.png", full_page=False)

    page.goto(f"{first_start_server}/data")
    postings = page.get_by_test_id("stMetric").filter(has_text="Postings").first
    expect(postings).to_be_visible(timeout=120_000)
    shown = int(re.search(r"Postings\s*([\d,]+)", postings.inner_text()).group(1).replace(",", ""))
    assert 0.9 * FIRST_START_POSTINGS <= shown <= FIRST_START_POSTINGS  # a few generated duplicates are dropped
    expect(page.get_by_text("Building the demo market")).to_have_count(0)  # the banner is gone once ready
