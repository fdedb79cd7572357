"""The Interview page through AppTest: start from a posting (as the Jobs page hands it over) or a role, answer in
the chat, get a follow-up, see rubric parts and the scorer label, skip, end, summary, past sessions, resume."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components import state
from core import embeddings
from core.config import Settings
from core.context import build_context
from core.db.models import JobPosting, JobSkill
from core.db.session import session_scope
from core.interview.service import InterviewService
from core.interview.targets import InterviewTarget
from core.profiles import create_profile, list_profiles
from core.resumes import add_resume_text
from tests.app.navigation import away_and_back
from tests.interview.conftest import JOB_SKILLS, POSTING, RESUME
from tests.interview.test_scoring import ANSWERS, STAR_ANSWER

APP = Path(__file__).resolve().parents[2] / "app.py"
TIMEOUT = 180  # the first run loads the taxonomy; generous, never asserted on
THIN = "Not sure, I read about it once."


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("SKILLGAP_DATA_DIR", str(path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    for key in ("LLM_BASE_URL", "LLM_API_KEY", "OPENAI_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(key, raising=False)

    def no_model(settings):  # page tests use the word-match fallback (the embedder has its own tests)
        raise ImportError("no embedding model in page tests")

    monkeypatch.setattr(embeddings, "make_embedder", no_model)
    return path


def _seed(data_dir: Path, resume: bool = True) -> int:
    """A profile with the backend resume and one senior backend posting; returns the posting id."""
    ctx = build_context(Settings(data_dir=data_dir))
    profile = create_profile(ctx.engine, "Priya")
    if resume:
        add_resume_text(ctx, profile.id, RESUME)
    with session_scope(ctx.engine) as db:
        posting = JobPosting(source="test", external_id="nimbus-1", text_hash="h1", title="Senior Backend Engineer",
                             company="Nimbus", city="Berlin", role_family="backend", seniority="senior",
                             description=POSTING)
        db.add(posting)
        db.flush()
        for skill_id, requirement in JOB_SKILLS:
            db.add(JobSkill(posting_id=posting.id, skill_id=skill_id, name=skill_id, requirement=requirement))
        job_id = int(posting.id)
    ctx.engine.dispose()
    return job_id


def _open(job_id: int | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    if job_id is not None:
        at.session_state[state._INTERVIEW_JOB] = job_id  # what the Jobs page's button sets
    at.switch_page("app_pages/interview.py")
    at.run()
    assert not at.exception, at.exception
    return at


def _text(at: AppTest) -> str:
    parts = [str(e.value) for kind in ("markdown", "caption", "info", "warning", "error", "success", "subheader")
             for e in at.get(kind)]
    return "\n".join(parts)


def _button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def _answer(at: AppTest, text: str) -> None:
    at.chat_input(key=state.INTERVIEW_ANSWER).set_value(text).run()
    assert not at.exception, at.exception


def _good(question_text: str) -> str:
    for skill, (strong, _) in ANSWERS.items():
        if skill.lower() in question_text.lower() or (skill == "python" and "Python" in question_text):
            return strong
    return STAR_ANSWER


def _question(at: AppTest) -> str:
    """The text of the last question shown."""
    return [str(m.value) for m in at.markdown if "?" in str(m.value) or str(m.value).startswith("Tell me")][-1]


def test_without_a_profile_the_page_asks_for_one(data_dir):
    at = _open()
    assert at.title[0].value == "Interview"
    assert "Create a profile in the sidebar to start." in _text(at)


def test_jobs_page_target_chat_follow_up_skip_end_and_summary(data_dir):
    job_id = _seed(data_dir)
    at = _open(job_id)
    assert at.segmented_control(key=state.INTERVIEW_TARGET_KIND).value == "job"
    assert at.selectbox(key=state.INTERVIEW_JOB_SELECT).value == job_id
    at.slider(key=state.INTERVIEW_LENGTH).set_value(5).run()
    _button(at, "Start interview").click().run()
    assert not at.exception, at.exception
    text = _text(at)
    assert "Senior Backend Engineer · Nimbus" in text and "Questions from the template bank" in text
    assert "Question 1 of 5" in text and "0 of 5 questions done" in str(at.get("progress")[0].proto.text)
    assert len(at.chat_message) == 1

    _answer(at, THIN)
    text = _text(at)
    assert "Follow-up" in text and THIN in text.replace("\\", "")
    _answer(at, _good(_question(at)))
    text = _text(at)
    assert "Score " in text and "/ 5" in text and "Scored by template engine" in text
    assert "Question 2 of 5" in text
    labels = [str(p.proto.text) for p in at.get("progress")]
    assert any(label.startswith("Key points") for label in labels)
    assert any(label.startswith("Structure") for label in labels)
    assert any("word match" in str(c.value) for c in at.caption)

    _button(at, "Skip question").click().run()
    assert "Skipped." in _text(at) and "Question 3 of 5" in _text(at)
    _button(at, "End interview").click().run()
    assert not at.exception, at.exception
    text = _text(at)
    assert "Interview finished" in text and "Summary" in text
    assert next(m.value for m in at.metric if m.label == "Answered") == "1"
    assert next(m.value for m in at.metric if m.label == "Skipped") == "1"
    assert "Resources for your weak topics" in text or "Strengths" in text
    assert "Feedback from the template engine" in text
    assert not at.get("chat_input") or not any(c.key == state.INTERVIEW_ANSWER for c in at.get("chat_input"))

    _button(at, "All interviews").click().run()
    assert "Past interviews" in _text(at)
    table = at.dataframe[-1].value
    assert list(table["Status"]) == ["finished"] and list(table["Answered"]) == ["1/5"]


def test_role_target_and_resume_an_unfinished_session(data_dir):
    _seed(data_dir)
    at = _open()
    at.selectbox(key=state.INTERVIEW_ROLE).set_value("backend").run()
    at.selectbox(key=state.INTERVIEW_SENIORITY).set_value("junior").run()
    _button(at, "Start interview").click().run()
    assert "Backend Engineer · junior" in _text(at) and "junior level" in _text(at)
    _answer(at, ANSWERS["python"][0])  # whatever the first question is, the transcript keeps the answer

    again = _open()  # a new browser session: offer to resume
    assert "Unfinished interview:" in _text(again) and "Backend Engineer · junior" in _text(again)
    _button(again, "Resume it").click().run()
    assert not again.exception, again.exception
    text = _text(again).replace("\\", "")
    assert "lean on the core data structures" in text
    assert "1 of 5 questions done" in str(again.get("progress")[0].proto.text) or "Follow-up" in text


def test_a_session_of_another_profile_is_not_shown(data_dir):
    job_id = _seed(data_dir)
    ctx = build_context(Settings(data_dir=data_dir))
    other = create_profile(ctx.engine, "Other")
    view = InterviewService(ctx).start(other.id, InterviewTarget.job(job_id), length=5)
    ctx.engine.dispose()
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    priya = next(p.id for p in list_profiles(build_context(Settings(data_dir=data_dir)).engine) if p.name == "Priya")
    at.session_state[state.PROFILE_SELECT] = priya
    at.session_state[state._INTERVIEW_SESSION] = view.id
    at.switch_page("app_pages/interview.py")
    at.run()
    assert not at.exception, at.exception
    text = _text(at)
    assert "Start a new interview" in text and "Unfinished interview" not in text and "Docker" not in text


def _add_posting(data_dir: Path) -> int:
    """A second posting to pick from; its id."""
    ctx = build_context(Settings(data_dir=data_dir))
    with session_scope(ctx.engine) as db:
        posting = JobPosting(source="test", external_id="orbit-1", text_hash="h2", title="Backend Engineer",
                             company="Orbit", city="London", role_family="backend", seniority="mid",
                             description=POSTING + " Orbit.")
        db.add(posting)
        db.flush()
        job_id = int(posting.id)
    ctx.engine.dispose()
    return job_id


def test_choices_survive_a_visit_to_another_page(data_dir):
    first = _seed(data_dir)
    second = _add_posting(data_dir)
    at = _open()
    at.selectbox(key=state.INTERVIEW_ROLE).set_value("backend").run()
    at.selectbox(key=state.INTERVIEW_CITY).set_value("Berlin")
    at.selectbox(key=state.INTERVIEW_SENIORITY).set_value("senior")
    at.slider(key=state.INTERVIEW_LENGTH).set_value(8)
    at.run()
    away_and_back(at, "app_pages/interview.py")
    assert at.segmented_control(key=state.INTERVIEW_TARGET_KIND).value == "market"
    assert at.selectbox(key=state.INTERVIEW_ROLE).value == "backend"
    assert at.selectbox(key=state.INTERVIEW_CITY).value == "Berlin"
    assert at.selectbox(key=state.INTERVIEW_SENIORITY).value == "senior"
    assert at.slider(key=state.INTERVIEW_LENGTH).value == 8

    at.segmented_control(key=state.INTERVIEW_TARGET_KIND).set_value("job").run()
    at.selectbox(key=state.INTERVIEW_JOB_SELECT).set_value(first).run()
    away_and_back(at, "app_pages/interview.py")
    assert at.segmented_control(key=state.INTERVIEW_TARGET_KIND).value == "job"
    assert at.selectbox(key=state.INTERVIEW_JOB_SELECT).value == first

    # "Practise an interview for this job" on the Jobs page still sets the target (a set value wins)
    at.segmented_control(key=state.INTERVIEW_TARGET_KIND).set_value("market").run()
    at.session_state[state._INTERVIEW_JOB] = second
    away_and_back(at, "app_pages/interview.py")
    assert at.segmented_control(key=state.INTERVIEW_TARGET_KIND).value == "job"
    assert at.selectbox(key=state.INTERVIEW_JOB_SELECT).value == second
    at.segmented_control(key=state.INTERVIEW_TARGET_KIND).set_value("market").run()
    assert at.selectbox(key=state.INTERVIEW_ROLE).value == "backend"
    assert at.slider(key=state.INTERVIEW_LENGTH).value == 8
    _button(at, "Start interview").click().run()
    assert not at.exception, at.exception
    text = _text(at)
    assert "Berlin" in text and "senior level" in text and "Question 1 of 8" in text, text


def test_the_role_starts_on_the_persons_family(data_dir):
    _seed(data_dir)  # a backend developer's resume
    at = _open()
    assert at.selectbox(key=state.INTERVIEW_ROLE).value == "backend"  # not the alphabetically first family
