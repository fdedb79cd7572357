"""Real-browser fixtures: `streamlit run app.py` on a free local port with a tmp data dir, and Debian chromium.

Never downloads a browser: tests skip with a reason when /usr/bin/chromium (apt `chromium`) is missing.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
FIRST_START_POSTINGS = 1200  # above the build's worker-pool threshold (1,000), so the pool runs under Streamlit
EXPECT_TIMEOUT_MS = 120_000  # how long an expect() waits: a cold first extraction loads models (never asserted on)
STARTUP_LIMIT_S = 90  # how long to wait for the server to answer its health check before giving up


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:  # noqa: S310 (local only)
            return resp.status == 200
    except OSError:
        return False


def _serve(tmp_path: Path, **extra_env: str):
    """Run `streamlit run app.py` on a free port with a tmp data dir; yields its base URL, stops it after."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL",)}
    env.update(SKILLGAP_DATA_DIR=str(tmp_path / "data"), HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", **extra_env)
    log = (tmp_path / "streamlit.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_LIMIT_S
    while not _healthy(url):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"streamlit did not start:\n{(tmp_path / 'streamlit.log').read_text()[-3000:]}")
        time.sleep(0.25)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


@pytest.fixture
def streamlit_server(tmp_path):
    """A fresh dashboard on a tmp data dir without the first-start demo build (tests seed what they need)."""
    yield from _serve(tmp_path, SKILLGAP_DEMO_POSTINGS="0")


@pytest.fixture
def first_start_server(tmp_path):
    """A fresh dashboard on an empty data dir that builds a small demo market on first start, as a new user sees."""
    yield from _serve(tmp_path, SKILLGAP_DEMO_POSTINGS=str(FIRST_START_POSTINGS))


@pytest.fixture
def page():
    """A Playwright page in Debian's chromium (skips when it is not installed)."""
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium not installed at /usr/bin/chromium (apt-get install -y chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (python package) not installed")
    sync_api.expect.set_options(timeout=EXPECT_TIMEOUT_MS)
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1440, "height": 1000}, device_scale_factor=1)
        tab = context.new_page()
        tab.set_default_timeout(240_000)  # cold model loads under load; never asserted on
        yield tab
        context.close()
        browser.close()
