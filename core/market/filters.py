"""MarketFilter: the typed filter every market query takes (role family, dataset, city, seniority, remote, months)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from core.errors import InvalidInput

_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


@dataclass(frozen=True)
class MarketFilter:
    """A market slice. None means "all"; months are "YYYY-MM", inclusive; `demo` picks the dataset."""

    role_family: str
    demo: bool = True
    city: str | None = None
    seniority: str | None = None
    remote: bool | None = None
    start: str | None = None
    end: str | None = None

    def __post_init__(self) -> None:
        for value in (self.start, self.end):
            if value is not None and not _MONTH.match(value):
                raise InvalidInput(f"Month {value!r} is not in YYYY-MM form.")
        if self.start and self.end and self.start > self.end:
            raise InvalidInput(f"The date range starts ({self.start}) after it ends ({self.end}).")
        if not isinstance(self.role_family, str):
            raise InvalidInput("A role family is required.")

    @property
    def fine(self) -> bool:
        """True when city, seniority or remote narrow the slice (read the cell tables, not the month roll-up)."""
        return self.city is not None or self.seniority is not None or self.remote is not None

    def with_(self, **changes) -> "MarketFilter":
        """A copy with some fields changed."""
        return replace(self, **changes)


def month_add(month: str, delta: int) -> str:
    """'2026-11' + 2 -> '2027-01'."""
    year, mon = map(int, month.split("-"))
    index = year * 12 + (mon - 1) + delta
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_span(start: str, end: str) -> list[str]:
    """Every month from start to end inclusive."""
    out, current = [], start
    while current <= end:
        out.append(current)
        current = month_add(current, 1)
    return out
