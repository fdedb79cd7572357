"""Years of use of a resume skill from the dated roles whose text mentions it (issue 18, levels from evidence).

A role is a dated block of the experience section (core.documents.resume.parse_resume: title line, dates, bullets).
A skill is used in a role when one of its extracted occurrences lies in the role's block, or when one of its
surfaces / its canonical name appears there as a word ("Python" in a bullet although the extractor only kept the
Skills-line mention). Terms of two characters or less ("R", "Go") count only through extracted occurrences;
three-character terms match case-sensitively ("SQL", not "sql" inside prose); spans the extractor rejected never
count. Years are the union of the matching roles' month ranges (overlaps once, "Present" = this month).
core.documents is imported lazily so `import core.skills.levels` stays light.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from typing import Iterable

from core.skills.intervals import Intervals
from core.skills.models import SkillMention
from core.skills.role_index import RoleIndex, term_keys

MAX_LABEL = 60  # characters of a role's title/company in a note
MAX_NAMED = 3  # roles named in a note; the rest are counted


@dataclass(frozen=True)
class DatedRole:
    """One dated role: its label for notes, the offsets of its block and its [start, end) month range."""

    label: str  # "Data Engineer, Acme (Jan 2019 – Present)"
    start: int
    end: int
    months: tuple[int, int]


@dataclass(frozen=True)
class RoleYears:
    """Years of use of one skill and the roles they come from (most recent first)."""

    years: float
    roles: tuple[str, ...]

    @property
    def reason(self) -> str:
        """"Senior Data Engineer, Acme (Mar 2021 – Present) and Data Engineer, Beta (2016 – 2021): 9.8 years"."""
        return f"{join_labels(self.roles)}: {self.years:g} year{'' if self.years == 1 else 's'}"


def join_labels(labels: tuple[str, ...]) -> str:
    """'A', 'A and B', 'A, B and C', 'A, B, C and 2 more roles'."""
    named = list(labels[:MAX_NAMED])
    rest = len(labels) - len(named)
    if rest:
        named.append(f"{rest} more role{'s' if rest > 1 else ''}")
    return named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]


def role_label(title: str | None, company: str | None, dates: str) -> str:
    """'Title, Company (dates)', with whichever of title / company is known."""
    head = ", ".join(part[:MAX_LABEL].strip() for part in (title, company) if part)
    dates = dates or "dates given"
    return f"{head} ({dates})" if head else f"the role dated {dates}"


def dated_roles(text: str, today: date | None = None) -> list[DatedRole]:
    """The resume's dated roles, most recent first ([] when the parser fails or finds none)."""
    try:
        from core.documents.resume import parse_resume
    except ImportError:  # pragma: no cover - core.documents is part of the package
        return []
    try:
        roles = parse_resume(text, today).roles
    except Exception:  # noqa: BLE001 - a parser bug must not break extraction
        return []
    return [DatedRole(role_label(r.title, r.company, r.dates), r.start_offset, r.end_offset, r.months)
            for r in roles if r.months[1] > r.months[0]]


def role_years(roles: list[DatedRole], text: str, occurrences: Iterable[SkillMention],
               blocked: set[tuple[int, int]] | Intervals = frozenset(), index: RoleIndex | None = None
               ) -> RoleYears | None:
    """Years of the roles that mention the skill of `occurrences` (None when no dated role does); `index` (a
    RoleIndex of these roles and text, built once per resume) makes it cost the skill's words, not the text."""
    occurrences = list(occurrences)
    if not roles or not occurrences:
        return None
    terms = _terms({m.surface for m in occurrences} | {m.name for m in occurrences})
    pattern = _terms_pattern(terms)
    blocked = blocked if isinstance(blocked, Intervals) else Intervals(blocked)
    if index is not None and index.usable:
        held = index.holding(m.start for m in occurrences)
        maybe = index.may_hold(term_keys(terms)) - held if pattern is not None else set()
        found = held | {i for i in maybe if _hit(roles[i], text, pattern, blocked)}
        used = [roles[i] for i in sorted(found)]
    else:
        used = [role for role in roles if _mentions(role, text, occurrences, pattern, blocked)]
    if not used:
        return None
    from core.documents.dates import union_years

    years = union_years([role.months for role in used])
    return RoleYears(years, tuple(role.label for role in used)) if years else None


def _mentions(role: DatedRole, text: str, occurrences: list[SkillMention], pattern: re.Pattern | None,
              blocked: Intervals) -> bool:
    """True when an occurrence lies in the role's block, or a term appears there outside rejected spans."""
    if any(role.start <= m.start < role.end for m in occurrences):
        return True
    return pattern is not None and _hit(role, text, pattern, blocked)


def _hit(role: DatedRole, text: str, pattern: re.Pattern, blocked: Intervals) -> bool:
    """True when a term appears in the role's block outside rejected spans."""
    return any(not blocked.overlaps(hit.start(), hit.end()) for hit in pattern.finditer(text, role.start, role.end))


def _terms(terms: set[str]) -> tuple[str, ...]:
    """The searchable terms, longest first: whitespace collapsed, three characters or more."""
    return tuple(t for t in sorted({" ".join(t.split()) for t in terms if t}, key=len, reverse=True) if len(t) >= 3)


@lru_cache(maxsize=4096)  # one per skill of a resume, asked twice (context extractor, judge): re's cache holds 512
def _terms_pattern(terms: tuple[str, ...]) -> re.Pattern | None:
    """One regex over the searchable terms (_terms): >3 chars case-insensitive, 3 chars exact."""
    parts = []
    for term in terms:
        body = r"\s+".join(re.escape(word) for word in term.split())
        parts.append(body if len(term) == 3 else f"(?i:{body})")
    if not parts:
        return None
    return re.compile(rf"(?<![\w+#.-])(?:{'|'.join(parts)})(?![\w+#]|-\w)")
