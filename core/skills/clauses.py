"""Clauses of a text and the requirement cues inside them ("is a plus", "must", "preferred"...).

A clause runs between boundaries: a newline, a bullet, or `. ! ? ;` followed by whitespace or the end
(so "Node.js" and "e.g" inside a sentence do not split it). The requirement of a job mention is the cue in
its clause nearest to the mention; without a cue, the section decides (requirements -> required,
nice_to_have -> preferred); otherwise it is unspecified. Resumes are always unspecified.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_BOUNDARY = re.compile(r"\n|[•●▪◦]|[.!?;](?=\s|$)")
_CUE = re.compile(
    r"\b(?P<preferred>not (?:strictly )?required|not (?:a )?must|not mandatory|is a plus|are a plus|a plus"
    r"|nice[- ]to[- ]have|good[- ]to[- ]have|preferred|preferably|preferable|bonus|ideally|desirable"
    r"|desired|advantageous|an advantage|beneficial|would be great|optional)\b"
    r"|\b(?P<required>must|required|requires|requirements?|mandatory|essential|need to have|needs to have)\b",
)  # matched against lower-cased text (much faster than re.I)
_CUE_I = re.compile(_CUE.pattern, re.I)
SECTION_REQUIREMENT = {"requirements": "required", "nice_to_have": "preferred"}


@dataclass(frozen=True)
class Cue:
    """A requirement cue found in a clause."""

    requirement: str  # required | preferred
    start: int
    end: int


class Clauses:
    """Clause boundaries of one text with lazily computed cues per clause."""

    def __init__(self, text: str) -> None:
        """Index the clause boundaries of `text`."""
        self.text = text
        self.bounds = [0] + [m.end() for m in _BOUNDARY.finditer(text)] + [len(text) + 1]
        self._cues: dict[int, list[Cue]] = {}
        low = text.lower()
        self._low = low if len(low) == len(text) else None  # offsets only hold when lower() keeps lengths

    def index(self, offset: int) -> int:
        """The clause number containing `offset`."""
        return bisect_right(self.bounds, offset) - 1

    def span(self, idx: int) -> tuple[int, int]:
        """(start, end) of clause `idx` in the text."""
        return self.bounds[idx], min(self.bounds[idx + 1], len(self.text))

    def cues(self, idx: int) -> list[Cue]:
        """Requirement cues inside clause `idx`."""
        if idx not in self._cues:
            start, end = self.span(idx)
            found = _CUE.finditer(self._low, start, end) if self._low is not None else \
                _CUE_I.finditer(self.text, start, end)
            self._cues[idx] = [Cue(m.lastgroup, m.start(), m.end()) for m in found]
        return self._cues[idx]

    def requirement(self, start: int, end: int, section: str, kind: str) -> str:
        """required | preferred | unspecified for a mention at [start, end) in `section`."""
        if kind != "job":
            return "unspecified"
        cues = self.cues(self.index(start))
        if cues:
            nearest = min(cues, key=lambda c: (max(c.start - end, start - c.end, 0), c.requirement != "preferred"))
            return nearest.requirement
        return SECTION_REQUIREMENT.get(section, "unspecified")
