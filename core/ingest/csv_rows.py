"""CSV records with their physical line numbers, and malformed ones told apart instead of merged.

A stray quote (`1,"Data Engineer,Acme,...`) opens a quoted field that swallows the following lines until the
next quote; Python's lenient reader then returns one record made of two rows with shifted fields. Here the
reader is strict and every record is checked against the header: a record that fails to parse, has more
non-blank fields than the header, or spans lines and has too few, is reported as Malformed with its line range. When the swallowed lines look like a
record of their own, only the first line is reported and the rest is read again, so one bad quote costs
one row (counted) and not the rows after it.
"""

from __future__ import annotations

import csv
import io
from collections import deque
from dataclasses import dataclass
from typing import Iterator, TextIO


@dataclass(frozen=True)
class CsvRecord:
    """A well-formed record: cells as many as the header (a one-line row missing trailing cells is padded, as
    csv.DictReader did: nothing in it is shifted), starting at physical line `line`."""

    line: int
    cells: list[str]


@dataclass(frozen=True)
class Malformed:
    """Lines that did not make a record: where, why, and their raw text (for the dead letter)."""

    first: int
    last: int
    reason: str
    text: str

    @property
    def ref(self) -> str:
        """"line 5" or "lines 5-7"."""
        return f"line {self.first}" if self.first == self.last else f"lines {self.first}-{self.last}"


class _Lines:
    """The physical lines fed to csv.reader, numbered, with the ones taken since the last mark kept."""

    def __init__(self, handle: TextIO) -> None:
        self.source, self.queue, self.taken, self.number = iter(handle), deque(), [], 0

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> str:
        if self.queue:
            item = self.queue.popleft()
        else:
            self.number += 1
            item = (self.number, next(self.source))
        self.taken.append(item)
        return item[1]

    def mark(self) -> list[tuple[int, str]]:
        """The lines taken since the previous mark."""
        taken, self.taken = self.taken, []
        return taken


def read_header(handle: TextIO, dialect: type[csv.Dialect]) -> tuple[list[str] | None, Iterator]:
    """(header cells or None for an empty file, an iterator of CsvRecord | Malformed for the data rows)."""
    lines = _Lines(handle)
    reader = csv.reader(lines, dialect=dialect, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        return None, iter(())
    except csv.Error:
        return None, iter(())
    lines.mark()
    return header, _records(reader, lines, len(header), dialect)


def _records(reader, lines: _Lines, width: int, dialect) -> Iterator[CsvRecord | Malformed]:
    while True:
        try:
            cells = next(reader)
            error = None
        except StopIteration:
            return
        except csv.Error as exc:
            cells, error = None, f"malformed CSV ({exc})"
        taken = lines.mark()
        if not taken:
            return
        if cells is not None and not cells:
            continue  # a blank line
        if cells is not None:
            cells = _trimmed(cells, width)
            if len(cells) == width or (len(cells) < width and len(taken) == 1):
                yield CsvRecord(taken[0][0], cells + [""] * (width - len(cells)))  # omitted trailing cells
                continue
            error = f"{len(cells)} fields where the header has {width} (a stray quote or delimiter?)"
        yield _malformed(taken, error, width, dialect, lines)


def _trimmed(cells: list[str], width: int) -> list[str]:
    """Cells beyond the header that are all blank (a trailing delimiter) are dropped."""
    if len(cells) > width and not any(c.strip() for c in cells[width:]):
        return cells[:width]
    return cells


def _malformed(taken: list[tuple[int, str]], error: str, width: int, dialect, lines: _Lines) -> Malformed:
    """Report the record's first line alone and re-read the rest when the rest starts like a record."""
    if len(taken) > 1 and _starts_with_record("".join(text for _, text in taken[1:]), width, dialect):
        lines.queue.extendleft(reversed(taken[1:]))
        taken = taken[:1]
    reason = f"{_ref(taken)}: {error}; the row was not stored"
    return Malformed(taken[0][0], taken[-1][0], reason, "".join(text for _, text in taken))


def _starts_with_record(text: str, width: int, dialect) -> bool:
    """True when the first record read from `text` is well-formed for the header."""
    try:
        first = next(csv.reader(io.StringIO(text, newline=""), dialect=dialect, strict=True), None)
    except csv.Error:
        return False
    return first is not None and len(_trimmed(first, width)) == width


def _ref(taken: list[tuple[int, str]]) -> str:
    first, last = taken[0][0], taken[-1][0]
    return f"line {first}" if first == last else f"lines {first}-{last}"


def parse_lines(text: str, header: list[str], dialect) -> list[str] | None:
    """The cells of `text` when it is exactly one well-formed record for `header` (dead-letter retry), else None."""
    try:
        rows = [r for r in csv.reader(io.StringIO(text, newline=""), dialect=dialect, strict=True) if r]
    except csv.Error:
        return None
    if len(rows) != 1:
        return None
    cells = _trimmed(rows[0], len(header))
    return cells if len(cells) == len(header) else None
