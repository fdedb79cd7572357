"""Read postings for matching from the database: facts with skills, in batches, plus the index watermark."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable, Iterator, Sequence

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from core.db.identity import database_uid
from core.db.models import JobPosting, JobSkill
from core.matching.models import PostingFacts, PostingSkill

CHUNK = 900  # ids per IN (...) query: under SQLite's variable limit
_COLUMNS = (
    JobPosting.id, JobPosting.title, JobPosting.company, JobPosting.city, JobPosting.country, JobPosting.remote,
    JobPosting.role_family, JobPosting.seniority, JobPosting.salary_min, JobPosting.salary_max,
    JobPosting.salary_currency, JobPosting.salary_annual_usd, JobPosting.posted_at, JobPosting.is_demo,
    JobPosting.created_at, JobPosting.url,
)


@dataclass(frozen=True)
class Watermark:
    """How many postings the database holds, the highest id, and which database it is (an index is fresh when it
    has the same): the anchor is the database's random identity (core.db.identity), so a database replaced by
    another with the same count and ids (data/skillgap.db rebuilt with another seed, data/chroma kept) is told
    apart, while deleting postings is not mistaken for a new database."""

    count: int
    max_id: int
    anchor: str = ""


def watermark(engine: Engine) -> Watermark:
    """The database's posting count, highest id and identity."""
    with Session(engine) as session:
        count, max_id = session.exec(select(func.count(JobPosting.id), func.max(JobPosting.id))).one()
    return Watermark(int(count or 0), int(max_id or 0), database_uid(engine))


def posting_ids(engine: Engine) -> list[int]:
    """Every posting id, ascending."""
    with Session(engine) as session:
        return [int(i) for i in session.exec(select(JobPosting.id).order_by(JobPosting.id)).all()]


def load_facts(engine: Engine, ids: Sequence[int], *, description: bool = True) -> dict[int, PostingFacts]:
    """Facts (with skills) of these posting ids; unknown ids are absent from the result."""
    out: dict[int, PostingFacts] = {}
    for chunk in _chunks(list(dict.fromkeys(int(i) for i in ids)), CHUNK):
        cols = _COLUMNS + ((JobPosting.description,) if description else ())
        with Session(engine) as session:
            rows = session.exec(select(*cols).where(JobPosting.id.in_(chunk))).all()
            skills = session.exec(
                select(JobSkill.posting_id, JobSkill.skill_id, JobSkill.name, JobSkill.requirement, JobSkill.years)
                .where(JobSkill.posting_id.in_(chunk)).order_by(JobSkill.id)
            ).all()
        by_posting: dict[int, list[PostingSkill]] = {}
        for pid, sid, name, req, years in skills:
            by_posting.setdefault(int(pid), []).append(PostingSkill(sid, name, req or "unspecified", years))
        for row in rows:
            out[int(row.id)] = facts_of(row, by_posting.get(int(row.id), []))
    return out


def iter_facts(engine: Engine, ids: Sequence[int], batch: int = 2000) -> Iterator[list[PostingFacts]]:
    """Facts of these ids in batches (in the order given), for index building."""
    for chunk in _chunks(list(ids), batch):
        found = load_facts(engine, chunk)
        yield [found[i] for i in chunk if i in found]


def facts_of(row, skills: Iterable[PostingSkill]) -> PostingFacts:
    """A JobPosting row (or a row of its columns) and its skills -> PostingFacts."""
    return PostingFacts(
        id=int(row.id), title=row.title, company=row.company, city=row.city, country=row.country,
        remote=bool(row.remote), role_family=row.role_family, seniority=row.seniority,
        salary_min=row.salary_min, salary_max=row.salary_max, salary_currency=row.salary_currency,
        salary_annual_usd=row.salary_annual_usd, posted_at=_aware(row.posted_at), is_demo=bool(row.is_demo),
        description=getattr(row, "description", "") or "", skills=tuple(skills),
        first_seen_at=_aware(getattr(row, "created_at", None)), url=getattr(row, "url", None) or None,
    )


def _aware(value: datetime | None) -> datetime | None:
    """SQLite hands datetimes back naive: they were stored as UTC."""
    return value.replace(tzinfo=timezone.utc) if value is not None and value.tzinfo is None else value


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def distinct_values(engine: Engine, demo: bool | None = None) -> tuple[list[str], list[str]]:
    """(role families, cities) present among stored postings (of the demo market or yours when `demo` is set),
    sorted."""
    where = () if demo is None else (JobPosting.is_demo == demo,)
    with Session(engine) as session:
        families = session.exec(select(JobPosting.role_family).where(*where).distinct()).all()
        cities = session.exec(select(JobPosting.city).where(*where).distinct()).all()
    return sorted(f for f in families if f), sorted(c for c in cities if c)
