"""Batch writer: normalize -> dedupe -> extract (one call per batch) -> JobPosting + JobSkill rows in bulk,
one transaction per batch (all of a batch's new postings are committed together or not at all)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable

from sqlalchemy import insert
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlmodel import Session, select

from core.config import Settings
from core.db.models import JobPosting, JobSkill, utcnow
from core.db.session import session_scope
from core.errors import SkillGapError
from core.ingest.hooks import ExtractManyFn, RoleFamilyFn
from core.ingest.normalize import NormalizedPosting, normalize
from core.ingest.records import PostingRecord
from core.skills.models import Extraction

DB_RETRIES = 3
DB_RETRY_DELAY_S = 0.5  # doubled per attempt
_RANK = {"required": 2, "preferred": 1, "unspecified": 0}


@dataclass
class BatchOutcome:
    """What happened to one batch: counts, the new posting ids, and the records that failed, with their errors."""

    added: int = 0
    duplicates: int = 0
    failures: list[tuple[PostingRecord, str]] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=lambda: {"extract_s": 0.0, "write_s": 0.0})
    ids: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # of the postings stored: description cut, salary dropped...


@dataclass
class Ready:
    """A posting ready to store: normalized, extracted, with its role family."""

    posting: NormalizedPosting
    extraction: Extraction | None
    role_family: str | None


class BatchWriter:
    """Writes batches of records; safe to rerun (duplicates are detected, nothing is written twice)."""

    def __init__(self, engine: Engine, settings: Settings, extract: ExtractManyFn | None, role_family: RoleFamilyFn,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.engine, self.settings, self.extract, self.role_family, self.sleep = (
            engine, settings, extract, role_family, sleep)

    def write(self, records: list[PostingRecord]) -> BatchOutcome:
        """Process one batch; the new postings of the batch are committed together or not at all."""
        out = BatchOutcome()
        fresh = self._fresh(self._normalized(records, out), out)
        ready = self._extracted(fresh, out)
        start = time.perf_counter()
        self._store(ready, out)
        out.timings["write_s"] += time.perf_counter() - start
        return out

    def _normalized(self, records: list[PostingRecord], out: BatchOutcome) -> list[NormalizedPosting]:
        result = []
        for record in records:
            try:
                result.append(normalize(record, self.settings.limits))
            except SkillGapError as exc:
                out.failures.append((record, str(exc)))
        return result

    def _fresh(self, postings: list[NormalizedPosting], out: BatchOutcome) -> list[NormalizedPosting]:
        """Drop postings already stored (by source + external id, else text hash) or repeated in the batch."""
        with Session(self.engine) as session:
            known = existing_keys(session, postings)
        fresh = []
        for posting in postings:
            key = posting.dedupe_key
            if key in known:
                out.duplicates += 1
                continue
            known.add(key)
            fresh.append(posting)
        return fresh

    def _extracted(self, postings: list[NormalizedPosting], out: BatchOutcome) -> list[Ready]:
        """Extract the whole batch in one call; a failed text dead-letters its record only."""
        start = time.perf_counter()
        try:
            results = (self.extract([extraction_text(p) for p in postings]) if self.extract and postings
                       else [None] * len(postings))
        except Exception as exc:  # noqa: BLE001 - the batch call itself failed: every record of it fails
            results = [exc] * len(postings)
        ready = []
        for posting, result in zip(postings, results):
            if isinstance(result, BaseException):
                out.failures.append((posting.record, f"extraction failed: {type(result).__name__}: {result}"))
                continue
            try:
                family = self.role_family(posting.title) or (result.role_family if result else None)
            except Exception as exc:  # noqa: BLE001 - dead-letters this record only
                out.failures.append((posting.record, f"role family failed: {type(exc).__name__}: {exc}"))
                continue
            ready.append(Ready(posting, result, family))
        out.timings["extract_s"] += time.perf_counter() - start
        return ready

    def _store(self, ready: list[Ready], out: BatchOutcome) -> None:
        if not ready:
            return
        for attempt in range(DB_RETRIES):
            try:
                with session_scope(self.engine) as session:
                    ids = insert_postings(session, ready)
                out.added += len(ready)
                out.ids += ids
                out.notes += [n for item in ready for n in item.posting.notes]
                return
            except IntegrityError:
                break  # a concurrent writer got some of them first: settle one by one
            except OperationalError:
                if attempt + 1 < DB_RETRIES:
                    self.sleep(DB_RETRY_DELAY_S * 2**attempt)
        for item in ready:
            self._store_one(item, out)

    def _store_one(self, item: Ready, out: BatchOutcome) -> None:
        try:
            with session_scope(self.engine) as session:
                out.ids += insert_postings(session, [item])
            out.added += 1
            out.notes += item.posting.notes
        except IntegrityError:
            out.duplicates += 1
        except DBAPIError as exc:
            out.failures.append((item.posting.record, f"database error: {type(exc.orig).__name__}: {exc.orig}"))


def extraction_text(posting: NormalizedPosting) -> str:
    """What the extractor reads: the title (seniority, role) then the description."""
    return f"{posting.title}\n\n{posting.description}"


def existing_keys(session: Session, postings: list[NormalizedPosting]) -> set[tuple[str, str]]:
    """Dedupe keys of these postings that are already in the database."""
    ext = {(p.record.source, p.external_id) for p in postings if p.external_id}
    hashes = {p.text_hash for p in postings if not p.external_id}
    keys: set[tuple[str, str]] = set()
    if ext:
        sources = {s for s, _ in ext}
        ids = {i for _, i in ext}
        rows = session.exec(select(JobPosting.source, JobPosting.external_id).where(
            JobPosting.source.in_(sources), JobPosting.external_id.in_(ids))).all()
        keys |= {("ext", f"{s}|{i}") for s, i in rows if (s, i) in ext}
    if hashes:
        rows = session.exec(select(JobPosting.text_hash).where(JobPosting.text_hash.in_(hashes))).all()
        keys |= {("hash", h) for h in rows}
    return keys


def posting_values(posting: NormalizedPosting, extraction: Extraction | None, role_family: str | None) -> dict:
    """The JobPosting column values of one posting (is_demo from its record, which the pipeline sets per source)."""
    return dict(
        source=posting.record.source, external_id=posting.external_id, text_hash=posting.text_hash,
        title=posting.title, company=posting.company, location_raw=posting.location_raw, city=posting.city,
        country=posting.country, remote=posting.remote, role_family=role_family,
        seniority=posting.seniority or (extraction.seniority if extraction else None),
        salary_min=posting.salary.annual_min, salary_max=posting.salary.annual_max,
        salary_currency=posting.salary.currency, salary_annual_usd=posting.salary.annual_usd,
        posted_at=posting.posted_at, url=posting.url, description=posting.description,
        is_demo=posting.record.is_demo,
    )


def insert_postings(session: Session, items: list[Ready]) -> list[int]:
    """Bulk-insert JobPosting rows (ids returned in order) and their JobSkill rows; returns the new ids."""
    now = utcnow()
    rows = [{**posting_values(i.posting, i.extraction, i.role_family), "created_at": now} for i in items]
    stmt = insert(JobPosting.__table__).returning(JobPosting.__table__.c.id, sort_by_parameter_order=True)
    ids = [int(r[0]) for r in session.execute(stmt, rows)]
    skills = [row for pid, item in zip(ids, items) for row in skill_rows(pid, item.extraction)]
    if skills:
        session.execute(insert(JobSkill.__table__), skills)
    return ids


def add_posting(session: Session, posting: NormalizedPosting, extraction: Extraction | None,
                role_family: str | None) -> JobPosting:
    """Add one JobPosting and its JobSkill rows through the ORM (flushes to get the id)."""
    row = JobPosting(**posting_values(posting, extraction, role_family))
    session.add(row)
    session.flush()
    for skill in job_skills(row.id, extraction):
        session.add(skill)
    return row


def job_skills(posting_id: int, extraction: Extraction | None) -> list[JobSkill]:
    """One JobSkill per distinct skill (canonical id, else lower-cased name), strongest requirement kept."""
    return [JobSkill(**row) for row in skill_rows(posting_id, extraction)]


def skill_rows(posting_id: int, extraction: Extraction | None) -> list[dict]:
    """job_skills as plain column dicts (what the bulk insert writes)."""
    best: dict[str, dict] = {}
    for m in extraction.mentions if extraction else []:
        key = m.skill_id or f"~{m.name.lower()}"
        have = best.get(key)
        if have is None:
            best[key] = {"posting_id": posting_id, "skill_id": m.skill_id, "name": m.name[:255],
                         "requirement": m.requirement, "confidence": m.confidence, "years": m.years}
            continue
        if _RANK.get(m.requirement, 0) > _RANK.get(have["requirement"], 0):
            have["requirement"] = m.requirement
        have["confidence"] = max(have["confidence"], m.confidence)
        if m.years is not None:
            have["years"] = max(have["years"] or 0, m.years)
    return list(best.values())
