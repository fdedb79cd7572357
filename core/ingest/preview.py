"""What an ingest would read from a CSV / JSONL / Parquet file, before ingesting: the column -> field mapping,
the columns left unused, the first rows as mapped fields and an estimate of the row count.

For the Data page's "check the columns" step; nothing is written to the database.
"""

from __future__ import annotations

import csv
import json
import tempfile
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, Iterator, Mapping

from core.errors import InvalidInput, ParseError
from core.ingest.columns import ColumnMap, flatten, match_columns, row_to_record
from core.ingest.records import RawFailure

PREVIEW_ROWS = 5
_SAMPLE_RECORDS = 200  # records read to estimate the size of a row
_CELL_CHARS = 200
_SUFFIX = {"csv": ".csv", "jsonl": ".jsonl", "parquet": ".parquet"}


@dataclass(frozen=True)
class ColumnPreview:
    """The mapping an ingest would use and what it makes of the first rows."""

    format: str
    columns: tuple[str, ...]  # every column found, in file order
    mapping: dict[str, str]  # column -> field (title, company, ..., seniority); fallback columns included
    unmapped: tuple[str, ...]  # columns no field reads
    missing: tuple[str, ...]  # required fields (title, description) without a column: ingest would refuse
    rows: tuple[dict[str, Any], ...]  # first rows as field -> value ("error" when the row would be a dead letter)
    row_estimate: int
    row_estimate_exact: bool


def preview_mapping(path_or_bytes: str | Path | bytes, fmt: str | None = None, *,
                    overrides: Mapping[str, str] | None = None, rows: int = PREVIEW_ROWS) -> ColumnPreview:
    """Preview the column mapping of a csv/jsonl/parquet file (a path, or the uploaded bytes with fmt)."""
    if isinstance(path_or_bytes, (bytes, bytearray, memoryview)):
        if fmt not in _SUFFIX:
            raise InvalidInput(f"preview needs the format of the bytes: one of {', '.join(_SUFFIX)}")
        with tempfile.TemporaryDirectory(prefix="skillgap-preview-") as folder:
            path = Path(folder) / f"upload{_SUFFIX[fmt]}"
            path.write_bytes(bytes(path_or_bytes))
            return preview_mapping(path, fmt, overrides=overrides, rows=rows)
    path = Path(path_or_bytes)
    if not path.is_file():
        raise InvalidInput(f"no such file: {path}")
    fmt = fmt or _format_of(path)
    reader = _READERS.get(fmt)
    if reader is None:
        raise InvalidInput(f"no column preview for {fmt!r} files; formats: {', '.join(_READERS)}")
    columns, records, estimate, exact = reader(path, rows)
    chosen, missing = match_columns(columns, overrides)
    mapping = {column: field for field, cols in chosen.items() for column in cols}
    mapping = {c: mapping[c] for c in columns if c in mapping}
    shown = tuple(_mapped_row(row, chosen, missing, fmt, number) for number, row in enumerate(records, start=1))
    return ColumnPreview(fmt, tuple(columns), mapping, tuple(c for c in columns if c not in mapping),
                         tuple(missing), shown, estimate, exact)


def _format_of(path: Path) -> str:
    from core.ingest.registry import detect_format

    return detect_format(str(path))


def _mapped_row(row: Mapping, chosen: dict[str, list[str]], missing: list[str], fmt: str, number: int) -> dict:
    """The fields an ingest would store for one row (raw cells when the mapping lacks a required field)."""
    mapping = ColumnMap(tuple(sorted((f, tuple(c)) for f, c in chosen.items())))
    if missing:
        return {field: _short(mapping.value(row, field)) for field in chosen}
    record = row_to_record(row, mapping, f"{fmt}:preview", f"row {number}")
    if isinstance(record, RawFailure):
        return {"error": record.error}
    fields = ("title", "company", "location_raw", "seniority", "employment_type", "salary_min", "salary_max",
              "salary_currency", "salary_period", "posted_at", "remote", "url", "external_id", "description")
    out = {name: _short(getattr(record, name)) for name in fields}
    out["posted_at"] = record.posted_at.isoformat() if record.posted_at else None
    if record.notes:
        out["notes"] = list(record.notes)
    return out


def _short(value):
    if isinstance(value, str) and len(value) > _CELL_CHARS:
        return value[:_CELL_CHARS] + "…"
    return value


def _csv(path: Path, rows: int) -> tuple[list[str], list[dict], int, bool]:
    from core.ingest.csv_rows import CsvRecord, read_header
    from core.ingest.csv_source import _FIELD_LIMIT, sniff_dialect
    from core.ingest.encoding import detect_encoding

    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    with path.open(newline="", encoding=detect_encoding(path), errors="replace") as handle:
        dialect = sniff_dialect(handle.read(64 * 1024))
        handle.seek(0)
        header, records = read_header(handle, dialect)
        if not header:
            raise InvalidInput(f"{path.name} has no header row")
        sample = list(islice(records, _SAMPLE_RECORDS))
        ended = next(records, None) is None
    good = [dict(zip(header, r.cells)) for r in sample if isinstance(r, CsvRecord)][:rows]
    if ended:
        return header, good, len(sample), True
    data_lines = max(r.line if isinstance(r, CsvRecord) else r.last for r in sample) - 1  # line 1 is the header
    return header, good, round((_count_lines(path) - 1) * len(sample) / max(1, data_lines)), False


def _jsonl(path: Path, rows: int) -> tuple[list[str], list[dict], int, bool]:
    from core.ingest.jsonl_source import JsonlSource

    headers = JsonlSource(path).headers()
    objects: list[dict] = []
    for line in _text_lines(path):
        try:
            obj = json.loads(line)
        except (RecursionError, ValueError):
            continue
        if isinstance(obj, dict):
            objects.append(flatten(obj))
        if len(objects) >= rows:
            break
    return headers, objects, _count_lines(path), False


def _parquet(path: Path, rows: int) -> tuple[list[str], list[dict], int, bool]:
    import pyarrow.parquet as pq

    try:
        handle = pq.ParquetFile(path)
    except (OSError, ValueError) as exc:
        raise ParseError(f"cannot read {path.name} as Parquet: {exc}") from exc
    first = next(handle.iter_batches(batch_size=max(1, rows)), None)
    records = first.to_pylist()[:rows] if first is not None else []
    return list(handle.schema_arrow.names), records, handle.metadata.num_rows, True


def _text_lines(path: Path) -> Iterator[str]:
    from core.ingest.encoding import detect_encoding

    with path.open(encoding=detect_encoding(path), errors="replace") as handle:
        for line in handle:
            if line.strip():
                yield line


def _count_lines(path: Path) -> int:
    """Lines of a file (the last one without a newline counts), read in 1 MB blocks."""
    count, last = 0, b"\n"
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (last != b"\n")


_READERS = {"csv": _csv, "jsonl": _jsonl, "parquet": _parquet}

__all__ = ["ColumnPreview", "preview_mapping", "PREVIEW_ROWS"]
