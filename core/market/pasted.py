"""What the pipeline read from one pasted posting: its stored row and skills, so the Data page can show them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from core.db.models import JobPosting, JobSkill
from core.ingest.normalize import normalize, text_hash
from core.ingest.paste_source import PasteSource
from core.ingest.records import PostingRecord
from core.config import Limits


@dataclass(frozen=True)
class PostingSkills:
    """A stored posting with its extracted skills by requirement (display names)."""

    posting_id: int
    title: str
    company: str | None
    role_family: str | None
    seniority: str | None
    required: tuple[str, ...]
    preferred: tuple[str, ...]
    mentioned: tuple[str, ...]


def pasted_posting(engine, source: PasteSource, limits: Limits) -> PostingSkills | None:
    """The stored posting a paste produced (new or already there), with its skills; None when it was not stored."""
    record = next((r for r in source.iter_records() if isinstance(r, PostingRecord)), None)
    if record is None:
        return None
    wanted = text_hash(normalize(record, limits).description)
    with Session(engine) as session:
        row = session.exec(select(JobPosting).where(JobPosting.text_hash == wanted, JobPosting.source == source.name)
                           .order_by(JobPosting.id.desc())).first()
        if row is None:
            return None
        skills = session.exec(select(JobSkill).where(JobSkill.posting_id == row.id)
                              .order_by(JobSkill.confidence.desc(), JobSkill.name)).all()
    by = {kind: tuple(dict.fromkeys(s.name for s in skills if s.requirement == kind))
          for kind in ("required", "preferred")}
    others = tuple(dict.fromkeys(s.name for s in skills if s.requirement not in by))
    return PostingSkills(int(row.id), row.title, row.company, row.role_family, row.seniority,
                         by["required"], by["preferred"], others)
