"""SQLModel tables (Base / Table / Create / Public shapes where a boundary needs them)."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """Aware UTC now; every datetime column stores and returns aware UTC (SQLite and PostgreSQL alike)."""
    return datetime.now(timezone.utc)


class ProfileBase(SQLModel):
    name: str = Field(max_length=80)
    location: str | None = None
    remote_ok: bool = True


class Profile(ProfileBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    __table_args__ = (UniqueConstraint("name", name="uq_profile_name"),)


class ProfileCreate(ProfileBase):
    pass


class ProfilePublic(ProfileBase):
    id: int
    created_at: datetime


class Resume(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(foreign_key="profile.id", index=True)
    filename: str
    content_type: str = "text/plain"
    text: str = Field(sa_column=Column(Text, nullable=False))
    text_sha256: str = Field(index=True, max_length=64)
    created_at: datetime = Field(default_factory=utcnow)


class JobPosting(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(index=True, max_length=120)
    external_id: str | None = Field(default=None, max_length=255)
    text_hash: str = Field(index=True, max_length=64)
    title: str
    company: str | None = None
    location_raw: str | None = None
    city: str | None = Field(default=None, index=True)
    country: str | None = None
    remote: bool = False
    role_family: str | None = Field(default=None, index=True)
    seniority: str | None = Field(default=None, index=True)
    salary_min: float | None = None
    salary_max: float | None = None
    salary_currency: str | None = Field(default=None, max_length=8)
    salary_annual_usd: float | None = None
    posted_at: datetime | None = Field(default=None, index=True)
    url: str | None = None
    description: str = Field(sa_column=Column(Text, nullable=False))
    is_demo: bool = Field(default=False, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    __table_args__ = (UniqueConstraint("source", "external_id", name="uq_posting_source_ext"),)


class JobSkill(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    posting_id: int = Field(foreign_key="jobposting.id", index=True)
    skill_id: str | None = Field(default=None, index=True, max_length=80)
    name: str
    requirement: str = "unspecified"
    confidence: float = 1.0
    years: float | None = None


class DocumentExtraction(SQLModel, table=True):
    """The extraction cache (contract): one row per key; a new text or version is a new row."""

    id: int | None = Field(default=None, primary_key=True)
    doc_type: str = Field(max_length=20)
    text_sha256: str = Field(max_length=64)
    extractor_version: str = Field(max_length=40)
    model_id: str = Field(max_length=120)
    prompt_version: str = Field(max_length=40)
    status: str = Field(default="running", max_length=10)  # running | ready | failed
    result_json: str | None = Field(default=None, sa_column=Column(Text))
    user_corrections_json: str | None = Field(default=None, sa_column=Column(Text))
    diagnostics_json: str | None = Field(default=None, sa_column=Column(Text))
    error: str | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    __table_args__ = (
        UniqueConstraint(
            "doc_type", "text_sha256", "extractor_version", "model_id", "prompt_version",
            name="uq_extraction_key",
        ),
    )


class ProcessingRun(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=40)  # ingest | demo | refresh | extract
    source: str | None = None
    status: str = Field(default="running", max_length=12)  # running | ok | failed | partial
    added: int = 0
    duplicates: int = 0
    failed: int = 0
    detail: str | None = Field(default=None, sa_column=Column(Text))
    started_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None


class DeadLetter(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=120)
    ref: str | None = None  # file row / URL / external id
    payload: str = Field(sa_column=Column(Text, nullable=False))
    last_error: str = Field(sa_column=Column(Text, nullable=False))
    attempts: int = 1
    next_retry_at: datetime | None = None
    resolved_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)
    __table_args__ = (Index("ix_deadletter_open", "resolved_at", "next_retry_at"),)


class DatabaseIdentity(SQLModel, table=True):
    """One row (id 1) with a random id written when the database is first used: derived stores kept outside the
    database (the Chroma/BM25 match index) record it and rebuild when the database was replaced by another."""

    __tablename__ = "database_identity"
    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(max_length=32)
    created_at: datetime = Field(default_factory=utcnow)
