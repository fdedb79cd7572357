"""In a real browser at a phone's width (390 px): the sidebar starts closed and the gap table's rows do not
overlap (each part of a row sits below the previous one, inside the screen)."""

from __future__ import annotations

import pytest

from tests.e2e.test_browser_clarify import _seed, _settle

pytestmark = pytest.mark.e2e
PHONE = {"width": 390, "height": 844}


def _boxes(row) -> list[dict]:
    return [cell.bounding_box() for cell in row.locator(":scope > div").all()]


def test_gap_table_rows_are_readable_on_a_phone(streamlit_server, page, tmp_path):
    from playwright.sync_api import expect

    _seed(tmp_path / "data")
    page.set_viewport_size(PHONE)
    page.goto(f"{streamlit_server}/gaps")
    expect(page.get_by_text("Ranked gaps")).to_be_visible(timeout=180_000)
    _settle(page)
    expect(page.get_by_test_id("stSidebar")).to_have_attribute("data-collapsed", "true")
    rows = page.locator(".sg-gt-row:not(.sg-gt-head)")
    assert rows.count() >= 3
    for i in range(3):
        boxes = [b for b in _boxes(rows.nth(i)) if b and b["height"] > 0]
        assert len(boxes) == 6
        for box in boxes:
            assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] + 1
        below = boxes[1:]  # skill, factors, ROI, hours, resources: one under the other, none overlapping
        for upper, lower in zip(below, below[1:]):
            assert upper["y"] + upper["height"] <= lower["y"] + 1, (i, upper, lower)
