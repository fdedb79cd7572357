"""CSV files (LinkedIn/Kaggle-style dumps): header synonyms auto-detected, overridable with --map."""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from core.errors import InvalidInput, ParseError
from core.ingest.columns import ColumnMap, detect_columns, row_to_record
from core.ingest.csv_rows import Malformed, read_header
from core.ingest.encoding import detect_encoding
from core.ingest.records import PostingRecord, RawFailure

_FIELD_LIMIT = min(sys.maxsize, 2**31 - 1)  # descriptions can be longer than csv's 128 KB default


@dataclass
class CsvSource:
    """Rows of a CSV file with a header line."""

    path: Path
    overrides: dict[str, str] = field(default_factory=dict)
    name: str = ""
    encoding: str | None = None  # decided from the bytes when reading starts (utf-8, utf-16, cp1252...)

    def __post_init__(self) -> None:
        self.path = Path(self.path)
        self.name = self.name or f"csv:{self.path.name}"

    def iter_records(self) -> Iterator[PostingRecord | RawFailure]:
        """One record per data row (row numbers count the header as row 1); lines that make no well-formed
        record (a stray quote, a wrong number of fields) are RawFailures naming their line numbers."""
        if csv.field_size_limit() < _FIELD_LIMIT:
            csv.field_size_limit(_FIELD_LIMIT)
        try:
            self.encoding = detect_encoding(self.path)
            handle = self.path.open(newline="", encoding=self.encoding, errors="replace")
        except OSError as exc:
            raise ParseError(f"cannot read {self.path}: {exc.strerror or exc}") from exc
        with handle:
            sample = handle.read(64 * 1024)
            handle.seek(0)
            dialect = sniff_dialect(sample)
            header, records = read_header(handle, dialect)
            if not header or not any(h.strip() for h in header):
                raise InvalidInput(f"{self.path.name} has no header row")
            mapping = detect_columns(header, self.overrides)
            number = 1
            for item in records:
                number += 1
                if isinstance(item, Malformed):
                    yield _malformed(item, header, dialect, mapping, self.name)
                    continue
                yield row_to_record(dict(zip(header, item.cells)), mapping, self.name, f"row {number}")


def _malformed(item: Malformed, header: list[str], dialect, mapping: ColumnMap, source: str) -> RawFailure:
    """A dead letter for lines that made no record; its payload keeps the raw text for a retry once fixed."""
    payload = {"kind": "csv_lines", "text": item.text[:100_000], "header": header,
               "delimiter": dialect.delimiter, "mapping": mapping.to_dict(), "ref": item.ref}
    return RawFailure(source=source, ref=item.ref, error=item.reason,
                      payload_json=json.dumps(payload, ensure_ascii=False))


def sniff_dialect(sample: str) -> type[csv.Dialect]:
    """Excel quoting rules with the sniffed delimiter (the sniffer guesses quoting badly from one line)."""
    try:
        delimiter = csv.Sniffer().sniff(sample.split("\n", 1)[0], delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","

    class Dialect(csv.excel):
        pass

    Dialect.delimiter = delimiter
    return Dialect
