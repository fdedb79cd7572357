"""In a real browser the dashboard asks nothing of the internet: every request goes to the local server.

A ":material/..." page icon made the browser fetch the favicon from fonts.gstatic.com (Streamlit builds that URL);
the page icon is our logo file now."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.e2e


def test_pages_only_request_the_local_server(streamlit_server, page):
    from playwright.sync_api import expect

    outside: list[str] = []

    def guard(route):
        host = urlparse(route.request.url).hostname
        if host in ("127.0.0.1", "localhost", "::1"):
            route.continue_()
        else:  # never let it out; record it
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    for path in ("resume", "market", "data"):
        page.goto(f"{streamlit_server}/{path}")
        expect(page.locator("h1").first).to_be_visible(timeout=180_000)
        page.wait_for_timeout(1500)
    assert outside == []
