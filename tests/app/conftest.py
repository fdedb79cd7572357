"""Page tests start on empty data dirs: no first-start demo build unless a test asks for one
(test_market_page sets SKILLGAP_DEMO_POSTINGS itself; this runs first, so its value wins)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_demo_build(monkeypatch):
    monkeypatch.setenv("SKILLGAP_DEMO_POSTINGS", "0")
