"""A small deterministic market written straight into JobPosting / JobSkill, then aggregated (no extraction)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from sqlalchemy.engine import Engine

from core.db.models import JobPosting, JobSkill
from core.db.session import session_scope
from core.market.refresh import refresh_market

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=timezone.utc)
# skill id -> (probability a posting asks for it, requirement)
DATA_ENGINEER = {"python": (0.9, "required"), "sql": (0.85, "required"), "spark": (0.6, "required"),
                 "airflow": (0.5, "preferred"), "docker": (0.45, "preferred"), "aws": (0.55, "required"),
                 "postgresql": (0.35, "preferred"), "kubernetes": (0.3, "preferred"), "git": (0.3, "unspecified")}


def seed_market(engine: Engine, n: int = 60, *, skills: dict | None = None, family: str = "data_engineer",
                cities: tuple[str, ...] = ("Berlin", "Pune"), demo: bool = True, seed: int = 3,
                tag: str = "m") -> list[int]:
    """Write n postings of one role family over the last 12 months and refresh the aggregates; their ids."""
    rng = random.Random(seed)
    skills = skills or DATA_ENGINEER
    ids = []
    with session_scope(engine) as session:
        for i in range(n):
            posting = JobPosting(
                source="fixture", external_id=f"{tag}{i}", text_hash=f"{tag}{i}", title="Data Engineer",
                company=f"Company {i % 7}", city=cities[i % len(cities)], role_family=family,
                seniority=("junior", "mid", "senior")[i % 3], is_demo=demo,
                salary_annual_usd=float(rng.randrange(60, 160) * 1000), salary_currency="USD",
                posted_at=NOW - timedelta(days=rng.randrange(0, 360)), description="Data Engineer posting.",
            )
            session.add(posting)
            session.flush()
            ids.append(int(posting.id))
            for skill_id, (p, requirement) in skills.items():
                if rng.random() < p:
                    session.add(JobSkill(posting_id=posting.id, skill_id=skill_id, name=skill_id,
                                         requirement=requirement))
    refresh_market(engine)
    return ids
