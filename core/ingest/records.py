"""Records that cross the ingestion boundary: PostingRecord, RawFailure and the Source contract."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from typing import Iterator, Protocol, runtime_checkable

SalaryPeriod = str  # "year" | "month" | "week" | "day" | "hour"


@dataclass(frozen=True)
class PostingRecord:
    """One job posting as read from any source, before normalization."""

    source: str
    external_id: str | None
    title: str
    company: str | None
    location_raw: str | None
    description: str
    salary_min: float | None = None
    salary_max: float | None = None
    salary_currency: str | None = None
    posted_at: datetime | None = None  # aware UTC
    url: str | None = None
    remote: bool | None = None
    salary_period: SalaryPeriod | None = None  # None means "year"
    employment_type: str | None = None
    ref: str | None = None  # where it came from: "row 12", a URL, a board job id
    is_demo: bool = False  # generated demo data (set by the pipeline for sources with is_demo = True)
    seniority: str | None = None  # from a seniority column (intern..principal); else the extractor's guess
    notes: tuple[str, ...] = ()  # what reading changed or dropped ("salary_min is a list; ignored")

    def to_json(self) -> str:
        """JSON payload (dead letters); datetimes as ISO strings."""
        data = asdict(self)
        if self.posted_at is not None:
            data["posted_at"] = self.posted_at.isoformat()
        return json.dumps({"kind": "record", "record": data}, ensure_ascii=False)

    @classmethod
    def from_payload(cls, data: dict) -> "PostingRecord":
        """Inverse of to_json's inner "record" object (unknown keys ignored)."""
        keys = {f.name for f in fields(cls)}
        row = {k: v for k, v in data.items() if k in keys}
        if row.get("posted_at"):
            row["posted_at"] = datetime.fromisoformat(row["posted_at"])
        row["notes"] = tuple(row.get("notes") or ())
        return cls(**row)


@dataclass(frozen=True)
class RawFailure:
    """An input item that could not become a PostingRecord; it goes to the dead-letter table."""

    source: str
    ref: str | None
    error: str
    payload_json: str  # {"kind": "row", "row": {...}, "mapping": {...}} or other self-describing JSON


@runtime_checkable
class Source(Protocol):
    """The one contract for every posting source (one file per source in core/ingest/).

    Optional extras the pipeline honours when present: `is_demo: bool` (marks every posting as demo data)
    and `__len__` (the total for progress reporting).
    """

    name: str

    def iter_records(self) -> Iterator[PostingRecord | RawFailure]:
        """Yield records (or failures) lazily; may raise domain errors for whole-source problems."""
        ...


@dataclass(frozen=True)
class IngestSummary:
    """Counts of one ingestion run; `warnings` counts postings stored with a change worth knowing (a description
    cut at the limit, an implausible salary dropped), `notes` holds the first of those messages."""

    added: int
    duplicates: int
    failed: int
    run_id: int | None
    warnings: int = 0
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        """Plain JSON-able dict."""
        return asdict(self)


@dataclass(frozen=True)
class RetrySummary:
    """Counts of one dead-letter retry pass."""

    resolved: int
    still_failing: int
    run_id: int | None

    def to_dict(self) -> dict:
        """Plain JSON-able dict."""
        return asdict(self)
