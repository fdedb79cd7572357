"""Contact details of a resume: name, email, phone, location from the top; links from anywhere."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.documents.sections import Section
from core.documents.titles import lines_of, segments, title_score

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![\w-])")
PHONE = re.compile(r"(?<![\w/.])\+?(?:\(\d{1,4}\)[\s.-]?)?\d[\d\s().-]{5,17}\d(?![\w/])")
LINK = re.compile(
    r"(?:https?://|www\.)[^\s<>()\"']+|\b(?:linkedin\.com|github\.com|gitlab\.com)/[^\s<>()\"']+", re.IGNORECASE
)
_YEAR_RANGE = re.compile(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d")
_LABELLED = re.compile(r"^[ \t]*(?P<label>name|location|address|city)[ \t]*[:\-][ \t]*(?P<value>.+)$", re.I | re.M)
_PLACE = re.compile(
    r"^[A-Z][A-Za-z.'\- ]{1,30},\s*[A-Za-z][A-Za-z.'\- ]{1,30}(?:,\s*[A-Z][A-Za-z ]{1,20})?(?:\s+\d{5}(?:-\d{4})?)?$"
)
_NAME = re.compile(r"^[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]*){1,3}$")
_HEADING_WORDS = frozenset("resume curriculum vitae cv profile summary contact".split())


@dataclass(frozen=True)
class Contact:
    """Contact details found near the top of a resume (links from anywhere)."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None
    location: str | None = None
    links: list[str] = field(default_factory=list)


def _top(text: str, sections: list[Section]) -> str:
    """The contact block, or the first ten lines when no contact block was found."""
    contact = [text[s.start : s.end] for s in sections if s.name == "contact"]
    return "\n".join(contact) if contact else "\n".join(text.split("\n")[:10])


def _phone(top: str) -> str | None:
    for m in PHONE.finditer(top):
        value = m.group(0).strip()
        digits = sum(c.isdigit() for c in value)
        if 7 <= digits <= 15 and not _YEAR_RANGE.fullmatch(value):
            return value
    return None


def _labelled(top: str, *labels: str) -> str | None:
    for m in _LABELLED.finditer(top):
        if m.group("label").lower() in labels:
            return m.group("value").strip()
    return None


def _name(top: str) -> str | None:
    labelled = _labelled(top, "name")
    if labelled:
        return labelled
    for line in top.split("\n")[:4]:
        line = line.strip()
        if _NAME.match(line) and title_score(line) == 0 and not set(line.lower().split()) & _HEADING_WORDS:
            return line
    return None


def _location(top: str) -> str | None:
    labelled = _labelled(top, "location", "address", "city")
    if labelled:
        return labelled
    for line in lines_of(top, 0, len(top)):
        for part in segments(line.text):
            if _PLACE.match(part) and title_score(part) == 0 and "@" not in part:
                return part
    return None


def contact_details(text: str, sections: list[Section]) -> Contact:
    """Name, email, phone, location from the contact block (email falls back to the whole text); all links."""
    top = _top(text, sections)
    email = EMAIL.search(top) or EMAIL.search(text)
    links = list(dict.fromkeys(m.group(0).rstrip(".,;:") for m in LINK.finditer(text)))
    return Contact(_name(top), email.group(0) if email else None, _phone(top), _location(top), links)
