"""In a real browser: on the Gaps page, answer a clarification card and watch the report change; then undo."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.config import Settings
from core.context import build_context
from core.profiles import create_profile
from core.resumes import add_resume_text
from tests.gaps.market_fixture import seed_market

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = ROOT / "docs" / "screenshots" / "clarify.png"
SKILLS = {"python": (0.9, "required"), "sql": (0.85, "required"), "apache_spark": (0.6, "required"),
          "apache_airflow": (0.5, "preferred"), "docker": (0.45, "preferred"), "aws": (0.55, "required"),
          "kubernetes": (0.5, "required"), "apache_kafka": (0.4, "required")}
RESUME = """Asha Rao
asha@example.com | Pune, India

EXPERIENCE
Data Engineer, Acme Analytics
Jan 2021 - Present
Built batch pipelines with Python and SQL, shipped with Docker on AWS.
Used Docker daily, Swift releases weekly.

SKILLS
Python (4 years), SQL, Docker, AWS
"""


def _seed(data_dir: Path) -> None:
    """A profile with a resume and a small aggregated demo market, written before the browser connects."""
    ctx = build_context(Settings(data_dir=data_dir))
    profile = create_profile(ctx.engine, "Asha")
    add_resume_text(ctx, profile.id, RESUME)
    seed_market(ctx.engine, 90, skills=SKILLS, cities=("Berlin", "Pune"))
    ctx.engine.dispose()


def _settle(page) -> None:
    """Wait until the script run is over (no stale elements, no running indicator)."""
    page.wait_for_function("document.querySelectorAll('[data-stale=\"true\"]').length === 0")
    page.get_by_test_id("stStatusWidget").wait_for(state="hidden")


def _match(page) -> int:
    value = page.get_by_test_id("stMetric").filter(has_text="Overall match").get_by_test_id("stMetricValue")
    return int(value.inner_text().strip().rstrip("%"))


def test_answering_a_card_changes_the_gap_report(streamlit_server, page, tmp_path):
    from playwright.sync_api import expect

    _seed(tmp_path / "data")
    page.goto(f"{streamlit_server}/gaps")
    expect(page.get_by_text("Quick questions")).to_be_visible(timeout=180_000)
    _settle(page)
    rows = page.locator(".sg-gt-row")
    expect(rows.filter(has_text="Kubernetes")).to_have_count(1)
    before = _match(page)

    card = page.locator("[class*='st-key-sg-q-gaps-']").filter(has_text="ask for Kubernetes")
    expect(card).to_contain_text("In your Data Engineer role")
    card.get_by_text("Yes, in depth").click()
    _settle(page)
    # the rerun after choosing can still be redrawing the cards: click the card's Save once it is enabled
    save = card.get_by_role("button", name="Save answer", disabled=False)
    expect(save).to_have_count(1)
    save.click()
    expect(page.get_by_text("Saved: Kubernetes added at L3")).to_be_visible()
    _settle(page)
    expect(rows.filter(has_text="Kubernetes")).to_have_count(0)
    assert _match(page) > before
    expect(page.locator("[class*='st-key-sg-q-gaps-']").filter(has_text="ask for Kubernetes")).to_have_count(0)

    page.get_by_text("Quick questions").scroll_into_view_if_needed()
    page.wait_for_timeout(400)  # scrolling settles, for the picture only (not an assertion)
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000

    page.locator("[class*='st-key-sg-q-last-gaps']").get_by_role("button", name="Undo").click()
    _settle(page)
    expect(rows.filter(has_text="Kubernetes")).to_have_count(1)
    assert _match(page) == before
    expect(page.locator("[class*='st-key-sg-q-gaps-']").filter(has_text="ask for Kubernetes")).to_have_count(1)
    assert re.search(r"\d+%", page.get_by_test_id("stMetric").first.inner_text())
