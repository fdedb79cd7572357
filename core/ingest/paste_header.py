"""What the header lines of a pasted posting state: its posting date and its location.

Only the first HEADER_LINES non-empty lines are read ("Senior Data Engineer / Acme / Berlin, Germany · 3 days ago"),
never the body prose: "our Berlin office" or "founded on 4 May 2012" in paragraph 5 says nothing about the posting.
A line may hold several " · " / " | " separated segments, as boards lay them out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from core.ingest.locations import CITIES, REMOTE_WORDS, canonicalize
from core.ingest.values import parse_datetime

HEADER_LINES = 12
MAX_LOCATION_WORDS = 6
MAX_LOCATION_CHARS = 80
MAX_DATE_WORDS = 5
EARLIEST = datetime(1990, 1, 1, tzinfo=timezone.utc)
FUTURE_SLACK = timedelta(days=1)  # a stated date after this is not a posting date (time zones aside)

_MARKERS = " \t#*>_-•·|"
_SEGMENTS = re.compile(r"\s+[|·•]\s+|\s*[·•]\s*")
_DATE_LABEL = re.compile(
    r"(?:date\s+posted|posting\s+date|posted\s+on|published\s+on|published|re-?posted|posted|listed\s+on|"
    r"date)\b\s*[:\-–—]?\s*(?P<value>.*)", re.I)
_BARE_RELATIVE = re.compile(r"(?:just\s+posted|(?:about\s+)?\S+\s+(?:minute|hour|day|week|month)s?\s+ago)", re.I)
_LOCATION_LABEL = re.compile(
    r"(?:(?:(?:job|work|office)\s+)?locations?|city|based\s+in)\s*[:\-–—]\s*(?P<value>.+)"
    r"|based\s+in\s+(?P<bare>.+)", re.I)
_PARTS = re.compile(r"[,;/()]|\s[-–—]\s")
_WORK_MODES = {"hybrid", "on-site", "onsite", "on site", "in office", "in-office", "office based", "office-based",
               "flexible"}
_REGIONS = {"eu", "europe", "emea", "apac", "latam", "americas", "north america", "south america", "asia",
            "global", "cet", "cest", "est", "pst", "utc"}
_REMOTE_FILLER = {"fully", "100%", "first", "friendly", "only", "ok", "in", "within", "from", "based"}


@dataclass(frozen=True)
class PasteHeader:
    """What the header lines state (None where they state nothing)."""

    posted_at: datetime | None
    location: str | None


def read_header(text: str, now: datetime | None = None) -> PasteHeader:
    """The posting date and location stated in the header lines of a pasted posting."""
    lines = header_lines(text)
    return PasteHeader(header_date(lines, now), header_location(lines))


def header_lines(text: str, limit: int = HEADER_LINES) -> list[str]:
    """The first `limit` non-empty lines, without list bullets and markdown emphasis."""
    out: list[str] = []
    for raw in (text or "").splitlines():
        line = re.sub(r"\s+", " ", raw.replace("**", "").replace("__", "")).strip(_MARKERS)
        if line:
            out.append(line)
            if len(out) >= limit:
                break
    return out


def header_date(lines: list[str], now: datetime | None = None) -> datetime | None:
    """A labelled posting date ("Posted: 18 Nov 2026", "Posted 3 days ago") or a bare "3 days ago" segment."""
    now = now or datetime.now(timezone.utc)
    for segment in _segments(lines):
        labelled = _DATE_LABEL.fullmatch(segment)
        if labelled:
            found = date_value(labelled.group("value"), now)
        elif _BARE_RELATIVE.fullmatch(segment.strip(" .")):
            found = date_value(segment, now)
        else:
            continue
        if found is not None:
            return found
    return None


def date_value(text: str, now: datetime) -> datetime | None:
    """A short date text ("2026-11-18", "18 Nov 2026", "Nov 18, 2026", "3 days ago", "today") as aware UTC."""
    value = text.strip(" .,;:()[]")
    if not value or len(value.split()) > MAX_DATE_WORDS or re.fullmatch(r"[\d.]+", value):
        return None  # a bare number is no date here (parse_datetime would read it as epoch seconds)
    found = parse_datetime(value, now)
    if found is None or not EARLIEST <= found <= now + FUTURE_SLACK:
        return None
    return found


def header_location(lines: list[str]) -> str | None:
    """A "Location: ..." labelled segment first, else the first short segment naming a known place or remote."""
    segments = _segments(lines)
    for segment in segments:
        labelled = _LOCATION_LABEL.fullmatch(segment)
        value = (labelled.group("value") or labelled.group("bare") or "").strip(" .") if labelled else ""
        if value and len(value) <= MAX_LOCATION_CHARS:
            return value
    return next((s.strip(" .") for s in segments if is_place(s)), None)


def is_place(text: str) -> bool:
    """True when every part of a short text is a known city, country, remote or work mode ("London (Hybrid)")."""
    if not text or len(text.split()) > MAX_LOCATION_WORDS or len(text) > MAX_LOCATION_CHARS:
        return False
    parts = [p.strip(" .") for p in _PARTS.split(text.lower()) if p.strip(" .")]
    kinds = [_part_kind(p) for p in parts]
    return bool(kinds) and all(kinds) and "place" in kinds


def _part_kind(part: str) -> str | None:
    """"place" (a known city or country, or remote), "mode" (hybrid, a region...), or None (anything else)."""
    rest, remote = part, False
    for word in REMOTE_WORDS:
        rest, hits = re.subn(rf"\b{re.escape(word)}\b", " ", rest)
        remote = remote or bool(hits)
    words = [w for w in re.split(r"[\s\-:]+", rest) if w and not (remote and w in _REMOTE_FILLER)]
    rest = " ".join(words)
    if remote and (not rest or rest in _REGIONS):
        return "place"  # "Remote", "Fully remote", "Remote EU", "Work from home"
    if part in _WORK_MODES or part in _REGIONS:
        return "mode"
    where = canonicalize(rest)
    return "place" if where.city in CITIES or where.country else None


def _segments(lines: list[str]) -> list[str]:
    return [s.strip(_MARKERS) for line in lines for s in _SEGMENTS.split(line) if s.strip(_MARKERS)]
