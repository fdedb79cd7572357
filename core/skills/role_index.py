"""Which dated roles of a resume can hold a skill, found through an index instead of a scan of every role per skill.

role_years asks, per skill, which roles hold one of its occurrences or one of its terms (a regex over the role's
block). Scanning every role for every skill costs skills x roles x occurrences plus skills x text: a 1M-character
resume took minutes (issue 24). The index is built once per text:
- the roles sorted by offset (when they do not overlap; otherwise `usable` is False and callers scan as before);
- every \\w+ word's start offsets, keyed by its case-folded form.
A term hit (core.skills.role_years._terms_pattern: not after a word character, not before one) contains each \\w+
run of the term as a whole word of the text, so a role none of whose words is a run of some term cannot hold a hit
and is not scanned. Roles whose boundary cuts a word (a hit could end on the cut) are always scanned; so is every
role for a skill with a term that has no ASCII run to key on.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from core.skills.role_years import DatedRole

_WORD = re.compile(r"\w+")
# The only non-ASCII characters re's IGNORECASE equates with ASCII letters (checked over all of Unicode).
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(word: str) -> str:
    """The key of a word: lower case, with the four non-ASCII look-alikes re matches case-insensitively mapped."""
    return word.translate(_FOLD).lower()


def term_keys(terms: Iterable[str]) -> set[str] | None:
    """One key word per searchable term (its longest \\w+ run, folded); None when a term has no ASCII run."""
    keys = set()
    for term in terms:
        runs = [run for run in _WORD.findall(term) if run.isascii()]
        if not runs:
            return None
        keys.add(fold(max(runs, key=len)))
    return keys


class RoleIndex:
    """Roles by offset and word positions of one text (see the module docstring)."""

    def __init__(self, roles: list[DatedRole], text: str) -> None:
        """Index `roles` (in their given order, which results keep) over `text`."""
        self.roles = roles
        self._order = sorted(range(len(roles)), key=lambda i: roles[i].start)
        self._starts = [roles[i].start for i in self._order]
        self.usable = all(roles[a].end <= roles[b].start for a, b in zip(self._order, self._order[1:]))
        self._words: dict[str, list[int]] = {}
        for hit in _WORD.finditer(text):
            self._words.setdefault(fold(hit.group()), []).append(hit.start())
        self._cut = frozenset(i for i, r in enumerate(roles) if _cuts(text, r.start) or _cuts(text, r.end))
        self._by_key: dict[str, frozenset[int]] = {}

    def role_at(self, pos: int) -> int | None:
        """The index (into `roles`) of the role whose block holds offset `pos`, else None."""
        j = bisect_right(self._starts, pos) - 1
        if j < 0:
            return None
        i = self._order[j]
        return i if pos < self.roles[i].end else None

    def holding(self, positions: Iterable[int]) -> set[int]:
        """Indices of the roles holding any of these offsets."""
        return {i for pos in positions if (i := self.role_at(pos)) is not None}

    def may_hold(self, keys: set[str] | None) -> set[int]:
        """Indices of the roles that can hold a hit of terms with these keys (all roles when keys is None)."""
        if keys is None:
            return set(range(len(self.roles)))
        out = set(self._cut)
        for key in keys:
            if key not in self._by_key:
                self._by_key[key] = frozenset(self.holding(self._words.get(key, ())))
            out |= self._by_key[key]
        return out


def _cuts(text: str, pos: int) -> bool:
    """True when offset `pos` falls inside a word."""
    return 0 < pos < len(text) and _WORD.fullmatch(text, pos - 1, pos + 1) is not None
