"""PostingRecord -> NormalizedPosting: clean text, dedupe hash, canonical location, annual USD salary."""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import datetime

from core.config import Limits
from core.errors import IngestError
from core.ingest.gibberish import garbage_reason
from core.ingest.html_text import html_to_text, looks_like_html
from core.ingest.locations import canonicalize
from core.ingest.records import PostingRecord
from core.ingest.salary import Salary, implausible_salary, normalize_salary

MAX_TITLE = 300
MAX_FIELD = 255


@dataclass(frozen=True)
class NormalizedPosting:
    """Everything a JobPosting row needs except extraction results."""

    record: PostingRecord
    title: str
    description: str
    text_hash: str
    company: str | None
    location_raw: str | None
    city: str | None
    country: str | None
    remote: bool
    salary: Salary
    posted_at: datetime | None
    url: str | None
    external_id: str | None
    seniority: str | None = None  # from the source's column; the writer falls back to the extractor's
    notes: tuple[str, ...] = ()  # changes worth reporting on the run (cut description, dropped salary...)

    @property
    def dedupe_key(self) -> tuple[str, str]:
        """("ext", source|external_id) when the source gives an id, else ("hash", text hash)."""
        if self.external_id:
            return "ext", f"{self.record.source}|{self.external_id}"
        return "hash", self.text_hash


def normalize_text(text: str) -> str:
    """NFKC, unified newlines, trimmed lines, at most one blank line in a row."""
    text = unicodedata.normalize("NFKC", text).replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    text = "\n".join(re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def text_hash(text: str) -> str:
    """sha256 of the case-folded, whitespace-collapsed normalized text (the dedupe key without an id)."""
    folded = re.sub(r"\s+", " ", normalize_text(text).casefold()).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def normalize(record: PostingRecord, limits: Limits) -> NormalizedPosting:
    """Validate and normalize one record; raises IngestError when it cannot become a posting."""
    record = _encodable(record)
    ref = record.ref or "record"
    notes = list(record.notes)
    title = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", record.title or "")).strip()[:MAX_TITLE]
    description = _description(record.description or "", limits.max_chars, ref, notes)
    if not title:
        raise IngestError(f"{ref}: empty title")
    if not description:
        raise IngestError(f"{ref}: empty description")
    garbage = garbage_reason(title, description)
    if garbage:
        raise IngestError(f"{ref}: {garbage}")
    location = canonicalize(record.location_raw)
    salary = _salary(record, location.country, ref, notes)
    remote = bool(record.remote) if record.remote is not None else location.remote
    return NormalizedPosting(
        record=record,
        title=title,
        description=description,
        text_hash=text_hash(description),
        company=_short(record.company),
        location_raw=_short(record.location_raw),
        city=location.city,
        country=location.country,
        remote=remote,
        salary=salary,
        posted_at=record.posted_at,
        url=_short(record.url, 2000),
        external_id=_short(record.external_id),
        seniority=record.seniority,
        notes=tuple(f"{ref}: {n}" for n in notes),
    )


def _description(raw: str, limit: int, ref: str, notes: list[str]) -> str:
    """Plain normalized text cut at the limit; a cut is noted (the posting is kept, the run says so)."""
    text = normalize_text(html_to_text(raw) if looks_like_html(raw) else raw)
    if len(text) > limit:
        notes.append(f"description cut from {len(text):,} to {limit:,} characters")
        text = text[:limit]
    return text


def _salary(record: PostingRecord, country: str | None, ref: str, notes: list[str]) -> Salary:
    """The normalized salary, or none with a note when the amounts are implausible (1e30, 0.01 a year)."""
    low, high = _number(record.salary_min), _number(record.salary_max)
    low, high = (None if v == 0 else v for v in (low, high))  # 0 is how exports say "not given"
    reason = implausible_salary(low, high, record.salary_currency, record.salary_period, country)
    if reason:
        notes.append(f"salary dropped: {reason}")
        low = high = None
    return normalize_salary(low, high, record.salary_currency, record.salary_period, country)


def _number(value) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError) as exc:
        raise IngestError(f"salary {value!r} is not a number") from exc
    return number if math.isfinite(number) and number >= 0 else None  # NaN, infinity and negatives -> unknown


def _encodable(record: PostingRecord) -> PostingRecord:
    """The record with lone surrogates (JSON "\\ud800" escapes) replaced by "?": they cannot be stored as UTF-8."""
    bad = {name: value.encode("utf-8", "replace").decode("utf-8") for name, value in vars(record).items()
           if isinstance(value, str) and not value.isascii() and _has_surrogate(value)}
    return replace(record, **bad) if bad else record


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _short(value: str | None, limit: int = MAX_FIELD) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value[:limit] or None
