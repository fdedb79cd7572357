"""Mock-interview tables: one InterviewSession per practice run, one InterviewTurn per planned question.

Questions, scores and the summary are stored as JSON of the pydantic records in core.interview.models. Rows go
with their profile (ON DELETE CASCADE) so deleting a profile needs no knowledge of interviews. Datetimes are
aware UTC (core.db.models.utcnow).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Integer, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from core.db.models import utcnow


class InterviewSession(SQLModel, table=True):
    """One mock interview: its target, its plan (JSON) and, once finished, its summary (JSON)."""

    __tablename__ = "interview_session"
    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(
        sa_column=Column(Integer, ForeignKey("profile.id", ondelete="CASCADE"), nullable=False, index=True))
    resume_id: int | None = None  # the resume the plan was drawn from (no FK: resumes can be deleted)
    target_kind: str = Field(max_length=10)  # job | market
    target_label: str = Field(max_length=255)
    job_id: int | None = None
    role_family: str | None = Field(default=None, max_length=80)
    city: str | None = Field(default=None, max_length=120)
    seniority: str | None = Field(default=None, max_length=20)
    length: int = 0
    status: str = Field(default="active", max_length=12)  # active | finished
    plan_json: str = Field(sa_column=Column(Text, nullable=False))
    summary_json: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None


class InterviewTurn(SQLModel, table=True):
    """One question of a session with the answer, the follow-up and the score (who scored it, and why)."""

    __tablename__ = "interview_turn"
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(
        sa_column=Column(Integer, ForeignKey("interview_session.id", ondelete="CASCADE"), nullable=False,
                         index=True))
    position: int
    status: str = Field(default="pending", max_length=12)  # pending | follow_up | answered | skipped
    question_json: str = Field(sa_column=Column(Text, nullable=False))
    answer: str | None = Field(default=None, sa_column=Column(Text))
    follow_up: str | None = Field(default=None, sa_column=Column(Text))
    follow_up_answer: str | None = Field(default=None, sa_column=Column(Text))
    score_json: str | None = Field(default=None, sa_column=Column(Text))
    scored_by: str | None = Field(default=None, sa_column=Column(Text))  # the label shown on the turn
    score_source: str | None = Field(default=None, max_length=10)  # llm | template
    created_at: datetime = Field(default_factory=utcnow)
    answered_at: datetime | None = None
    __table_args__ = (UniqueConstraint("session_id", "position", name="uq_interview_turn_position"),)
