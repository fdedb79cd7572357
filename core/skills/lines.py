"""Line bounds and word counts of one text in O(log n) per query (instead of a scan of the line per query).

`text.rfind("\\n", 0, offset)`, `text.find("\\n", offset)` and `len(text[lo:hi].split())` per candidate made long
lines quadratic: a 1M-character job description with few line breaks scanned its line for every ambiguous
candidate (core.skills.gazetteer) and every unmapped span (core.skills.shape.on_role_header) - issue 24.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_NEWLINE = re.compile("\n")
_WORD = re.compile(r"\S+")  # the runs str.split() returns (both use Python's Unicode whitespace)


class Lines:
    """The newlines (and, on first use, the word starts) of one text."""

    def __init__(self, text: str) -> None:
        """Index the line breaks (one pass)."""
        self.text = text
        self._breaks = [m.start() for m in _NEWLINE.finditer(text)] if "\n" in text else []
        self._words: list[int] | None = None

    def start(self, offset: int) -> int:
        """`text.rfind("\\n", 0, offset) + 1`: where the line holding the character before `offset` starts."""
        i = bisect_left(self._breaks, offset)  # breaks[:i] are < offset
        return self._breaks[i - 1] + 1 if i else 0

    def end(self, offset: int) -> int:
        """`text.find("\\n", offset)`, or len(text) when there is none."""
        i = bisect_left(self._breaks, offset)
        return self._breaks[i] if i < len(self._breaks) else len(self.text)

    def words(self, lo: int, hi: int) -> int:
        """`len(text[lo:hi].split())` when neither bound cuts a word (line bounds never do)."""
        if self._words is None:
            self._words = [m.start() for m in _WORD.finditer(self.text)]
        return bisect_left(self._words, hi) - bisect_left(self._words, lo)


_LAST: Lines | None = None


def lines_of(text: str) -> Lines:
    """The Lines of `text`, reused while the same string object is asked about (one entry, thread-safe swap)."""
    global _LAST
    last = _LAST
    if last is not None and last.text is text:
        return last
    last = Lines(text)
    _LAST = last
    return last
