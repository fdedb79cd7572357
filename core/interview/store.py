"""Persistence of interview sessions and turns (tables in core.db.interview_models; records in models.py)."""

from __future__ import annotations

from dataclasses import dataclass
from statistics import mean

from sqlalchemy.engine import Engine
from sqlmodel import Session, delete, select

from core.db.interview_models import InterviewSession, InterviewTurn
from core.db.models import Profile, utcnow
from core.db.session import session_scope
from core.errors import InvalidInput, NotFound
from core.interview.models import AnswerScore, InterviewSummary, Plan, Question, SessionSummary, SessionView, Turn


@dataclass(frozen=True)
class TargetRow:
    """What the session row records about its target."""

    kind: str
    label: str
    job_id: int | None = None
    role_family: str | None = None
    city: str | None = None
    seniority: str | None = None


def create_session(engine: Engine, profile_id: int, resume_id: int | None, target: TargetRow, plan: Plan) -> int:
    """Store a new active session with one pending turn per planned question; returns its id."""
    with session_scope(engine) as db:
        if db.get(Profile, profile_id) is None:
            raise NotFound(f"Profile {profile_id} does not exist (it may have been deleted).")
        row = InterviewSession(
            profile_id=profile_id, resume_id=resume_id, target_kind=target.kind, target_label=target.label[:255],
            job_id=target.job_id, role_family=target.role_family, city=target.city, seniority=target.seniority,
            length=len(plan.questions), plan_json=plan.model_dump_json(),
        )
        db.add(row)
        db.flush()
        for position, question in enumerate(plan.questions):
            db.add(InterviewTurn(session_id=row.id, position=position, question_json=question.model_dump_json()))
        return int(row.id)


def load_session(engine: Engine, session_id: int) -> SessionView:
    """A stored session with its turns in order; NotFound for an unknown id."""
    with Session(engine) as db:
        row = db.get(InterviewSession, session_id)
        if row is None:
            raise NotFound(f"Interview {session_id} does not exist (it may have been deleted).")
        turns = db.exec(select(InterviewTurn).where(InterviewTurn.session_id == session_id)
                        .order_by(InterviewTurn.position)).all()
        return _view(row, turns)


def list_sessions(engine: Engine, profile_id: int) -> list[SessionSummary]:
    """The profile's sessions, newest first, with progress and average score."""
    with Session(engine) as db:
        rows = db.exec(select(InterviewSession).where(InterviewSession.profile_id == profile_id)
                       .order_by(InterviewSession.created_at.desc(), InterviewSession.id.desc())).all()
        out = []
        for row in rows:
            turns = db.exec(select(InterviewTurn).where(InterviewTurn.session_id == row.id)).all()
            totals = [AnswerScore.model_validate_json(t.score_json).total for t in turns if t.score_json]
            out.append(SessionSummary(
                id=row.id, target_label=row.target_label, status=row.status, created_at=row.created_at,
                length=row.length, answered=len(totals), skipped=sum(t.status == "skipped" for t in turns),
                average=round(mean(totals), 1) if totals else None,
            ))
        return out


def save_turn(engine: Engine, session_id: int, turn: Turn) -> None:
    """Write a turn's status, answers, follow-up and score (the question itself never changes)."""
    with session_scope(engine) as db:
        row = db.exec(select(InterviewTurn).where(InterviewTurn.session_id == session_id,
                                                  InterviewTurn.position == turn.position)).first()
        session_row = db.get(InterviewSession, session_id)
        if row is None or session_row is None:
            raise NotFound(f"Interview {session_id} has no question {turn.position + 1}.")
        if session_row.status != "active":
            raise InvalidInput("This interview has ended; start a new one to keep practising.")
        row.status, row.answer, row.follow_up = turn.status, turn.answer, turn.follow_up
        row.follow_up_answer, row.answered_at = turn.follow_up_answer, turn.answered_at
        row.score_json = turn.score.model_dump_json() if turn.score else None
        row.scored_by = turn.score.label if turn.score else None
        row.score_source = turn.score.source if turn.score else None
        session_row.updated_at = utcnow()
        db.add(row)
        db.add(session_row)


def finish_session(engine: Engine, session_id: int, summary: InterviewSummary) -> None:
    """Mark a session finished with its summary; open turns stay as they were (unanswered)."""
    with session_scope(engine) as db:
        row = db.get(InterviewSession, session_id)
        if row is None:
            raise NotFound(f"Interview {session_id} does not exist (it may have been deleted).")
        row.status, row.summary_json = "finished", summary.model_dump_json()
        row.finished_at = row.updated_at = utcnow()
        db.add(row)


def delete_session(engine: Engine, session_id: int) -> None:
    """Delete a session and its turns; NotFound for an unknown id."""
    with session_scope(engine) as db:
        if db.get(InterviewSession, session_id) is None:
            raise NotFound(f"Interview {session_id} does not exist (it may have been deleted).")
        db.exec(delete(InterviewTurn).where(InterviewTurn.session_id == session_id))
        db.exec(delete(InterviewSession).where(InterviewSession.id == session_id))


def _view(row: InterviewSession, turns: list[InterviewTurn]) -> SessionView:
    """Rows -> SessionView."""
    return SessionView(
        id=row.id, profile_id=row.profile_id, status=row.status, target_label=row.target_label,
        created_at=row.created_at, updated_at=row.updated_at, plan=Plan.model_validate_json(row.plan_json),
        turns=tuple(_turn(t) for t in turns),
        summary=InterviewSummary.model_validate_json(row.summary_json) if row.summary_json else None,
    )


def _turn(row: InterviewTurn) -> Turn:
    """A turn row -> Turn."""
    return Turn(
        position=row.position, question=Question.model_validate_json(row.question_json), status=row.status,
        answer=row.answer, follow_up=row.follow_up, follow_up_answer=row.follow_up_answer,
        score=AnswerScore.model_validate_json(row.score_json) if row.score_json else None,
        answered_at=row.answered_at,
    )
