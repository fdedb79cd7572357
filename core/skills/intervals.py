"""Overlap queries over many half-open character spans in O(log n) each (instead of a scan per query).

Used where long texts met a scan per query: the resume judge (tagger spans against kept mentions) and the role years
of resume levels (pattern hits against rejected spans) - a 1M-character resume made those quadratic (issue 24).
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate
from typing import Iterable


class Intervals:
    """A fixed set of [start, end) spans; `overlaps(a, b)` is any(s < b and a < e for s, e in spans)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        """Index the spans (any order, overlaps and empty spans allowed)."""
        pairs = sorted(spans)
        self._starts = [s for s, _ in pairs]
        self._reach = list(accumulate((e for _, e in pairs), max))  # furthest end among the first i+1 spans

    def __len__(self) -> int:
        return len(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        """True when a span s, e has s < end and start < e."""
        i = bisect_left(self._starts, end)  # spans [0, i) start before `end`
        return i > 0 and self._reach[i - 1] > start
