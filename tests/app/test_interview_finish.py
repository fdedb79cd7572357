"""A 3-question interview on the Interview page through AppTest: the last answer brings the summary (scrolled into
view) and takes the answer box away, and the transcript downloads as Markdown and JSON named for the profile."""

from __future__ import annotations

import json
import re

import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

from components import state
from tests.app.test_interview_page import (  # noqa: F401 - data_dir is a fixture
    _answer, _button, _good, _open, _question, _seed, _text, data_dir,
)

MAX_TURNS = 8  # three questions, each may ask one follow-up


def _chat_inputs(at) -> list:
    return [c for c in at.get("chat_input") if c.key == state.INTERVIEW_ANSWER]


@pytest.fixture
def served(monkeypatch) -> dict[str, tuple[str, bytes]]:
    """Files the page hands to download buttons: media file id -> (file name, content)."""
    files: dict[str, tuple[str, bytes]] = {}
    original = MemoryMediaFileStorage.load_and_get_id

    def keep(self, path_or_data, mimetype, kind, filename=None):
        file_id = original(self, path_or_data, mimetype, kind, filename)
        files[file_id] = (filename or "", path_or_data if isinstance(path_or_data, bytes) else b"")
        return file_id

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", keep)
    return files


def _downloads(at, served) -> dict[str, tuple[str, str]]:
    """Download button label -> (file name, text)."""
    out = {}
    for button in at.get("download_button"):
        file_id = str(button.proto.url).rsplit("/", 1)[-1].split(".")[0]
        name, data = served[file_id]
        out[str(button.proto.label)] = (name, data.decode("utf8"))
    return out


def _finish_three(at) -> None:
    """Start a 3-question role interview and answer until it ends."""
    at.selectbox(key=state.INTERVIEW_ROLE).set_value("backend").run()
    at.slider(key=state.INTERVIEW_LENGTH).set_value(3).run()
    _button(at, "Start interview").click().run()
    assert not at.exception, at.exception
    assert "Question 1 of 3" in _text(at)
    for _ in range(MAX_TURNS):  # checked right after the run that takes the last answer
        if "3 of 3 questions done" in str(at.get("progress")[0].proto.text):
            break
        _answer(at, _good(_question(at)))
    assert "3 of 3 questions done" in str(at.get("progress")[0].proto.text)


def test_a_three_question_session_ends_with_the_summary_and_no_answer_box(data_dir):
    _seed(data_dir)
    at = _open()
    assert at.slider(key=state.INTERVIEW_LENGTH).min == 3
    _finish_three(at)
    text = _text(at)
    assert "Interview finished" in text and "Summary" in text
    assert not _chat_inputs(at), "the answer box must go once the last question is answered"
    scripts = [str(f.proto.srcdoc) for f in at.get("iframe")]
    assert any("scrollIntoView" in body and "interview-summary" in body for body in scripts)
    headings = [h for h in at.subheader if h.value == "Summary"]
    assert headings and headings[0].proto.anchor == "interview-summary"
    assert next(m.value for m in at.metric if m.label == "Answered") == "3"


def test_the_transcript_downloads_as_markdown_and_json(data_dir, served):
    _seed(data_dir)
    at = _open()
    _finish_three(at)
    files = _downloads(at, served)
    assert set(files) == {"Transcript (Markdown)", "Transcript (JSON)"}
    (md_name, md_text), (json_name, json_text) = files["Transcript (Markdown)"], files["Transcript (JSON)"]
    assert re.fullmatch(r"interview-priya-\d{4}-\d{2}-\d{2}\.md", md_name), md_name
    assert json_name == md_name[:-3] + ".json"
    day = md_name[len("interview-priya-"):-3]

    data = json.loads(json_text)
    assert (data["profile"], data["date"], data["status"]) == ("Priya", day, "finished")
    assert data["target"].startswith("Backend Engineer") and len(data["questions"]) == 3
    for turn in data["questions"]:
        assert turn["question"] and turn["answer"] and turn["status"] == "answered"
        parts = {p["part"]: p for p in turn["score"]["parts"]}
        assert set(parts) - {"Structure", "Structure (STAR)"} == {"Key points", "Specificity", "Relevance"}
        assert len(parts) == 4 and all(p["what_it_measures"] and p["why"] for p in parts.values())
        assert 0 <= turn["score"]["total"] <= 5
    summary = data["summary"]
    assert summary["answered"] == 3 and summary["overall"] is not None and summary["strengths"]

    assert md_text.startswith("# Interview transcript: Priya") and f"- Date: {day}" in md_text
    assert "## Summary" in md_text and "## How answers are scored" in md_text
    assert md_text.count("### Question ") == 3 and "| Key points |" in md_text and "What it measures" in md_text
    first_answer = data["questions"][0]["answer"].splitlines()[0]
    assert f"> {first_answer}" in md_text
