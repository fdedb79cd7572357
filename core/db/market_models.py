"""Market aggregate tables (refreshed offline by core.market.refresh; read by core.market.service).

Two grains of the same measures:
- cell: (dataset, role family, city, seniority, remote, month) -- answers any filter exactly;
- month: (dataset, role family, month) -- the roll-up the default view (all cities/seniorities/remote) reads.
Plus one row per aggregated posting with its skill ids (co-occurrence for any slice, exact).
`city` / `seniority` / `role_family` are "" when unknown. `month` is "YYYY-MM" (posted_at, else created_at).
Medians are of `salary_annual_usd` over the postings of the row's segment with / without the skill; the sums of
log salaries make the pay premium additive across cells (without = segment minus with).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from core.db.models import utcnow


class _Segment(SQLModel):
    is_demo: bool = False
    role_family: str = Field(default="", max_length=80)
    month: str = Field(max_length=7)
    postings: int = 0
    salaried: int = 0
    median_salary: float | None = None
    sum_log_salary: float = 0.0  # sum of ln(annual USD) over salaried postings (pay premium, additive)


class _Demand(SQLModel):
    is_demo: bool = False
    role_family: str = Field(default="", max_length=80)
    month: str = Field(max_length=7)
    skill_id: str = Field(max_length=80)
    skill_name: str = Field(max_length=255)
    postings: int = 0  # postings in the segment asking for the skill
    required: int = 0
    preferred: int = 0
    share: float = 0.0  # postings / segment postings
    required_share: float = 0.0
    median_salary_with: float | None = None
    salaried_with: int = 0
    median_salary_without: float | None = None
    salaried_without: int = 0
    sum_log_salary_with: float = 0.0  # sum of ln(annual USD) over salaried postings with the skill


class MarketSegment(_Segment, table=True):
    """Postings per cell (dataset, role family, city, seniority, remote, month)."""

    __tablename__ = "market_segment"
    id: int | None = Field(default=None, primary_key=True)
    city: str = Field(default="", max_length=120)
    seniority: str = Field(default="", max_length=20)
    remote: bool = False
    __table_args__ = (
        UniqueConstraint("is_demo", "role_family", "city", "seniority", "remote", "month", name="uq_market_segment"),
    )


class MarketDemand(_Demand, table=True):
    """Skill demand per cell: the monthly demand table (contract of `python -m core market`)."""

    __tablename__ = "market_demand"
    id: int | None = Field(default=None, primary_key=True)
    city: str = Field(default="", max_length=120)
    seniority: str = Field(default="", max_length=20)
    remote: bool = False
    __table_args__ = (
        UniqueConstraint("is_demo", "role_family", "city", "seniority", "remote", "month", "skill_id",
                         name="uq_market_demand"),
        # Covering indexes (SQLite reads them without touching the table): slice reads and pay premium sums.
        Index("ix_market_demand_cover", "is_demo", "role_family", "month", "city", "seniority", "remote", "skill_id",
              "postings", "required", "preferred"),
        Index("ix_market_demand_pay", "is_demo", "role_family", "skill_id", "city", "seniority", "month", "remote",
              "salaried_with", "sum_log_salary_with", "median_salary_with", "median_salary_without",
              "salaried_without", "postings"),
    )


class MarketSegmentMonth(_Segment, table=True):
    """Postings per (dataset, role family, month): the roll-up of MarketSegment."""

    __tablename__ = "market_segment_month"
    id: int | None = Field(default=None, primary_key=True)
    __table_args__ = (UniqueConstraint("is_demo", "role_family", "month", name="uq_market_segment_month"),)


class MarketDemandMonth(_Demand, table=True):
    """Skill demand per (dataset, role family, month): the roll-up of MarketDemand."""

    __tablename__ = "market_demand_month"
    id: int | None = Field(default=None, primary_key=True)
    __table_args__ = (
        UniqueConstraint("is_demo", "role_family", "month", "skill_id", name="uq_market_demand_month"),
        Index("ix_market_demand_month_filter", "is_demo", "role_family", "month"),
    )


class MarketPostingSkills(SQLModel, table=True):
    """Each aggregated posting's canonical skills (space-separated ids) with its cell key: co-occurrence source."""

    __tablename__ = "market_posting_skills"
    id: int | None = Field(default=None, primary_key=True)
    posting_id: int = Field(index=True)
    is_demo: bool = False
    role_family: str = Field(default="", max_length=80)
    city: str = Field(default="", max_length=120)
    seniority: str = Field(default="", max_length=20)
    remote: bool = False
    month: str = Field(max_length=7)
    skills: str = Field(default="", sa_column=Column(Text, nullable=False))
    __table_args__ = (
        UniqueConstraint("posting_id", name="uq_market_posting_skills"),
        Index("ix_market_posting_skills_cover", "is_demo", "role_family", "month", "city", "seniority", "remote",
              "skills"),
    )


class MarketState(SQLModel, table=True):
    """The refresh watermark (one row, id 1): postings with a larger id are not aggregated yet."""

    __tablename__ = "market_state"
    id: int | None = Field(default=None, primary_key=True)
    watermark_posting_id: int = 0
    version: int = 0  # bumped by every refresh that changed a row (cache key for readers)
    refreshed_at: datetime | None = Field(default_factory=utcnow)
    last_detail: str | None = None
    demo_target: int = 0  # postings requested by the last demo build started (0: none)
    demo_seed: int | None = None
    demo_complete: bool = False  # the last demo build finished (a killed build resumes on the next start)
