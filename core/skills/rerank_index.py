"""Linear-time document features of the posting reranker (core.skills.rerank), same values as the scans they replace.

Two features were a scan of the posting per candidate span, so a long description grew quadratically (issue 24):
- `tc`: how often the span's surface occurs in the posting, `min(4, " a b ".count(...))` over the lower-cased
  words joined by spaces - now the occurrences are found through the positions of the surfaces' first words;
- `gazin` / `gazx`: gazetteer ranges on the span's line inside / crossing it - a scan of every range on the line
  (a one-line 1M-character posting has thousands) - now only the ranges starting within reach of the span.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterable

import numpy as np


def surface_counts(lows: list[str], spans: Iterable[tuple[int, int]], cap: int = 4) -> dict[str, int]:
    """For the surface s = " ".join(lows[lo:hi]) of every span: min(cap, f" {' '.join(lows)} ".count(f" {s} ")).

    str.count counts leftmost non-overlapping matches; two matches of an L-word surface at word i and j overlap in
    the joined string (they share the space between) unless j >= i + L + 1, so the same greedy count is kept."""
    wanted: dict[int, set[tuple[str, ...]]] = {}
    for lo, hi in spans:
        wanted.setdefault(hi - lo, set()).add(tuple(lows[lo:hi]))
    if not wanted:
        return {}
    ids: dict[str, int] = {}
    codes = np.fromiter((ids.setdefault(w, len(ids)) for w in lows), np.int64, len(lows))
    out: dict[str, int] = {}
    for length, keys in wanted.items():
        firsts = np.fromiter({ids[k[0]] for k in keys}, np.int64)
        count: dict[tuple[str, ...], int] = {}
        free: dict[tuple[str, ...], int] = {}  # the first word index a next match may start at
        for i in np.flatnonzero(np.isin(codes[:len(lows) - length + 1], firsts)).tolist():
            key = tuple(lows[i:i + length])
            if key in keys and i >= free.get(key, 0) and count.get(key, 0) < cap:
                count[key] = count.get(key, 0) + 1
                free[key] = i + length + 1
        out.update((" ".join(k), n) for k, n in count.items())
    return out


class LineRanges:
    """Token ranges (a, b) grouped by line, for counting the ones inside or crossing a span of that line."""

    def __init__(self, ranges: Iterable[tuple[int, int]], line: list[int]) -> None:
        """Group by the line of the range's first token (as the scan did); sort by start; note the widest."""
        by_line: dict[int, list[tuple[int, int]]] = {}
        for r in ranges:
            by_line.setdefault(line[r[0]], []).append(r)
        self._lines = {}
        for ln, rs in by_line.items():
            rs.sort()
            self._lines[ln] = ([a for a, _ in rs], rs, max(b - a for a, b in rs))

    def counts(self, ln: int, lo: int, hi: int) -> tuple[int, int]:
        """(ranges on line `ln` inside [lo, hi), ranges overlapping it without being inside)."""
        got = self._lines.get(ln)
        if got is None:
            return 0, 0
        starts, ranges, widest = got
        inside = cross = 0
        # a range overlapping the span has a < hi and b > lo, so a > lo - widest
        for a, b in ranges[bisect_left(starts, lo - widest + 1):bisect_left(starts, hi)]:
            if a >= lo and b <= hi:
                inside += 1
            elif b > lo:
                cross += 1
        return inside, cross
