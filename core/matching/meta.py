"""Per-posting filter columns as numpy arrays (role family, city, remote, salary, posted time, demo) and their
masks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Sequence

import numpy as np

from core.matching.models import MatchFilters, PostingFacts

COLUMNS = ("family", "city", "remote", "salary", "posted", "demo")


def _ts(value: datetime | None) -> float:
    if value is None:
        return np.nan
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.timestamp()


@dataclass
class MetaColumns:
    """Filter columns aligned with an index's rows."""

    family: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=object))
    city: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=object))  # lower-cased, "" unknown
    remote: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    salary: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float64))  # annual USD, nan unknown
    # PostingFacts.dated_at (stated date, else first seen) in epoch seconds, nan unknown
    posted: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float64))
    demo: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))  # PostingFacts.is_demo

    @classmethod
    def of(cls, facts: Sequence[PostingFacts]) -> "MetaColumns":
        """Columns for these postings, in order."""
        return cls(
            family=np.array([f.role_family or "" for f in facts], dtype=object),
            city=np.array([(f.city or "").lower() for f in facts], dtype=object),
            remote=np.array([bool(f.remote) for f in facts], dtype=bool),
            salary=np.array([np.nan if f.salary_annual_usd is None else f.salary_annual_usd for f in facts],
                            dtype=np.float64),
            posted=np.array([_ts(f.dated_at) for f in facts], dtype=np.float64),
            demo=np.array([bool(f.is_demo) for f in facts], dtype=bool),
        )

    def extend(self, other: "MetaColumns") -> "MetaColumns":
        """These rows followed by other's."""
        return MetaColumns(**{c: np.concatenate([getattr(self, c), getattr(other, c)]) for c in COLUMNS})

    def take(self, rows: np.ndarray) -> "MetaColumns":
        """Only these row positions."""
        return MetaColumns(**{c: getattr(self, c)[rows] for c in COLUMNS})

    def mask(self, filters: MatchFilters, now: datetime, exclude_unknown_salary: bool = True) -> np.ndarray | None:
        """Rows passing the filters (None when there is no filter)."""
        n = len(self.remote)
        keep = np.ones(n, dtype=bool)
        active = False
        if filters.role_families:
            keep &= np.isin(self.family, list(filters.role_families))
            active = True
        if filters.remote_only:
            keep &= self.remote
            active = True
        elif filters.city:
            here = self.city == filters.city.lower()
            keep &= (here | self.remote) if filters.include_remote else here
            active = True
        if filters.min_salary_usd:
            with np.errstate(invalid="ignore"):
                ok = self.salary >= filters.min_salary_usd
            keep &= ok if exclude_unknown_salary else (ok | np.isnan(self.salary))
            active = True
        if filters.dataset in ("demo", "yours"):
            keep &= self.demo if filters.dataset == "demo" else ~self.demo
            active = True
        if filters.posted_within_days:
            with np.errstate(invalid="ignore"):
                keep &= self.posted >= _ts(now) - filters.posted_within_days * 86400.0
            active = True
        return keep if active else None

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        """Plain arrays for np.savez (object columns as unicode)."""
        return {f"{prefix}{c}": (getattr(self, c).astype(str) if getattr(self, c).dtype == object
                                 else getattr(self, c)) for c in COLUMNS}

    @classmethod
    def from_arrays(cls, data, prefix: str) -> "MetaColumns":
        """Inverse of arrays()."""
        cols = {c: data[f"{prefix}{c}"] for c in COLUMNS}
        cols["family"] = cols["family"].astype(object)
        cols["city"] = cols["city"].astype(object)
        return cls(**cols)


def chroma_metadata(facts: PostingFacts) -> dict:
    """Metadata stored with a posting's vector (keys with unknown values are left out)."""
    meta: dict = {"remote": bool(facts.remote)}
    if facts.role_family:
        meta["role_family"] = facts.role_family
    if facts.city:
        meta["city"] = facts.city.lower()
    if facts.salary_annual_usd is not None:
        meta["salary_usd"] = float(facts.salary_annual_usd)
    if facts.posted_at is not None:
        meta["posted_ts"] = _ts(facts.posted_at)
    return meta
