"""Spreadsheet-safe CSV for every download: cells a spreadsheet would run as a formula become plain text.

A text cell starting with = + - @ (or a tab / carriage return, which Excel skips before them) gets a leading
apostrophe (OWASP "CSV injection"). Numbers stay numbers, so a negative trend is still -1.5. Use `safe_csv` for
any CSV a page offers for download; `neutralise` for a single value.
"""

from __future__ import annotations

import csv
import io
from dataclasses import asdict, is_dataclass
from typing import Any, Iterable, Mapping

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A text cell a spreadsheet would read as a formula, prefixed with an apostrophe; other values unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_csv(data: Any, columns: list[str] | None = None) -> bytes:
    """UTF-8 CSV (with BOM, for Excel) of a DataFrame, or of rows (mappings, dataclasses or sequences)."""
    header, rows = _table(data, columns)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if header:
        writer.writerow([neutralise(str(h)) for h in header])
    for row in rows:
        writer.writerow(["" if cell is None else neutralise(_text(cell)) for cell in row])
    return out.getvalue().encode("utf-8-sig")


def _table(data: Any, columns: list[str] | None) -> tuple[list[str], Iterable[list[Any]]]:
    """(header, rows of cells) for a DataFrame or an iterable of rows."""
    if hasattr(data, "itertuples") and hasattr(data, "columns"):  # a pandas DataFrame (no pandas import here)
        header = [str(c) for c in data.columns] if columns is None else columns
        frame = data if columns is None else data[columns]
        return header, ([_plain(v) for v in row] for row in frame.itertuples(index=False, name=None))
    rows = [asdict(r) if is_dataclass(r) and not isinstance(r, type) else r for r in data]
    if columns is None:
        columns = list(dict.fromkeys(k for r in rows if isinstance(r, Mapping) for k in r)) or None
    if columns is None:
        return [], [list(r) for r in rows]
    return columns, ([r.get(c) for c in columns] if isinstance(r, Mapping) else list(r) for r in rows)


def _plain(value: Any) -> Any:
    """numpy / pandas scalars -> Python values; missing values (NaN, NA, NaT) -> None."""
    if value is None:
        return None
    item = getattr(value, "item", None)
    if callable(item) and not isinstance(value, (str, bytes)):
        try:
            value = item()
        except (ValueError, TypeError):
            pass
    try:
        if value != value:  # NaN, pandas NA / NaT compare unequal to themselves
            return None
    except TypeError:  # pandas.NA refuses to be a bool
        return None
    return value


def _text(cell: Any) -> Any:
    """Numbers and booleans as themselves (csv writes their repr); everything else as str."""
    if isinstance(cell, (bool, int, float)):
        return cell
    return str(cell)
