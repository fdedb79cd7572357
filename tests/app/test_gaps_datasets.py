"""The Gaps page offers both markets once you have postings of your own (AppTest): a handful of your postings
must not hide the demo market, and the report follows the dataset chosen."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from components import state
from core.config import Settings
from core.context import build_context
from core.gaps.records import GapTarget
from core.profiles import create_profile
from core.resumes import add_resume_text
from tests.app.test_gaps_page import RESUME, SKILLS, data_dir  # noqa: F401  (fixture)
from tests.gaps.market_fixture import seed_market

APP = Path(__file__).resolve().parents[2] / "app.py"


def _seed(data_dir: Path, yours: int) -> None:
    ctx = build_context(Settings(data_dir=data_dir))
    add_resume_text(ctx, create_profile(ctx.engine, "Maya").id, RESUME)
    seed_market(ctx.engine, 90, skills=SKILLS, cities=("Berlin", "Pune", "London"))
    seed_market(ctx.engine, yours, skills=SKILLS, cities=("Seattle",), demo=False, tag="own", seed=9)
    ctx.engine.dispose()


def _gaps() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=180)
    at.run()
    at.switch_page("app_pages/gaps.py")
    at.run()
    assert not at.exception, at.exception
    return at


def _role_label(at: AppTest) -> str:
    box = at.selectbox(key=state.GAPS_ROLE)
    return box.options[box.index]


def test_a_few_postings_of_your_own_do_not_hide_the_demo_market(data_dir):
    _seed(data_dir, yours=14)
    at = _gaps()
    switch = at.segmented_control(key=state.GAPS_DATASET)
    assert switch.value == "demo"  # 14 of your own are too few to start on
    assert "90 postings" in _role_label(at)
    switch.set_value("yours").run()
    assert not at.exception, at.exception
    assert "14 postings" in _role_label(at)
    assert any("Your postings" in m.value for m in at.markdown)  # the report's dataset badge


def test_enough_postings_of_your_own_start_on_yours(data_dir):
    _seed(data_dir, yours=60)
    at = _gaps()
    assert at.segmented_control(key=state.GAPS_DATASET).value == "yours"
    assert "60 postings" in _role_label(at)


def test_target_keys_keep_the_dataset_and_old_keys_still_read():
    target = GapTarget.market("data_engineer", "Berlin", None, occupation="15-1252.00", dataset="demo")
    assert target.key == "market:data_engineer|Berlin||15-1252.00#demo"
    restored = GapTarget.from_row("market", "data_engineer", "Berlin", None, None, target.key)
    assert restored == target and restored.demo is True
    old = GapTarget.from_row("market", "data_engineer", None, None, None, "market:data_engineer||")
    assert old.dataset is None and old.demo is None and old.occupation is None
