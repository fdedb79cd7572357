"""Parquet files (pyarrow), read in record batches so large dumps stream."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from core.errors import ParseError
from core.ingest.columns import detect_columns, row_to_record
from core.ingest.records import PostingRecord, RawFailure

_BATCH_ROWS = 2_000


@dataclass
class ParquetSource:
    """Rows of a Parquet file; the schema's column names act as the header."""

    path: Path
    overrides: dict[str, str] = field(default_factory=dict)
    name: str = ""

    def __post_init__(self) -> None:
        self.path = Path(self.path)
        self.name = self.name or f"parquet:{self.path.name}"

    def iter_records(self) -> Iterator[PostingRecord | RawFailure]:
        """One record per row, row numbers starting at 1."""
        import pyarrow.parquet as pq

        try:
            handle = pq.ParquetFile(self.path)
        except (OSError, ValueError) as exc:  # pyarrow raises ArrowInvalid (a ValueError) for non-Parquet bytes
            raise ParseError(f"cannot read {self.path.name} as Parquet: {exc}") from exc
        mapping = detect_columns(handle.schema_arrow.names, self.overrides)
        number = 0
        for batch in handle.iter_batches(batch_size=_BATCH_ROWS):
            for row in batch.to_pylist():
                number += 1
                yield row_to_record(row, mapping, self.name, f"row {number}")
