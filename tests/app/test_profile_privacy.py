"""Privacy between profiles in one browser tab: every page choice belongs to the profile that made it (AppTest).

A coach switches between clients in the sidebar; one client's job target, plan, filters, interview posting and
open panels must not show on another's pages, and must come back when the coach switches back.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components import profile_scope, state
from core.config import Settings
from core.context import build_context
from core.profiles import create_profile
from core.resumes import add_resume_text
from tests.app.test_gaps_page import RESUME, SKILLS, data_dir  # noqa: F401  (fixture)
from tests.gaps.market_fixture import seed_market

APP = Path(__file__).resolve().parents[2] / "app.py"
TIMEOUT = 180


def _seed(data_dir: Path) -> tuple[int, int, int]:
    """Two profiles with a resume each, a market and one posting: (maya id, nurse id, posting id)."""
    ctx = build_context(Settings(data_dir=data_dir))
    maya = create_profile(ctx.engine, "Maya")
    nurse = create_profile(ctx.engine, "Nora")
    add_resume_text(ctx, maya.id, RESUME)
    add_resume_text(ctx, nurse.id, RESUME.replace("Asha Rao", "Nora Lee"))
    seed_market(ctx.engine, 90, skills=SKILLS, cities=("Berlin", "Pune", "London"))
    job_id = seed_market(ctx.engine, 1, skills=SKILLS, tag="job", seed=5)[0]
    ctx.engine.dispose()
    return maya.id, nurse.id, job_id


def _switch(at: AppTest, profile_id: int) -> None:
    at.selectbox(key=state.PROFILE_SELECT).set_value(profile_id)
    at.run()
    assert not at.exception, at.exception


def test_a_profiles_target_plan_and_choices_stay_with_it(data_dir):
    maya, nurse, job_id = _seed(data_dir)
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    _switch(at, maya)
    at.session_state[state._GAP_TARGET_JOB] = job_id  # Maya chose a posting on the Jobs page ...
    at.session_state[state._INTERVIEW_JOB] = job_id  # ... and to practise an interview for it
    at.session_state[state.JOBS_MIN_SALARY] = 150_000  # a Jobs filter
    at.switch_page("app_pages/gaps.py")
    at.run()
    at.slider(key=state.GAPS_HOURS).set_value(20)
    at.slider(key=state.GAPS_WEEKS).set_value(8)
    at.run()
    assert at.segmented_control(key=state.GAPS_MODE).value == "job"
    assert not at.exception, at.exception

    _switch(at, nurse)
    assert at.slider(key=state.GAPS_HOURS).value == 8 and at.slider(key=state.GAPS_WEEKS).value == 4
    assert at.segmented_control(key=state.GAPS_MODE).value == "market"
    assert state._GAP_TARGET_JOB not in at.session_state or at.session_state[state._GAP_TARGET_JOB] is None
    assert state._INTERVIEW_JOB not in at.session_state
    assert at.session_state[state.JOBS_MIN_SALARY] == 0  # the filter's default, set so the browser redraws it

    _switch(at, maya)  # back: Maya's choices are hers again
    assert at.slider(key=state.GAPS_HOURS).value == 20 and at.slider(key=state.GAPS_WEEKS).value == 8
    assert at.segmented_control(key=state.GAPS_MODE).value == "job"
    assert at.session_state[state._INTERVIEW_JOB] == job_id
    assert at.session_state[state.JOBS_MIN_SALARY] == 150_000


def test_the_sidebar_manage_panel_and_delete_tick_do_not_follow_a_switch(data_dir):
    maya, nurse, _ = _seed(data_dir)
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    _switch(at, maya)
    at.checkbox(key=state.CONFIRM_DELETE).check()
    at.run()
    _switch(at, nurse)
    assert at.checkbox(key=state.CONFIRM_DELETE).value is False
    _switch(at, maya)
    assert at.checkbox(key=state.CONFIRM_DELETE).value is False  # a ticked "delete" is never brought back


@pytest.mark.parametrize("key, scoped", [
    (state.GAPS_HOURS, True), (state.JOBS_CITY, True), (state.INTERVIEW_JOB_SELECT, True),
    (state._INTERVIEW_SESSION, True), (state._OPEN_JOB, True), (state.MARKET_ROLE, True),
    (state.RESUME_PASTE, True), (state.clarify_widget_key("gaps", "q1", "choice"), True),
    (state.PROFILE_SELECT, False), (state.NEW_PROFILE_NAME, False), (state._SETTINGS, False),
    (profile_scope.STASH, False), ("$$WIDGET_ID-abc", False), (3, False),
])
def test_which_keys_belong_to_the_profile(key, scoped):
    assert profile_scope.is_scoped(key) is scoped


def test_switch_puts_aside_and_restores_plain_mapping():
    session = {state.GAPS_HOURS: 20, state.CONFIRM_DELETE: True, state.PROFILE_SELECT: 1}
    profile_scope.switch(session, 1, 2)
    assert state.GAPS_HOURS not in session and state.CONFIRM_DELETE not in session
    session[state.GAPS_HOURS] = 5
    profile_scope.switch(session, 2, 1)
    assert session[state.GAPS_HOURS] == 20 and state.CONFIRM_DELETE not in session
    profile_scope.forget(session, 2)
    profile_scope.switch(session, 1, 2)
    assert state.GAPS_HOURS not in session  # the deleted profile's choices are gone


def test_resume_versions_have_distinct_numbered_labels(data_dir):
    maya, _, _ = _seed(data_dir)
    ctx = build_context(Settings(data_dir=data_dir))
    add_resume_text(ctx, maya, RESUME + "\nAlso: Docker\n")  # same file name, same minute
    ctx.engine.dispose()
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    _switch(at, maya)
    box = at.selectbox(key=state.RESUME_HISTORY)
    labels = list(box.options)  # AppTest gives the formatted labels
    assert len(set(labels)) == 2
    assert labels[0].startswith("Version 2") and labels[0].endswith("(latest)")
    assert labels[1].startswith("Version 1")


def test_fixed_default_widgets_are_set_on_a_switch_so_the_browser_redraws_them():
    """Clearing a key is not enough: Streamlit redraws a widget in the browser only when code set its value, so
    a cleared Jobs city or pasted resume text would still show the previous client's value there."""
    session = {state.JOBS_CITY: "Seattle", state.RESUME_PASTE: "Maya Chen ... resume", state.PROFILE_SELECT: 1}
    profile_scope.switch(session, 1, 2, state.WIDGET_DEFAULTS)
    assert session[state.JOBS_CITY] == "Anywhere" and session[state.RESUME_PASTE] == ""
    profile_scope.switch(session, 2, 1, state.WIDGET_DEFAULTS)
    assert session[state.JOBS_CITY] == "Seattle" and session[state.RESUME_PASTE] == "Maya Chen ... resume"


def test_uploaders_are_a_new_widget_per_profile():
    assert state.uploader_key(state.RESUME_UPLOAD, 1) != state.uploader_key(state.RESUME_UPLOAD, 2)
