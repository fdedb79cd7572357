"""Transcript files: an unfinished session with answered, skipped and unreached questions; the person's text is
quoted (a '#' line in an answer is not a heading); file names carry a safe profile slug and the date."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from core.interview.models import AnswerScore, Plan, Question, RubricPart, SessionView, Turn
from core.interview.transcript import transcript_filename, transcript_json, transcript_markdown

Q = Question(kind="gap", text="How do you use *Redis*?", skill_id="redis", skill_name="Redis",
             key_points=("caching", "expiry"), reason="Redis is gap #1.")
SCORE = AnswerScore(total=2.5, parts=(
    RubricPart(key="coverage", label="Key points", value=0.5, weight=0.45, detail="1 of 2 key points covered."),
    RubricPart(key="structure", label="Structure", value=0.25, weight=0.15, detail="Has: an example."),
    RubricPart(key="specificity", label="Specificity", value=0.0, weight=0.2, detail="No numbers | tools."),
    RubricPart(key="relevance", label="Relevance", value=0.8, weight=0.2, detail="Similarity: 80%."),
), covered=("caching",), missing=("expiry",), feedback="You did not mention: expiry.")


def _view() -> SessionView:
    when = datetime(2026, 12, 7, 9, 30)
    turns = (
        Turn(position=0, question=Q, status="answered", answer="We cache sessions.\n# not a heading", score=SCORE),
        Turn(position=1, question=Q.model_copy(update={"skill_id": "sql", "skill_name": "SQL"}), status="skipped"),
        Turn(position=2, question=Q.model_copy(update={"skill_id": "git", "skill_name": "Git"})),
    )
    plan = Plan(target_label="Backend Engineer · Berlin", role="Backend Engineer", difficulty="mid",
                questions=tuple(t.question for t in turns))
    return SessionView(id=4, profile_id=1, status="active", target_label=plan.target_label, created_at=when,
                       updated_at=when, plan=plan, turns=turns)


def test_markdown_lists_every_question_with_its_state_and_the_rubric():
    text = transcript_markdown(_view(), "Maya O'Neil")
    assert text.startswith("# Interview transcript: Maya O'Neil\n") and "- Date: 2026-12-07" in text
    assert "- Status: in progress" in text and "## Summary" not in text
    assert "> We cache sessions.\n> # not a heading" in text
    assert "| Specificity | 0% | 20% | Concrete details" in text and "No numbers \\| tools." in text
    assert "_Skipped._" in text and "_Not answered._" in text
    assert "How do you use Redis?" in text and "*Redis*" not in text


def test_json_has_scores_with_meanings_and_no_summary_yet():
    data = json.loads(transcript_json(_view(), "Maya"))
    assert (data["profile"], data["date"], data["summary"]) == ("Maya", "2026-12-07", None)
    assert [q["status"] for q in data["questions"]] == ["answered", "skipped", "not answered"]
    parts = data["questions"][0]["score"]["parts"]
    assert [p["percent"] for p in parts] == [50, 25, 0, 80]
    assert all(p["what_it_measures"] for p in parts) and data["questions"][1]["score"] is None


@pytest.mark.parametrize("name, expected", [
    ("Maya O'Neil", "interview-maya-o-neil-2026-12-07.md"),
    ("../../etc", "interview-etc-2026-12-07.md"),
    ("李", "interview-profile-2026-12-07.md"),
])
def test_file_names_carry_a_safe_profile_slug_and_the_date(name, expected):
    assert transcript_filename(name, date(2026, 12, 7), "md") == expected
