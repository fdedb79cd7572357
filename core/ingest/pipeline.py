"""ingest(): Source -> batches -> BatchWriter, failures -> dead letters, a ProcessingRun row per run."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import datetime
from typing import Any, Callable

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from core.config import Settings
from core.db.models import utcnow
from core.db.session import session_scope
from core.errors import SkillGapError, StorageUnavailable
from core.ingest import hooks
from core.ingest.dead_letters import bump, decode_payload, due_dead_letters, failure_of_record, record_failure
from core.ingest.records import IngestSummary, PostingRecord, RawFailure, RetrySummary, Source
from core.ingest.runs import start_run, update_run
from core.ingest.writer import BatchWriter

ProgressFn = Callable[[int, "int | None"], None]
BatchFn = Callable[[list[int]], None]
BATCH_SIZE = 25
RETRY_SOURCE = "dead-letters"
MAX_NOTES = 20  # warnings kept verbatim on the run row and in the summary; all are counted


def ingest(engine: Engine, source: Source, settings: Settings, extractor: Any = None,
           on_progress: ProgressFn | None = None, *, batch_size: int = BATCH_SIZE, total: int | None = None,
           role_family: hooks.RoleFamilyFn | None = None, run: hooks.ExtractManyFn | None = None,
           on_batch: BatchFn | None = None) -> IngestSummary:
    """Read every record of `source` and store new postings with their skills; idempotent on rerun.

    `run` extracts the texts the cache misses (default: in this process; the demo build passes a worker pool);
    `on_batch(ids)` is called with the new posting ids after each committed batch (e.g. to index them).
    Postings of a source with `is_demo = True` are stored flagged as demo data.
    """
    writer = _writer(engine, settings, extractor, role_family, run)
    demo = bool(getattr(source, "is_demo", False))
    if total is None and hasattr(source, "__len__"):
        total = len(source)
    run_id = start_run(engine, source.name)
    counts = {"added": 0, "duplicates": 0, "failed": 0}
    timings = {"extract_s": 0.0, "write_s": 0.0, "batches": 0}
    warnings: dict = {"warnings": 0, "notes": []}
    started, done, batch = time.perf_counter(), 0, []

    def flush() -> None:
        outcome = writer.write(batch)
        _dead_letter(engine, [failure_of_record(r, e) for r, e in outcome.failures])
        counts["added"] += outcome.added
        counts["duplicates"] += outcome.duplicates
        counts["failed"] += len(outcome.failures)
        timings["batches"] += 1
        for key in ("extract_s", "write_s"):
            timings[key] += outcome.timings[key]
        _note(warnings, outcome.notes)
        update_run(engine, run_id, counts, {**timings, **warnings}, started, status="running")
        batch.clear()
        if on_batch and outcome.ids:
            on_batch(outcome.ids)

    try:
        for item in source.iter_records():
            done += 1
            if isinstance(item, RawFailure):
                _dead_letter(engine, [item])
                counts["failed"] += 1
            else:
                batch.append(replace(item, is_demo=True) if demo and not item.is_demo else item)
                if len(batch) >= batch_size:
                    flush()
            if on_progress:
                on_progress(done, total)
        if batch:
            flush()
    except BaseException as exc:
        timings["error"] = f"{type(exc).__name__}: {exc}"[:500]
        update_run(engine, run_id, counts, {**timings, **warnings}, started, status="failed", finished=True)
        raise
    status = "ok" if not counts["failed"] else "partial"
    update_run(engine, run_id, counts, {**timings, **warnings}, started, status=status, finished=True)
    return IngestSummary(run_id=run_id, **counts, warnings=warnings["warnings"], notes=tuple(warnings["notes"]))


def _note(warnings: dict, notes: list[str]) -> None:
    """Count every warning of a batch; keep the first MAX_NOTES texts (a run row stays small)."""
    warnings["warnings"] += len(notes)
    room = MAX_NOTES - len(warnings["notes"])
    if room > 0:
        warnings["notes"].extend(n[:300] for n in notes[:room])


def retry_dead_letters(engine: Engine, settings: Settings, extractor: Any = None, *, now: datetime | None = None,
                       source: str | None = None, limit: int | None = None, include_not_due: bool = False,
                       role_family: hooks.RoleFamilyFn | None = None) -> RetrySummary:
    """Retry the open dead letters that are due; resolve those that now succeed (or turn out duplicates)."""
    now = now or utcnow()
    writer = _writer(engine, settings, extractor, role_family)
    run_id = start_run(engine, RETRY_SOURCE if source is None else f"{RETRY_SOURCE}:{source}")
    started = time.perf_counter()
    with Session(engine) as session:
        rows = due_dead_letters(session, now, source, limit, include_not_due)
    resolved = failing = 0
    for row in rows:
        try:
            outcome = writer.write([decode_payload(row)])
            error = outcome.failures[0][1] if outcome.failures else None
        except SkillGapError as exc:
            error = str(exc)
        with session_scope(engine) as session:
            row = session.merge(row)
            if error is None:
                row.resolved_at = now
                resolved += 1
            else:
                bump(row, error, now)
                failing += 1
    counts = {"added": resolved, "duplicates": 0, "failed": failing}
    update_run(engine, run_id, counts, {"retried": len(rows)}, started,
               status="ok" if not failing else "partial", finished=True)
    return RetrySummary(resolved=resolved, still_failing=failing, run_id=run_id)


def _writer(engine: Engine, settings: Settings, extractor: Any, role_family: hooks.RoleFamilyFn | None,
            run: hooks.ExtractManyFn | None = None):
    taxonomy = None
    if extractor is None or role_family is None:
        taxonomy = hooks.load_taxonomy(settings)
    if extractor is None:
        extractor = hooks.default_extractor(settings, taxonomy)
    extract = hooks.extract_fn(engine, extractor, run) if extractor is not None else None
    family = role_family or hooks.role_family_fn(settings, taxonomy)
    return BatchWriter(engine, settings, extract, family)


def _dead_letter(engine: Engine, failures: list[RawFailure]) -> None:
    if not failures:
        return
    try:
        with session_scope(engine) as session:
            for failure in failures:
                record_failure(session, failure.source, failure.ref, failure.payload_json, failure.error)
    except DBAPIError as exc:
        raise StorageUnavailable(f"could not record {len(failures)} failed posting(s): {exc.orig}") from exc


__all__ = ["ingest", "retry_dead_letters", "IngestSummary", "RetrySummary", "PostingRecord", "BATCH_SIZE"]
