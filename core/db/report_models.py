"""Stored gap reports: one GapReportRow per (profile, target), replaced when the report is recomputed.

The report itself is JSON (core.gaps.codec). The inputs fingerprint (resume text sha, corrections hash, market
aggregate version + watermark, taxonomy version) tells whether the report still describes the current inputs;
`next_refresh_at` (created_at + 7 days) is when `python -m core refresh` re-runs it anyway. Datetimes are aware UTC
(core.db.models.utcnow). Rows go with their profile (ON DELETE CASCADE).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from core.db.models import utcnow


class GapReportRow(SQLModel, table=True):
    """One stored gap report of a profile against a market segment or a posting."""

    __tablename__ = "gap_report"
    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(
        sa_column=Column(Integer, ForeignKey("profile.id", ondelete="CASCADE"), nullable=False, index=True))
    resume_id: int  # the resume analysed (no FK: resumes can be deleted; the report then goes stale)
    target_kind: str = Field(max_length=10)  # market | job
    target_key: str = Field(max_length=400)  # "market:<role_family>|<city>|<seniority>" or "job:<id>"
    target_label: str = Field(default="", max_length=255)
    role_family: str | None = Field(default=None, max_length=80)
    city: str | None = Field(default=None, max_length=120)
    seniority: str | None = Field(default=None, max_length=20)
    job_id: int | None = None
    hours_per_week: int = 8
    weeks: int = 4
    is_demo: bool = False  # the market behind the numbers is the generated demo market
    report_json: str = Field(sa_column=Column(Text, nullable=False))
    resume_sha256: str = Field(max_length=64)
    corrections_sha256: str = Field(max_length=64)
    market_version: int = 0
    market_watermark: int = 0
    taxonomy_version: str = Field(default="", max_length=40)
    fingerprint: str = Field(max_length=64)  # sha256 over every input above
    stale: bool = False
    stale_reason: str | None = Field(default=None, max_length=255)
    created_at: datetime = Field(default_factory=utcnow)
    next_refresh_at: datetime = Field(default_factory=utcnow)
    __table_args__ = (
        UniqueConstraint("profile_id", "target_key", name="uq_gap_report_target"),
        Index("ix_gap_report_due", "stale", "next_refresh_at"),
    )
