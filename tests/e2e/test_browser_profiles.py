"""In a real browser, as a coach with two clients: a plan and a job target set for one client are not on the
other's Gaps page after switching profiles in the sidebar, and they are back when switching back."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.config import Settings
from core.context import build_context
from core.profiles import create_profile
from core.resumes import add_resume_text
from tests.e2e.test_browser_clarify import RESUME, SKILLS, _settle
from tests.gaps.market_fixture import seed_market

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = ROOT / "docs" / "screenshots" / "profiles-switch.png"


def _seed(data_dir: Path) -> None:
    ctx = build_context(Settings(data_dir=data_dir))
    for name in ("Maya", "Nora"):
        add_resume_text(ctx, create_profile(ctx.engine, name).id, RESUME.replace("Asha Rao", f"{name} Chen"))
    seed_market(ctx.engine, 90, skills=SKILLS, cities=("Berlin", "Pune"))
    ctx.engine.dispose()


def _slider(page, label: str):
    return page.locator("[data-stale='false'], :not([data-stale])").get_by_test_id("stSlider").filter(
        has_text=label).get_by_role("slider").last


def _nudge(page, label: str, target: int) -> None:
    """Move a slider with the keyboard, as a user can, until it shows `target` (a key pressed while the page
    reruns can be dropped, so each press is checked), then wait for the rerun."""
    for _ in range(60):
        value = int(_slider(page, label).get_attribute("aria-valuetext"))
        if value == target:
            break
        _slider(page, label).focus()
        page.keyboard.press("ArrowRight" if value < target else "ArrowLeft")
        _settle(page)
    page.keyboard.press("Tab")
    _settle(page)


def _choose_profile(page, name: str) -> None:
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_test_id("stSelectbox").first.click()
    page.get_by_role("option", name=name, exact=True).click()
    _settle(page)


def test_a_clients_plan_does_not_show_on_another_clients_page(streamlit_server, page, tmp_path):
    from playwright.sync_api import expect

    _seed(tmp_path / "data")
    page.goto(f"{streamlit_server}/gaps")
    expect(page.get_by_text("Your roadmap")).to_be_visible(timeout=180_000)
    _settle(page)
    _choose_profile(page, "Maya")
    _nudge(page, "Study hours per week", 20)  # from 8
    _nudge(page, "Plan length (weeks)", 8)  # from 4
    expect(_slider(page, "Study hours per week")).to_have_attribute("aria-valuetext", "20")
    expect(page.get_by_text("packed into 20 h a week")).to_be_visible()

    _choose_profile(page, "Nora")
    expect(page.get_by_text("packed into 8 h a week")).to_be_visible()
    expect(_slider(page, "Study hours per week")).to_have_attribute("aria-valuetext", "8")
    expect(_slider(page, "Plan length (weeks)")).to_have_attribute("aria-valuetext", "4")
    expect(page.get_by_text("20 h a week")).to_have_count(0)
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=True)

    _choose_profile(page, "Maya")
    expect(_slider(page, "Study hours per week")).to_have_attribute("aria-valuetext", "20")
    expect(_slider(page, "Plan length (weeks)")).to_have_attribute("aria-valuetext", "8")
