"""JSON Lines files (Indeed-style scrapes): one object per line, nested objects flattened one level."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Iterator

from core.errors import InvalidInput, ParseError
from core.ingest.columns import ColumnMap, detect_columns, flatten, row_to_record
from core.ingest.encoding import detect_encoding
from core.ingest.records import PostingRecord, RawFailure

_HEADER_SAMPLE = 200  # rows read to learn the set of keys


@dataclass
class JsonlSource:
    """Objects of a .jsonl file; keys of the first rows act as the header."""

    path: Path
    overrides: dict[str, str] = field(default_factory=dict)
    name: str = ""

    def __post_init__(self) -> None:
        self.path = Path(self.path)
        self.name = self.name or f"jsonl:{self.path.name}"

    def iter_records(self) -> Iterator[PostingRecord | RawFailure]:
        """One record per line; a line that is not a JSON object becomes a RawFailure."""
        mapping = detect_columns(self.headers(), self.overrides)
        for number, line in self._lines():
            ref = f"line {number}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield _bad_line(self.name, ref, line, f"{ref}: invalid JSON ({exc.msg})", mapping)
                continue
            except (RecursionError, ValueError):  # thousands of nested brackets, a number of thousands of digits
                yield _bad_line(self.name, ref, line, f"{ref}: invalid JSON (too deeply nested or a number too long)",
                                mapping)
                continue
            if not isinstance(obj, dict):
                yield _bad_line(self.name, ref, line, f"{ref}: expected a JSON object", mapping)
                continue
            yield row_to_record(flatten(obj), mapping, self.name, ref)

    def _lines(self) -> Iterator[tuple[int, str]]:
        try:
            with self.path.open(encoding=detect_encoding(self.path), errors="replace") as handle:
                for number, line in enumerate(handle, start=1):
                    if line.strip():
                        yield number, line
        except OSError as exc:
            raise ParseError(f"cannot read {self.path}: {exc.strerror or exc}") from exc

    def headers(self) -> list[str]:
        """Keys of the objects in the first lines (flattened one level), in first-seen order."""
        keys: dict[str, None] = {}
        for _number, line in islice(self._lines(), _HEADER_SAMPLE):
            try:
                obj = json.loads(line)
            except (RecursionError, ValueError):  # JSONDecodeError is a ValueError
                continue
            if isinstance(obj, dict):
                keys.update(dict.fromkeys(flatten(obj)))
        if not keys:
            raise InvalidInput(f"{self.path.name} has no JSON objects in its first {_HEADER_SAMPLE} lines")
        return list(keys)


def _bad_line(source: str, ref: str, line: str, error: str, mapping: ColumnMap) -> RawFailure:
    payload = {"kind": "line", "line": line[:100_000], "mapping": mapping.to_dict(), "ref": ref}
    return RawFailure(source=source, ref=ref, error=error, payload_json=json.dumps(payload, ensure_ascii=False))
