"""Hand-built posting rows for aggregate tests (shared by tests/market and tests/db)."""

from __future__ import annotations

from datetime import datetime, timezone

from core.db.models import JobPosting, JobSkill
from core.db.session import session_scope


def add_postings(engine, rows: list[dict]) -> list[int]:
    """Insert postings (dicts of JobPosting fields plus `skills`: [(skill_id, requirement)]); returns ids."""
    ids = []
    with session_scope(engine) as session:
        for row in rows:
            row = dict(row)
            skills = row.pop("skills", [])
            posting = JobPosting(source=row.pop("source", "test"), text_hash=row.pop("text_hash", "h"),
                                 title=row.pop("title", "Engineer"), description=row.pop("description", "text"),
                                 **row)
            session.add(posting)
            session.flush()
            for skill_id, requirement in skills:
                session.add(JobSkill(posting_id=posting.id, skill_id=skill_id, name=skill_id.title(),
                                     requirement=requirement))
            ids.append(int(posting.id))
    return ids


def at(month: str, day: int = 10) -> datetime:
    """A posting date inside "YYYY-MM"."""
    year, mon = map(int, month.split("-"))
    return datetime(year, mon, day, 12, tzinfo=timezone.utc)
