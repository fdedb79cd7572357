"""Dead letters: failed inputs with their payload, error, attempts and next retry time (exponential backoff)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Callable

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from core.db.models import DeadLetter, utcnow
from core.errors import IngestError, InvalidInput
from core.ingest.columns import ColumnMap, flatten, row_to_record
from core.ingest.records import PostingRecord, RawFailure

BACKOFF_BASE_S = 60
BACKOFF_CAP_S = 24 * 3600


def backoff_seconds(attempts: int) -> int:
    """Delay before the next retry: 60 s x 2^attempts, capped at one day."""
    return int(min(BACKOFF_BASE_S * 2 ** max(0, attempts), BACKOFF_CAP_S))


def record_failure(session: Session, source: str, ref: str | None, payload_json: str, error: str,
                   now: datetime | None = None) -> DeadLetter:
    """Add a dead letter, or bump the open one with the same source and payload (a rerun adds no twin)."""
    now = now or utcnow()
    open_row = session.exec(select(DeadLetter).where(
        DeadLetter.source == source, DeadLetter.payload == payload_json, DeadLetter.resolved_at.is_(None),
    )).first()
    if open_row is None:
        open_row = DeadLetter(source=source, ref=ref, payload=payload_json, last_error=error[:4000], attempts=1,
                              next_retry_at=now + timedelta(seconds=backoff_seconds(1)))
        session.add(open_row)
        return open_row
    bump(open_row, error, now)
    session.add(open_row)
    return open_row


def bump(row: DeadLetter, error: str, now: datetime) -> None:
    """One more failed attempt: new error, attempts + 1, next retry pushed out."""
    row.attempts += 1
    row.last_error = error[:4000]
    row.next_retry_at = now + timedelta(seconds=backoff_seconds(row.attempts))


def failure_of_record(record: PostingRecord, error: str) -> RawFailure:
    """A RawFailure carrying the whole record as payload."""
    return RawFailure(source=record.source, ref=record.ref, error=error, payload_json=record.to_json())


def due_dead_letters(session: Session, now: datetime, source: str | None = None,
                     limit: int | None = None, include_not_due: bool = False) -> list[DeadLetter]:
    """Open dead letters whose next retry time has come (oldest first)."""
    query = select(DeadLetter).where(DeadLetter.resolved_at.is_(None))
    if not include_not_due:
        query = query.where((DeadLetter.next_retry_at.is_(None)) | (DeadLetter.next_retry_at <= now))
    if source:
        query = query.where(DeadLetter.source == source)
    query = query.order_by(DeadLetter.id)
    return list(session.exec(query.limit(limit) if limit else query).all())


def decode_payload(row: DeadLetter) -> PostingRecord:
    """Rebuild the record a dead letter stands for; raises IngestError when it still cannot be read."""
    try:
        payload = json.loads(row.payload)
    except json.JSONDecodeError as exc:
        raise IngestError(f"dead letter {row.id}: payload is not JSON") from exc
    decoder = DECODERS.get(payload.get("kind") if isinstance(payload, dict) else None)
    if decoder is None:
        raise IngestError(f"dead letter {row.id}: unknown payload kind")
    result = decoder(payload, row.source, row.ref or "")
    if isinstance(result, RawFailure):
        raise IngestError(result.error)
    return result


def _from_record(payload: dict, _source: str, _ref: str) -> PostingRecord:
    return PostingRecord.from_payload(payload["record"])


def _from_row(payload: dict, source: str, ref: str) -> PostingRecord | RawFailure:
    mapping = ColumnMap.from_dict(payload.get("mapping") or {})
    return row_to_record(payload.get("row") or {}, mapping, source, payload.get("ref") or ref)


def _from_line(payload: dict, source: str, ref: str) -> PostingRecord | RawFailure:
    try:
        obj = json.loads(payload.get("line") or "")
    except json.JSONDecodeError as exc:
        raise IngestError(f"{ref}: invalid JSON ({exc.msg})") from exc
    except (RecursionError, ValueError) as exc:
        raise IngestError(f"{ref}: invalid JSON (too deeply nested or a number too long)") from exc
    if not isinstance(obj, dict):
        raise IngestError(f"{ref}: expected a JSON object")
    return _from_row({**payload, "row": flatten(obj)}, source, ref)


def _from_csv_lines(payload: dict, source: str, ref: str) -> PostingRecord | RawFailure:
    import csv

    from core.ingest.csv_rows import parse_lines

    header = list(payload.get("header") or [])

    class Dialect(csv.excel):
        delimiter = payload.get("delimiter") or ","

    cells = parse_lines(payload.get("text") or "", header, Dialect)
    if cells is None:
        raise IngestError(f"{ref}: still not one well-formed CSV row for the header")
    return _from_row({**payload, "row": dict(zip(header, cells))}, source, ref)


def _from_board_job(payload: dict, source: str, ref: str) -> PostingRecord | RawFailure:
    from core.ingest.greenhouse_source import job_to_record
    from core.ingest.lever_source import posting_to_record

    convert = {"greenhouse": job_to_record, "lever": posting_to_record}.get(payload.get("ats"))
    if convert is None or not isinstance(payload.get("job"), dict):
        raise InvalidInput(f"{ref}: cannot rebuild this board job")
    return convert(payload["job"], source, payload.get("board") or "")


DECODERS: dict[str, Callable[[dict, str, str], PostingRecord | RawFailure]] = {
    "record": _from_record, "row": _from_row, "line": _from_line, "board_job": _from_board_job,
    "csv_lines": _from_csv_lines,
}
