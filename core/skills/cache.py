"""The DocumentExtraction cache (contract in ../shared/design.md).

One row per (doc_type, sha256 of normalised text, extractor_version, model_id, prompt_version), status
running | ready | failed. The first request inserts a `running` row (the unique key makes exactly one insert
win; the loser's IntegrityError sends it to the waiting path), extracts, then stores the result as `ready`, or
`failed` with the error. A concurrent request for the same key polls briefly (bounded) and reads the winner's
result; if the wait runs out it extracts for itself without writing. A `failed` row, or a `running` row older
than STALE_AFTER (a crashed worker), is claimed by a conditional update and retried.

Text normalisation for the key must never move offsets (cached offsets index the caller's text), so it only
drops trailing whitespace: texts that differ anywhere else are different rows.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from core.db.models import DocumentExtraction, utcnow
from core.db.session import session_scope
from core.errors import NotFound
from core.skills.extract import Extractor
from core.skills.models import Extraction, UserCorrection

STALE_AFTER = timedelta(minutes=10)


@dataclass(frozen=True)
class CacheKey:
    """The cache key of one extraction."""

    doc_type: str
    text_sha256: str
    extractor_version: str
    model_id: str
    prompt_version: str = "none"


@dataclass
class CachedExtraction:
    """A cache row as callers see it."""

    key: CacheKey
    status: str  # running | ready | failed
    extraction: Extraction | None
    corrections: list[UserCorrection] = field(default_factory=list)
    error: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


def text_sha256(text: str) -> str:
    """sha256 of the normalised text (trailing whitespace dropped; nothing that could move an offset)."""
    return hashlib.sha256(text.rstrip().encode("utf-8")).hexdigest()


def cache_key(extractor: Extractor, text: str, kind: str, prompt_version: str = "none") -> CacheKey:
    """The key for extracting `text` as `kind` with `extractor`."""
    return CacheKey(kind, text_sha256(text), extractor.version, extractor.model_id, prompt_version)


def _where(key: CacheKey):
    """Column conditions selecting the row of `key`."""
    T = DocumentExtraction
    return (T.doc_type == key.doc_type, T.text_sha256 == key.text_sha256,
            T.extractor_version == key.extractor_version, T.model_id == key.model_id,
            T.prompt_version == key.prompt_version)


def _load(engine: Engine, key: CacheKey) -> DocumentExtraction | None:
    """The row of `key`, or None."""
    with session_scope(engine) as session:
        return session.exec(select(DocumentExtraction).where(*_where(key))).first()


def _to_cached(key: CacheKey, row: DocumentExtraction) -> CachedExtraction:
    """Row -> CachedExtraction (diagnostics merged back into the Extraction)."""
    extraction = None
    if row.status == "ready" and row.result_json:
        data = json.loads(row.result_json)
        data["diagnostics"] = json.loads(row.diagnostics_json or "{}")
        extraction = Extraction.from_dict(data)
    corrections = [UserCorrection.from_dict(c) for c in json.loads(row.user_corrections_json or "[]")]
    return CachedExtraction(key, row.status, extraction, corrections, row.error, row.created_at, row.updated_at)


def get_cached(engine: Engine, extractor: Extractor, text: str, kind: str, *,
               prompt_version: str = "none") -> CachedExtraction | None:
    """The cache row for this text and extractor (any status), or None."""
    key = cache_key(extractor, text, kind, prompt_version)
    row = _load(engine, key)
    return _to_cached(key, row) if row else None


def _claim(engine: Engine, key: CacheKey, row: DocumentExtraction | None) -> bool:
    """Insert a running row, or take over a failed/stale one; True when this caller now owns the work."""
    now = utcnow()
    try:
        with session_scope(engine) as session:
            if row is None:
                session.add(DocumentExtraction(
                    doc_type=key.doc_type, text_sha256=key.text_sha256, extractor_version=key.extractor_version,
                    model_id=key.model_id, prompt_version=key.prompt_version, status="running",
                ))
                return True
            T = DocumentExtraction
            done = session.execute(
                update(T).where(T.id == row.id, T.status == row.status, T.updated_at == row.updated_at)
                .values(status="running", error=None, updated_at=now)
            )
            return done.rowcount == 1
    except IntegrityError:
        return False  # another request inserted the same key first


def _finish(engine: Engine, key: CacheKey, extraction: Extraction | None, error: str | None) -> None:
    """Store the result (ready) or the error (failed) on the row of `key`."""
    T = DocumentExtraction
    values: dict = {"updated_at": utcnow()}
    if extraction is not None:
        data = extraction.to_dict()
        diagnostics = data.pop("diagnostics", {})
        values.update(status="ready", result_json=json.dumps(data), diagnostics_json=json.dumps(diagnostics),
                      error=None)
    else:
        values.update(status="failed", error=(error or "unknown error")[:2000])
    with session_scope(engine) as session:
        session.execute(update(T).where(*_where(key)).values(**values))


def _is_stale(row: DocumentExtraction) -> bool:
    """A running row nobody has touched for STALE_AFTER."""
    return row.status == "running" and utcnow() - row.updated_at > STALE_AFTER


def extract_cached(
    engine: Engine, extractor: Extractor, text: str, kind: str, *, prompt_version: str = "none",
    wait_s: float = 10.0, poll_s: float = 0.05, sleep: Callable[[float], None] = time.sleep,
) -> Extraction:
    """The cached extraction for this key, computing (once across concurrent callers) when missing."""
    key = cache_key(extractor, text, kind, prompt_version)
    waited = 0.0
    while True:
        row = _load(engine, key)
        if row is not None and row.status == "ready":
            return _to_cached(key, row).extraction
        if row is None or row.status == "failed" or _is_stale(row):
            if _claim(engine, key, row):
                return _run(engine, key, extractor, text, kind)
            continue  # somebody else claimed it: re-read
        if waited >= wait_s:
            return extractor.extract(text, kind)  # the owner is slow: answer without touching its row
        sleep(poll_s)
        waited += poll_s


def _run(engine: Engine, key: CacheKey, extractor: Extractor, text: str, kind: str) -> Extraction:
    """Extract as the row's owner and record ready or failed."""
    try:
        extraction = extractor.extract(text, kind)
    except Exception as exc:
        _finish(engine, key, None, f"{type(exc).__name__}: {exc}")
        raise
    _finish(engine, key, extraction, None)
    return extraction


def set_user_corrections(engine: Engine, extractor: Extractor, text: str, kind: str,
                         corrections: list[UserCorrection], *, prompt_version: str = "none") -> None:
    """Replace the user corrections stored with this extraction (NotFound when there is no row)."""
    key = cache_key(extractor, text, kind, prompt_version)
    payload = json.dumps([c.to_dict() for c in corrections])
    with session_scope(engine) as session:
        T = DocumentExtraction
        done = session.execute(update(T).where(*_where(key)).values(user_corrections_json=payload,
                                                                     updated_at=utcnow()))
        if done.rowcount != 1:
            raise NotFound("No cached extraction for this document; extract it first.")


def get_user_corrections(engine: Engine, extractor: Extractor, text: str, kind: str, *,
                         prompt_version: str = "none") -> list[UserCorrection]:
    """The user corrections stored with this extraction ([] when none or no row)."""
    cached = get_cached(engine, extractor, text, kind, prompt_version=prompt_version)
    return cached.corrections if cached else []
