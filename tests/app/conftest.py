"""Page tests start on empty data dirs: no first-start demo build unless a test asks for one
(test_market_page sets SKILLGAP_DEMO_POSTINGS itself; this runs first, so its value wins). Background work a
page started (demo build, Jobs indexing) is waited for after each test, so no thread outlives its data dir or
is still inside torch when the interpreter exits."""

from __future__ import annotations

import threading

import pytest

BACKGROUND_LIMIT_S = 900


@pytest.fixture(autouse=True)
def _no_demo_build(monkeypatch):
    monkeypatch.setenv("SKILLGAP_DEMO_POSTINGS", "0")


@pytest.fixture(autouse=True)
def _join_background_work():
    yield
    for thread in threading.enumerate():
        if thread.name.startswith("skillgap-") and thread is not threading.current_thread():
            thread.join(BACKGROUND_LIMIT_S)
