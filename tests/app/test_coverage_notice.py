"""Honest coverage through AppTest: no silent default family on the Gaps page; the Resume page says where it placed."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components import state
from core.config import Settings
from core.context import build_context
from core.profiles import create_profile
from core.resumes import add_resume_text
from tests.app.test_gaps_page import APP, TIMEOUT, _text, data_dir  # noqa: F401  (fixture)
from tests.gaps.market_fixture import seed_market

NURSING = {"patient_assessment": (0.9, "required"), "medication_administration": (0.8, "required"),
           "bls": (0.7, "required"), "electronic_health_records": (0.5, "preferred")}
BACKEND = {"python": (0.9, "required"), "sql": (0.8, "required"), "docker": (0.6, "preferred")}

# Titles nobody can place, but a nurse's skills: the closest family by skills, with a notice.
ODD_TITLES = """Jo Bloggs
jo@example.com | Leeds, UK

EXPERIENCE
Wayfinder, Riverside Trust
Jan 2019 - Present
Patient assessment and medication administration on a busy ward; electronic health records daily.

SKILLS
Patient assessment, medication administration, Basic Life Support (BLS), electronic health records
"""
NURSE = ODD_TITLES.replace("Wayfinder", "Registered Nurse")


def _seed(data_dir: Path, resume: str, nursing_postings: int = 80) -> None:
    ctx = build_context(Settings(data_dir=data_dir))
    profile = create_profile(ctx.engine, "Jo")
    add_resume_text(ctx, profile.id, resume)
    seed_market(ctx.engine, 120, skills=BACKEND, family="backend", tag="b")  # the first family and the biggest
    seed_market(ctx.engine, nursing_postings, skills=NURSING, family="nursing", tag="n", seed=4)
    ctx.engine.dispose()


def _page(path: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    at.switch_page(path)
    at.run()
    assert not at.exception, at.exception
    return at


@pytest.mark.parametrize("resume, postings, role, notice", [
    (NURSE, 80, "nursing", None),  # placed, enough postings: no notice
    (ODD_TITLES, 80, "nursing", "could not tell your occupation"),  # not placed: closest by skills, said so
    (NURSE, 20, "nursing", "only 20 Nursing postings"),  # placed, thin family: said so
])
def test_gaps_page_never_defaults_silently(data_dir, resume, postings, role, notice):  # noqa: F811
    _seed(data_dir, resume, postings)
    at = _page("app_pages/gaps.py")
    assert at.selectbox(key=state.GAPS_ROLE).value == role
    warnings = " ".join(str(w.value) for w in at.warning).replace("\\", "")
    if notice is None:
        assert "not sure" not in warnings and "could not tell" not in warnings
    else:
        assert notice in warnings
        assert "Nursing (" in warnings or "Nursing postings" in warnings


def test_resume_page_says_where_it_placed(data_dir):  # noqa: F811
    _seed(data_dir, NURSE)
    at = _page("app_pages/resume.py")
    assert "Registered Nurses" in _text(at) and "Nursing family" in _text(at)


def test_use_button_makes_the_closest_family_the_target(data_dir):  # noqa: F811
    _seed(data_dir, ODD_TITLES)
    at = _page("app_pages/gaps.py")
    assert at.selectbox(key=state.GAPS_ROLE).value == "nursing"  # the closest family, said so
    at.selectbox(key=state.GAPS_ROLE).set_value("backend").run()
    assert "could not tell" not in " ".join(str(w.value) for w in at.warning)  # the person chose
    at.switch_page("app_pages/resume.py")
    at.run()
    button = next(b for b in at.button if b.label == "Use Nursing")
    button.click()
    at.run()
    assert at.session_state[state.GAPS_ROLE] == "nursing"


def test_market_page_opens_on_the_persons_family(data_dir):  # noqa: F811
    _seed(data_dir, NURSE)  # backend has more postings and comes first in the list
    at = _page("app_pages/market.py")
    assert at.selectbox(key=state.MARKET_ROLE).value == "nursing"
