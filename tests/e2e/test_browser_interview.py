"""In a real browser: a three-question mock interview for a posting — a thin answer gets a follow-up, every answer
gets a score card with its rubric parts and the scorer label, then the interview ends with a summary."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from core.config import Settings
from core.context import build_context
from core.db.models import JobPosting, JobSkill
from core.db.session import session_scope
from core.profiles import create_profile
from core.resumes import add_resume_text
from tests.e2e.conftest import CHROMIUM
from tests.interview.conftest import JOB_SKILLS, POSTING, RESUME
from tests.interview.test_scoring import ANSWERS, STAR_ANSWER

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"
THIN = "Not sure, I read about it once."
FOLLOW_UP = ("For example in my last project we used it for 3 services because it reduced deploy time by 40%, "
             "but it needed careful monitoring and alerting.")
LLM_ENV = ("LLM_BASE_URL", "LLM_API_KEY", "OPENAI_BASE_URL", "OPENAI_API_KEY")


@pytest.fixture
def browser(request):
    """The shared Playwright page; without chromium: skip, or fail when SKILLGAP_REQUIRE_BROWSER=1."""
    if not CHROMIUM.exists():
        reason = "Debian chromium not installed at /usr/bin/chromium (apt-get install -y chromium)"
        if os.environ.get("SKILLGAP_REQUIRE_BROWSER") == "1":
            pytest.fail(f"SKILLGAP_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)
    return request.getfixturevalue("page")


@pytest.fixture
def server(tmp_path, monkeypatch, request) -> str:
    """The dashboard over a tmp data dir seeded with a profile, a resume and one posting (no LLM configured)."""
    for key in LLM_ENV:
        monkeypatch.delenv(key, raising=False)
    ctx = build_context(Settings(data_dir=tmp_path / "data"))
    profile = create_profile(ctx.engine, "Priya")
    add_resume_text(ctx, profile.id, RESUME)
    with session_scope(ctx.engine) as db:
        posting = JobPosting(source="test", external_id="nimbus-1", text_hash="h1", title="Senior Backend Engineer",
                             company="Nimbus", city="Berlin", role_family="backend", seniority="senior",
                             description=POSTING)
        db.add(posting)
        db.flush()
        for skill_id, requirement in JOB_SKILLS:
            db.add(JobSkill(posting_id=posting.id, skill_id=skill_id, name=skill_id, requirement=requirement))
    ctx.engine.dispose()
    return request.getfixturevalue("streamlit_server")


def _settle(page) -> None:
    """Wait until the script run is over (no stale elements, no running indicator)."""
    page.wait_for_function("document.querySelectorAll('[data-stale=\"true\"]').length === 0")
    page.get_by_test_id("stStatusWidget").wait_for(state="hidden")


def _screenshot(page, path: Path) -> None:
    """Streamlit scrolls inside its main container, so grow the viewport to the content first."""
    height = page.evaluate("Math.max(...Array.from(document.querySelectorAll('section, div'), e => e.scrollHeight))")
    page.set_viewport_size({"width": 1440, "height": int(height) + 120})
    _settle(page)
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size({"width": 1440, "height": 1000})


def _good(question: str) -> str:
    """A strong answer for the question's skill, else a STAR story."""
    for skill, (strong, _) in ANSWERS.items():
        if re.search(rf"\b{skill}\b", question, re.I):
            return strong
    return STAR_ANSWER


def _send(page, text: str) -> None:
    box = page.get_by_test_id("stChatInputTextArea")
    box.fill(text)
    box.press("Enter")
    page.wait_for_timeout(300)  # let the rerun start before waiting for it to end (not an assertion)
    _settle(page)


def _last_message(page):
    return page.get_by_test_id("stChatMessage").last


def test_three_question_interview_in_the_browser(server, browser):
    from playwright.sync_api import expect

    expect.set_options(timeout=240_000)  # the first scored answer loads the embedding model
    page = browser
    page.goto(f"{server}/interview")
    expect(page.get_by_role("heading", name="Start a new interview")).to_be_visible()
    page.get_by_text("A job posting", exact=True).click()
    _settle(page)
    picker = page.get_by_role("combobox", name="Job posting")
    expect(picker).to_have_value("Senior Backend Engineer · Nimbus · Berlin")
    page.get_by_role("button", name="Start interview").click()
    expect(page.get_by_text("Question 1 of 6")).to_be_visible()
    _settle(page)

    scores = page.get_by_text(re.compile(r"^Score \d(\.\d)? / 5$"))
    for number in (1, 2, 3):
        question = page.get_by_test_id("stChatMessage").filter(has_text=f"Question {number} of 6")
        expect(question).to_have_count(1)
        text = question.inner_text()
        if number == 1:
            _send(page, THIN)
            expect(_last_message(page)).to_contain_text("Follow-up")
        _send(page, _good(text))
        if scores.count() < number:  # a follow-up was asked for this answer too
            expect(_last_message(page)).to_contain_text("Follow-up")
            _send(page, FOLLOW_UP)
        expect(scores).to_have_count(number)
    expect(page.get_by_text("3 of 6 questions done")).to_be_visible()
    expect(page.get_by_text("Scored by template engine").first).to_be_visible()
    for part in ("Key points", "Structure", "Specificity", "Relevance"):
        expect(page.get_by_text(re.compile(rf"^{part}")).first).to_be_visible()
    expect(page.get_by_text("You did not mention:").first).to_be_visible()
    _screenshot(page, SHOTS / "interview.png")

    page.get_by_role("button", name="End interview").click()
    expect(page.get_by_text("Interview finished")).to_be_visible()
    _settle(page)
    expect(page.get_by_role("heading", name="Summary")).to_be_visible()
    answered = page.get_by_test_id("stMetric").filter(has_text="Answered")
    expect(answered).to_contain_text("3")
    expect(page.get_by_text("Feedback from the template engine")).to_be_visible()
    expect(page.get_by_test_id("stChatInput")).to_have_count(0)
    page.get_by_role("heading", name="Summary").scroll_into_view_if_needed()
    _screenshot(page, SHOTS / "interview_summary.png")
    assert (SHOTS / "interview.png").stat().st_size > 10_000
