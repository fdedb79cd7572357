"""The Resume page through Streamlit's AppTest: profile in the sidebar, paste/upload, skills, years, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components import state
from core.config import Settings
from core.db.session import make_engine
from core.profiles import list_profiles

APP = Path(__file__).resolve().parents[2] / "app.py"
TIMEOUT = 120  # first run builds the taxonomy index; generous, never asserted on

RESUME = """Priya Sharma
priya@example.com | Pune, India

SUMMARY
Data engineer building reliable pipelines.

EXPERIENCE
Senior Data Engineer, Acme Analytics
Jan 2020 - Dec 2023
Built batch pipelines in Python and SQL on PostgreSQL. Deployed services with Docker.

Data Engineer, Beta Corp
Jan 2017 - Dec 2019
Wrote Python jobs and tuned PostgreSQL queries.

EDUCATION
B.Tech Computer Science, Pune University, 2016

SKILLS
Python, SQL, PostgreSQL, Docker
"""


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("SKILLGAP_DATA_DIR", str(path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return path


def _resume_rows(data_dir: Path, name: str) -> int:
    from core.context import AppContext
    from core.resumes import list_resumes

    engine = make_engine(Settings(data_dir=data_dir))
    try:
        profile = next(p for p in list_profiles(engine) if p.name == name)
        ctx = AppContext(settings=Settings(data_dir=data_dir), engine=engine, taxonomy=None, extractor=None)
        return len(list_resumes(ctx, profile.id))
    finally:
        engine.dispose()


def _start(data_dir) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, at.exception
    return at


def _create_profile(at: AppTest, name: str) -> None:
    at.sidebar.text_input(key=state.NEW_PROFILE_NAME).set_value(name)
    next(b for b in at.sidebar.button if b.label == "Create profile").click()
    at.run()
    assert not at.exception, at.exception


def _texts(elements) -> str:
    return "\n".join(str(e.value) for e in elements)


def test_empty_state_asks_for_a_profile(data_dir):
    at = _start(data_dir)
    assert "Create a profile in the sidebar to start." in _texts(at.info)
    assert at.title[0].value == "Resume"


def test_create_profile_paste_resume_see_skills_and_years(data_dir):
    at = _start(data_dir)
    _create_profile(at, "  Priya  ")
    assert at.sidebar.selectbox(key=state.PROFILE_SELECT).value is not None
    assert "Created profile" in _texts(at.sidebar.success)
    assert "No resume for" in _texts(at.info)

    at.text_area(key=state.RESUME_PASTE).set_value(RESUME)
    next(b for b in at.button if b.label == "Analyse pasted text").click()
    at.run()
    assert not at.exception, at.exception
    assert "skills found" in _texts(at.success)

    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Total experience"] == "7 years"
    assert metrics["Most recent title"] == "Senior Data Engineer"
    assert int(metrics["Skills found"]) >= 4
    chips = _texts(at.get("html"))
    for name in ("Python", "SQL", "PostgreSQL", "Docker"):
        assert f">{name}<" in chips
    labels = [e.label for e in at.expander]
    assert any(label.startswith("Docker") for label in labels)
    assert 'Deployed services with <mark class="sg-mark">Docker</mark>.' in chips
    assert _resume_rows(data_dir, "Priya") == 1


def test_parse_error_shows_error_and_stores_nothing(data_dir):
    at = _start(data_dir)
    _create_profile(at, "Priya")
    at.file_uploader(key=state.uploader_key(state.RESUME_UPLOAD, at.session_state[state._PROFILE_ID])).set_value(("cv.pdf", b"%PDF-1.4 not really a pdf", "application/pdf"))
    at.run()
    assert not at.exception, at.exception
    assert at.error, "a parse error must be shown with st.error"
    assert "could not read" in _texts(at.error).lower() or "pdf" in _texts(at.error).lower()
    assert _resume_rows(data_dir, "Priya") == 0


def test_hostile_resume_text_is_escaped(data_dir):
    at = _start(data_dir)
    _create_profile(at, "Mallory")
    hostile = RESUME + ("\nSKILLS\n<img src=x onerror=alert(1)> Python <script>alert(2)</script> "
                        "[x](javascript:alert(3))\n")
    at.text_area(key=state.RESUME_PASTE).set_value(hostile)
    next(b for b in at.button if b.label == "Analyse pasted text").click()
    at.run()
    assert not at.exception, at.exception
    html = _texts(at.get("html"))
    assert "<img" not in html and "<script>" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_rename_and_delete_profile_with_confirmation(data_dir):
    at = _start(data_dir)
    _create_profile(at, "Priya")
    at.sidebar.text_input(key=state.RENAME_PROFILE_NAME).set_value("Priya S")
    next(b for b in at.sidebar.button if b.label == "Rename").click()
    at.run()
    assert at.sidebar.selectbox(key=state.PROFILE_SELECT).format_func(
        at.sidebar.selectbox(key=state.PROFILE_SELECT).value) == "Priya S"
    delete = next(b for b in at.sidebar.button if b.label == "Delete profile")
    assert delete.disabled
    at.sidebar.checkbox(key=state.CONFIRM_DELETE).check()
    at.run()
    next(b for b in at.sidebar.button if b.label == "Delete profile").click()
    at.run()
    assert not at.exception, at.exception
    assert "Create a profile in the sidebar to start." in _texts(at.info)
    engine = make_engine(Settings(data_dir=data_dir))
    assert list_profiles(engine) == []
    engine.dispose()


def test_duplicate_profile_name_is_a_warning(data_dir):
    at = _start(data_dir)
    _create_profile(at, "Priya")
    _create_profile(at, "priya")
    assert "already exists" in _texts(at.sidebar.warning)


def _paste(at: AppTest, text: str) -> None:
    at.text_area(key=state.RESUME_PASTE).set_value(text)
    next(b for b in at.button if b.label == "Analyse pasted text").click()
    at.run()
    assert not at.exception, at.exception


def test_history_selector_switches_versions_and_delete_removes_one(data_dir):
    at = _start(data_dir)
    _create_profile(at, "Priya")
    _paste(at, RESUME)
    _paste(at, RESUME.replace("Senior Data Engineer", "Lead Data Engineer") + "\nKubernetes\n")
    history = at.selectbox(key=state.RESUME_HISTORY)
    assert len(history.options) == 2
    assert {m.label: m.value for m in at.metric}["Most recent title"] == "Lead Data Engineer"

    history.select_index(1).run()
    assert {m.label: m.value for m in at.metric}["Most recent title"] == "Senior Data Engineer"

    next(b for b in at.button if b.label == "Delete this version").click()
    at.run()
    assert not at.exception, at.exception
    assert _resume_rows(data_dir, "Priya") == 1
    assert {m.label: m.value for m in at.metric}["Most recent title"] == "Lead Data Engineer"


@pytest.mark.parametrize("text", ["hello", "Python", "SKILLS\n<img src=x onerror=alert(1)> Python <script>x</script>"])
def test_pasting_a_non_resume_warns_keeps_the_text_and_stores_nothing(data_dir, text):
    at = _start(data_dir)
    _create_profile(at, "Priya")
    _paste(at, text)
    warning = _texts(at.warning)
    assert "does not look like a resume" in warning and "a resume has at least 30" in warning
    assert "Your text is still in the box above" in warning and "<img" not in warning and "<script>" not in warning
    assert "Read **" not in _texts(at.success) and "skills found" not in _texts(at.success)
    assert at.text_area(key=state.RESUME_PASTE).value == text  # nothing the person typed is lost
    assert _resume_rows(data_dir, "Priya") == 0 and not at.metric  # no resume, no profile skills
    assert "No resume for" in _texts(at.info)


def test_a_non_resume_after_a_real_one_leaves_the_real_one_shown(data_dir):
    at = _start(data_dir)
    _create_profile(at, "Priya")
    _paste(at, RESUME)
    _paste(at, "hello")
    assert "does not look like a resume" in _texts(at.warning)
    assert _resume_rows(data_dir, "Priya") == 1
    assert {m.label: m.value for m in at.metric}["Most recent title"] == "Senior Data Engineer"
