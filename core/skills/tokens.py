"""Tokens with exact character offsets, for the context tagger.

Whitespace splits tokens; brackets, quotes, bullets and `, ; : ! ? |` are tokens of their own (an apostrophe
inside a word stays: "don't"), and so is a `.` not followed by a token character (sentence ends, "etc."),
while other characters inside a token stay ("C++", "C#", ".NET", "Node.js", "CI/CD", "e-commerce").
Every token records its line, its index in the line (bullets and leading punctuation
do not count) and whether its line starts with a bullet. `text[start:end] == word` always holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

_DELIMS = ",;:!?()\\[\\]{}\"'“”‘’«»<>*•·●▪■◦‣∙➢✓○▸►–—|"
_TOKEN = re.compile(rf"(?:[^\s{_DELIMS}.]|\.(?=[^\s{_DELIMS}.])|(?<=\w)['’](?=\w))+|\S")
_BULLETS = frozenset("*•·●▪■◦‣∙➢✓○▸►–—-")
_NEWLINE = re.compile("\n")
PUNCT = frozenset(",;:!?()[]{}\"'“”‘’«»<>*•·●▪■◦‣∙➢✓○▸►–—-/|&.")


@dataclass(slots=True)
class Tokens:
    """The tokens of one text as parallel lists."""

    words: list[str]
    starts: list[int]
    ends: list[int]
    line: list[int]  # line number of each token
    index: list[int]  # 0-based index among the line's word tokens (-1 for leading punctuation)
    bullet: list[bool]  # the token's line starts with a bullet or an enumerator
    line_len: list[int]  # word tokens on the token's line

    def __len__(self) -> int:
        """Number of tokens."""
        return len(self.words)


def tokenize(text: str) -> Tokens:
    """Tokens of `text` with offsets, lines and in-line positions."""
    matches = list(_TOKEN.finditer(text))
    n = len(matches)
    words = [m.group() for m in matches]
    starts = [m.start() for m in matches]
    ends = [m.end() for m in matches]
    newlines = [m.start() for m in _NEWLINE.finditer(text)] if "\n" in text else []
    line = np.searchsorted(np.array(newlines, dtype=np.int64), np.array(starts, dtype=np.int64)).tolist() \
        if newlines else [0] * n
    index, bullet, line_len = [0] * n, [False] * n, [0] * n
    first = 0
    for i in range(1, n + 1):
        if i == n or line[i] != line[i - 1]:
            _line(words, first, i, index, bullet, line_len)
            first = i
    return Tokens(words, starts, ends, line, index, bullet, line_len)


def _line(words: list[str], lo: int, hi: int, index: list[int], bullet: list[bool], line_len: list[int]) -> None:
    """Fill index / bullet / line length for the tokens words[lo:hi] of one line."""
    j = lo
    if hi - lo > 2 and len(words[lo]) <= 2 and words[lo].isdigit() and words[lo + 1] in (".", ")"):
        index[lo] = -1  # "1." / "2)" enumerators
        j += 1
    while j < hi and words[j] in PUNCT:
        index[j] = -1
        j += 1
    is_bullet = j > lo and any(words[k] in _BULLETS or words[k] in ".)" for k in range(lo, j))
    for k in range(j, hi):
        index[k] = k - j
    for k in range(lo, hi):
        bullet[k] = is_bullet
        line_len[k] = hi - j
