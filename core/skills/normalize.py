"""Matching normalisation with an exact offset map back to the original text.

`normalize(text)` lower-cases, applies NFKC to non-ASCII characters, turns separator punctuation into spaces
(one char for one char), and collapses runs of whitespace (CRLF, tabs, NBSP, double spaces) into one space.
Characters that can be part of a skill token are kept: letters, digits and `+ # . & @ _` (C++, C#, .NET,
Node.js, R&D stays one token so "R" cannot match inside it). A `.` that ends a token and a `#` that starts one
become spaces. Hyphens and slashes are separators, so "CI/CD", "ci-cd" and "CI CD" normalise alike.

`NormText.span(ns, ne)` maps a normalised span back to the original: the invariant every mention relies on is
that the returned (start, end) indexes the original text, whatever expansions or collapses happened.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

KEEP = frozenset("+#.&@_")
_ASCII_TABLE = {
    i: " " for i in range(128) if not chr(i).isalnum() and chr(i) not in KEEP
}
_SPECIAL = re.compile(r"\s{2,}|[^\x00-\x7f]")


def _token_edges(norm: str) -> str:
    """Turn a token-final '.' and a token-initial '#' into spaces (one char for one char)."""
    if "." in norm:
        norm = norm.replace(". ", "  ").replace(". ", "  ")  # twice: "a.. b" has two token-final dots
        if norm.endswith("."):
            norm = norm[:-1] + " "
    if "#" in norm:
        norm = norm.replace(" #", "  ")
        if norm.startswith("#"):
            norm = " " + norm[1:]
    return norm


@dataclass(frozen=True)
class NormText:
    """A normalised text plus the piecewise map back to original offsets (None = identity)."""

    text: str
    norm: str
    _nstarts: tuple[int, ...] | None = None
    _ostarts: tuple[int, ...] = ()
    _oends: tuple[int, ...] = ()
    _linear: tuple[bool, ...] = ()

    def span(self, ns: int, ne: int) -> tuple[int, int]:
        """Original (start, end) of the normalised span [ns, ne) (ne > ns)."""
        if self._nstarts is None:
            return ns, ne
        i = bisect_right(self._nstarts, ns) - 1
        start = self._ostarts[i] + (ns - self._nstarts[i]) if self._linear[i] else self._ostarts[i]
        j = bisect_right(self._nstarts, ne - 1) - 1
        end = self._ostarts[j] + (ne - self._nstarts[j]) if self._linear[j] else self._oends[j]
        return start, end


@lru_cache(maxsize=4096)
def _norm_char(char: str) -> str:
    """Normalised form of one non-ASCII character (may be empty or several chars)."""
    out = []
    for c in unicodedata.normalize("NFKC", char).lower():
        if c in KEEP or c.isalnum():
            out.append(c)
            continue
        cat = unicodedata.category(c)
        if cat == "Cf":
            continue  # zero-width and format characters vanish
        if cat[0] in "PSZC":
            out.append(" ")
        else:
            out.append(c)  # combining marks etc.
    return "".join(out)


_URL_OR_EMAIL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+"
                           r"|\b[a-z0-9-]+\.(?:com|io|org|net|dev|co|me|ai|app)/\S*", re.I)


def mask_urls(text: str) -> str:
    """Blank out URLs (also scheme-less profile links such as "github.com/jdoe") and e-mail addresses (same
    length: offsets do not move), so "indeed.com/r/x", "github.com/jdoe" or "go@corp.com" never yield a skill."""
    if "://" not in text and "www." not in text and "@" not in text and "/" not in text:
        return text
    return _URL_OR_EMAIL.sub(lambda m: " " * len(m.group()), text)


def normalize_form(form: str) -> str:
    """Normalise a taxonomy surface form exactly like text, trimmed and single-spaced."""
    return " ".join(normalize(form).norm.split())


def normalize(text: str) -> NormText:
    """Normalise `text` for matching, keeping an exact map back to original offsets."""
    specials = list(_SPECIAL.finditer(text))
    if not specials:
        norm = _token_edges(text.lower().translate(_ASCII_TABLE))
        return NormText(text, norm)
    parts: list[str] = []
    nstarts: list[int] = []
    ostarts: list[int] = []
    oends: list[int] = []
    linear: list[bool] = []
    pos = npos = 0
    for m in specials:
        s, e = m.span()
        if s > pos:
            chunk = text[pos:s].lower().translate(_ASCII_TABLE)
            parts.append(chunk)
            nstarts.append(npos), ostarts.append(pos), oends.append(s), linear.append(True)
            npos += len(chunk)
        piece = " " if e - s > 1 else _norm_char(text[s])
        parts.append(piece)
        nstarts.append(npos), ostarts.append(s), oends.append(e), linear.append(e - s == 1 and len(piece) == 1)
        npos += len(piece)
        pos = e
    if pos < len(text):
        chunk = text[pos:].lower().translate(_ASCII_TABLE)
        parts.append(chunk)
        nstarts.append(npos), ostarts.append(pos), oends.append(len(text)), linear.append(True)
    norm = _token_edges("".join(parts))
    return NormText(text, norm, tuple(nstarts), tuple(ostarts), tuple(oends), tuple(linear))
