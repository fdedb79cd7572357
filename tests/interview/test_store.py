"""Interview tables on SQLite and PostgreSQL: sessions and turns round-trip, aware UTC datetimes, cascades."""

from __future__ import annotations

from datetime import timezone

import pytest

from core.errors import InvalidInput, NotFound
from core.interview import store
from core.interview.models import AnswerScore, InterviewSummary, Plan, Question, RubricPart
from core.profiles import create_profile, delete_profile
from tests.db.conftest import db_engine  # noqa: F401 - pytest fixture (sqlite + postgres)

PLAN = Plan(target_label="Backend Engineer · Berlin", role="Backend Engineer", difficulty="mid", questions=(
    Question(kind="gap", text="How do *pods* work?", skill_id="kubernetes", skill_name="Kubernetes",
             key_points=("pods", "services")),
    Question(kind="behavioural", text="Tell me about a deadline.", key_points=("scope",), star=True),
), allowed_skills=("kubernetes",), roadmap_weeks={"kubernetes": 2})
SCORE = AnswerScore(total=3.4, parts=(RubricPart(key="coverage", label="Key points", value=0.5, weight=0.45),),
                    covered=("pods",), missing=("services",), feedback="You did not mention: services.",
                    label="Scored by template engine — the LLM timed out after 20 s",
                    fallback_reason="the LLM timed out after 20 s")
SUMMARY = InterviewSummary(overall=3.4, answered=1, skipped=1, categories=(), strengths=("a",), improvements=("b",),
                           topics=())


def test_sessions_and_turns_round_trip(db_engine):  # noqa: F811
    profile = create_profile(db_engine, "Priya")
    target = store.TargetRow("market", PLAN.target_label, role_family="backend", city="Berlin")
    session_id = store.create_session(db_engine, profile.id, None, target, PLAN)
    view = store.load_session(db_engine, session_id)
    assert view.plan == PLAN and [t.question for t in view.turns] == list(PLAN.questions)
    assert view.created_at.tzinfo is not None and view.created_at.utcoffset() == timezone.utc.utcoffset(None)

    answered = view.turns[0].model_copy(update={"status": "answered", "answer": "Pods run containers.",
                                                "score": SCORE, "answered_at": view.created_at})
    store.save_turn(db_engine, session_id, answered)
    store.save_turn(db_engine, session_id, view.turns[1].model_copy(update={"status": "skipped"}))
    again = store.load_session(db_engine, session_id)
    assert again.turns[0] == answered and again.turns[1].status == "skipped" and again.current is None
    listed = store.list_sessions(db_engine, profile.id)
    assert [(s.id, s.answered, s.skipped, s.average, s.status) for s in listed] == [
        (session_id, 1, 1, 3.4, "active")]

    store.finish_session(db_engine, session_id, SUMMARY)
    finished = store.load_session(db_engine, session_id)
    assert finished.finished and finished.summary == SUMMARY
    with pytest.raises(InvalidInput, match="has ended"):
        store.save_turn(db_engine, session_id, answered)


def test_deleting_the_profile_deletes_its_interviews(db_engine):  # noqa: F811
    profile = create_profile(db_engine, "Priya")
    session_id = store.create_session(db_engine, profile.id, None, store.TargetRow("job", "A job", job_id=7), PLAN)
    delete_profile(db_engine, profile.id)
    with pytest.raises(NotFound):
        store.load_session(db_engine, session_id)
    with pytest.raises(NotFound):
        store.create_session(db_engine, profile.id, None, store.TargetRow("job", "A job", job_id=7), PLAN)
