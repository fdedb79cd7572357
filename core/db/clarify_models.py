"""Clarification answers and per-profile aliases (core.clarify).

`ClarificationAnswer`: one row per answer of a profile; `question_key` is a stable hash of the question kind and
subject (core.clarify.models.question_key). `answer_json` holds the question as asked, the reply and the
corrections it produced. An undo sets `undone_at` (the row stays for history; the question returns); answering
again adds a new row. `ProfileAlias`: a surface form the user confirmed for a skill ("k8s" -> kubernetes), active
while its answer is. Datetimes are aware UTC (core.db.models.utcnow). Rows go with their profile (ON DELETE CASCADE).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from core.db.models import utcnow


class ClarificationAnswer(SQLModel, table=True):
    """One answer (or skip) of a profile to a clarification question."""

    __tablename__ = "clarification_answer"
    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(
        sa_column=Column(Integer, ForeignKey("profile.id", ondelete="CASCADE"), nullable=False, index=True))
    question_key: str = Field(max_length=64)
    kind: str = Field(max_length=20)  # alias | emerging | level | probe
    subject: str = Field(max_length=200)  # skill id or the resume's words
    answer_json: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)
    undone_at: datetime | None = None
    __table_args__ = (Index("ix_clarification_answer_key", "profile_id", "question_key"),)


class ProfileAlias(SQLModel, table=True):
    """A surface form a profile confirmed for a canonical skill."""

    __tablename__ = "profile_alias"
    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(
        sa_column=Column(Integer, ForeignKey("profile.id", ondelete="CASCADE"), nullable=False, index=True))
    surface: str = Field(max_length=120)  # as written in the resume, single-spaced
    skill_id: str = Field(max_length=80)
    answer_id: int | None = None  # the ClarificationAnswer that created it
    created_at: datetime = Field(default_factory=utcnow)
    __table_args__ = (UniqueConstraint("profile_id", "surface", name="uq_profile_alias_surface"),)
