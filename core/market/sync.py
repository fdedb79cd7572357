"""Sync a table scope to a frame by natural key: insert new rows, update changed ones, delete vanished ones."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd
from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection

CHUNK = 500
REL_TOL = 1e-9


@dataclass
class SyncCounts:
    """Rows inserted / updated / deleted / left unchanged."""

    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0

    @property
    def changed(self) -> int:
        """Rows written."""
        return self.inserted + self.updated + self.deleted

    def __iadd__(self, other: "SyncCounts") -> "SyncCounts":
        self.inserted += other.inserted
        self.updated += other.updated
        self.deleted += other.deleted
        self.unchanged += other.unchanged
        return self


def _plain(value):
    """numpy scalars -> Python; NaN -> None."""
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _column(series: pd.Series) -> list:
    """A column as plain Python values (NaN -> None), converted in C where possible."""
    values = series.tolist()
    if pd.api.types.is_float_dtype(series.dtype):
        return [None if v != v else v for v in values]
    if series.dtype == object:
        return [_plain(v) for v in values]
    return values


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, float) or isinstance(b, float):
        return math.isclose(float(a), float(b), rel_tol=REL_TOL, abs_tol=1e-12)
    return a == b


def sync_table(conn: Connection, table, keys: list[str], frame: pd.DataFrame, scope: tuple) -> SyncCounts:
    """Make the rows of `table` matching `scope` equal to `frame` (keyed by `keys`)."""
    t = table.__table__
    value_cols = [c for c in frame.columns if c not in keys]
    columns = list(frame.columns)
    records = [dict(zip(columns, values)) for values in zip(*(_column(frame[c]) for c in columns))]
    wanted = {tuple(r[k] for k in keys): r for r in records}
    existing = conn.execute(select(t).where(*scope)).mappings().all()
    counts = SyncCounts()
    updates, deletes = [], []
    for row in existing:
        key = tuple(row[k] for k in keys)
        new = wanted.pop(key, None)
        if new is None:
            deletes.append(row["id"])
        elif all(_same(row[c], new[c]) for c in value_cols):
            counts.unchanged += 1
        else:
            updates.append({"_id": row["id"], **{c: new[c] for c in value_cols}})
    for start in range(0, len(deletes), CHUNK):
        conn.execute(delete(t).where(t.c.id.in_(deletes[start:start + CHUNK])))
    if updates:
        conn.execute(update(t).where(t.c.id == bindparam("_id")), updates)
    if wanted:
        conn.execute(insert(t), list(wanted.values()))
    counts.inserted, counts.updated, counts.deleted = len(wanted), len(updates), len(deletes)
    return counts
