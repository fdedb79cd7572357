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
from typing import Callable, Sequence

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


# --- Batched path (bulk ingestion): one lookup and one bulk insert per batch -------------------------------------

ExtractMany = Callable[[list[str]], list]  # texts -> Extraction or Exception per text (same order)
_IN_CHUNK = 900  # hashes per IN (...) query: under SQLite's variable limit


def extract_cached_many(engine: Engine, extractor: Extractor, texts: Sequence[str], kind: str, *,
                        prompt_version: str = "none", run: ExtractMany | None = None) -> list:
    """Cached extractions of many texts: one lookup, the misses extracted (by `run`), one bulk insert.

    Returns an Extraction or the Exception raised for it, per text. Same keys and row states as
    extract_cached: ready rows are read, missing rows are inserted ready/failed, failed and stale running rows
    are taken over by a conditional update. A fresh running row (another worker owns it) is extracted here
    without touching the row, like a waiter that ran out of time.
    """
    keys = [cache_key(extractor, text, kind, prompt_version) for text in texts]
    rows = _load_many(engine, keys)
    results: dict[str, object] = {}
    todo: dict[str, int] = {}  # sha -> index of the first text with it
    for i, key in enumerate(keys):
        row = rows.get(key.text_sha256)
        if key.text_sha256 in results or key.text_sha256 in todo:
            continue
        if row is not None and row.status == "ready":
            results[key.text_sha256] = _to_cached(key, row).extraction
        else:
            todo[key.text_sha256] = i
    if todo:
        order = list(todo.values())
        extracted = (run or run_in_process(extractor, kind))([texts[i] for i in order])
        for i, result in zip(order, extracted):
            results[keys[i].text_sha256] = result
        _store_many(engine, [(keys[i], rows.get(keys[i].text_sha256), results[keys[i].text_sha256]) for i in order])
    return [results[key.text_sha256] for key in keys]


def run_in_process(extractor: Extractor, kind: str) -> ExtractMany:
    """Extract texts one by one in this process, catching each text's error."""
    def run(texts: list[str]) -> list:
        out = []
        for text in texts:
            try:
                out.append(extractor.extract(text, kind))
            except Exception as exc:  # noqa: BLE001 - recorded as a failed row, returned to the caller
                out.append(exc)
        return out
    return run


def _load_many(engine: Engine, keys: list[CacheKey]) -> dict[str, DocumentExtraction]:
    """Rows of these keys (all share doc_type, versions and prompt), by text sha."""
    if not keys:
        return {}
    T, first = DocumentExtraction, keys[0]
    shas = sorted({k.text_sha256 for k in keys})
    found: dict[str, DocumentExtraction] = {}
    with session_scope(engine) as session:
        for start in range(0, len(shas), _IN_CHUNK):
            chunk = shas[start:start + _IN_CHUNK]
            stmt = select(T).where(T.doc_type == first.doc_type, T.extractor_version == first.extractor_version,
                                   T.model_id == first.model_id, T.prompt_version == first.prompt_version,
                                   T.text_sha256.in_(chunk))
            found.update({row.text_sha256: row for row in session.exec(stmt)})
    return found


def _values(result) -> dict:
    """Column values of a ready (Extraction) or failed (Exception) result."""
    if isinstance(result, Extraction):
        data = result.to_dict()
        diagnostics = data.pop("diagnostics", {})
        return {"status": "ready", "result_json": json.dumps(data), "diagnostics_json": json.dumps(diagnostics),
                "error": None}
    return {"status": "failed", "error": f"{type(result).__name__}: {result}"[:2000]}


def _store_many(engine: Engine, items: list[tuple[CacheKey, DocumentExtraction | None, object]]) -> None:
    """Insert new rows in bulk (a key inserted meanwhile by another writer is left alone); take over old ones."""
    now = utcnow()
    T = DocumentExtraction
    new = [{"doc_type": k.doc_type, "text_sha256": k.text_sha256, "extractor_version": k.extractor_version,
            "model_id": k.model_id, "prompt_version": k.prompt_version, "result_json": None,
            "diagnostics_json": None, "user_corrections_json": None, "created_at": now, "updated_at": now,
            **_values(r)} for k, row, r in items if row is None]
    with session_scope(engine) as session:
        if new:
            _insert_ignoring_conflicts(session, new)
        for key, row, result in items:
            if row is not None and (row.status == "failed" or _is_stale(row)):
                session.execute(update(T).where(T.id == row.id, T.status == row.status,
                                                T.updated_at == row.updated_at)
                                .values(updated_at=now, **_values(result)))


def _insert_ignoring_conflicts(session, rows: list[dict]) -> None:
    """INSERT ... ON CONFLICT DO NOTHING on SQLite and PostgreSQL; row by row elsewhere."""
    table = DocumentExtraction.__table__
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        module = __import__(f"sqlalchemy.dialects.{dialect}", fromlist=["insert"])
        session.execute(module.insert(table).on_conflict_do_nothing(), rows)
        return
    for row in rows:
        try:
            with session.begin_nested():
                session.execute(table.insert(), [row])
        except IntegrityError:
            continue
