"""The claims check in the interview: questions, per-turn score feedback and the end summary may not say the resume
shows a gap (or lacks a held skill); such replies fall back to the template, labelled with the reason."""

from __future__ import annotations

import pytest

from core.interview.feedback import _guard as feedback_guard
from core.interview.feedback import FeedbackWire
from core.interview.llm_score import score_turn
from core.interview.models import Plan, Question
from core.interview.writer import write_questions
from core.llm.mock import MockLLM
from tests.llm.test_claims import LEX

ETL_Q = Question(kind="gap", text="How would you design a nightly ETL job?", skill_id="etl", skill_name="ETL",
                 key_points=("idempotent loads", "schedule"))
PY_Q = Question(kind="depth", text="How do you structure a Python package?", skill_id="python",
                skill_name="Python", key_points=("modules",))
PLAN = Plan(target_label="Data Engineer", role="Data Engineer", difficulty="mid", questions=(ETL_Q, PY_Q),
            allowed_skills=("python", "sql", "etl", "spark"), held_skills=("python", "sql"),
            gap_skills=("etl", "spark"))
ANSWER = "I would make the loads idempotent and schedule them nightly."


def _score_reply(feedback: str) -> dict:
    return {"concepts": [{"concept": "idempotent loads", "covered": True, "evidence": "make the loads idempotent"},
                         {"concept": "schedule", "covered": True, "evidence": "schedule them nightly"}],
            "structure": 4, "specificity": 4, "relevance": 5, "feedback": feedback}


@pytest.mark.parametrize("feedback, source", [
    ("Good answer. Your resume already shows ETL in depth, and it shows here.", "template"),
    ("Your resume does not show ETL yet; this answer is a good start.", "llm"),
    ("You explained ETL clearly in this answer.", "llm"),  # about the answer, not the resume
])
def test_score_feedback_claims_about_the_resume_are_checked(feedback, source):
    score = score_turn(ETL_Q, ANSWER, llm=MockLLM([_score_reply(feedback)]), encoder=None, lexicon=LEX,
                       allowed=PLAN.allowed_skills, facts=PLAN.resume_facts())
    assert score.source == source
    if source == "template":
        assert 'the resume shows "ETL" (ETL), but it is one of the gaps' in score.label


def test_written_questions_may_not_claim_the_resume_shows_a_gap():
    reply = {"questions": [{"slot": 1, "question": "Your resume shows ETL work — how did you schedule the jobs?"},
                           {"slot": 2, "question": "How do you lay out a Python package?"}]}
    plan = write_questions(PLAN, MockLLM([reply]), LEX)
    assert plan.source == "template"
    assert 'the resume shows "ETL" (ETL), but it is one of the gaps' in plan.label


def test_written_questions_with_true_claims_are_used():
    reply = {"questions": [{"slot": 1, "question": "Your resume does not show ETL yet — how would you design one?"},
                           {"slot": 2, "question": "Your resume shows Python: how do you lay out a package?"}]}
    assert write_questions(PLAN, MockLLM([reply]), LEX).source == "llm"


def test_summary_feedback_claims_are_checked():
    guard = feedback_guard(PLAN, LEX)
    bad = FeedbackWire(strengths=["Your resume already shows ETL in depth."], improvements=["Practise Spark."])
    good = FeedbackWire(strengths=["Your resume shows solid Python."], improvements=["You lack ETL so far."])
    assert guard(bad) == ['it says the resume shows "ETL" (ETL), but it is one of the gaps']
    assert guard(good) == []


def test_plans_saved_before_the_claims_check_are_not_checked():
    old = PLAN.model_copy(update={"held_skills": None})
    assert old.resume_facts() is None
    assert feedback_guard(old, LEX)(FeedbackWire(strengths=["Your resume shows ETL."], improvements=["x"])) == []
