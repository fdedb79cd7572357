"""Resume parsing (Contact is re-exported from contact.py): sections, contact details, roles (title, company, dates), titles and total years."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core.documents import titles as t
from core.documents.contact import Contact, contact_details
from core.documents.dates import DateRange, explicit_years, find_ranges, union_years
from core.documents.sections import Section, split_sections


@dataclass(frozen=True)
class Role:
    """One position in the experience section; offsets span the role's block of text."""

    title: str | None
    company: str | None
    start: date | None
    end: date | None
    current: bool
    start_offset: int
    end_offset: int
    months: tuple[int, int] = (0, 0)  # [start, end) month indexes (overlap arithmetic; "Present" = this month)
    dates: str = ""  # the date range as written ("Jan 2019 – Present")


@dataclass(frozen=True)
class ResumeParse:
    """Everything parse_resume finds; total_years is the union of role dates, else an explicit claim."""

    sections: list[Section]
    contact: Contact
    titles: list[str]
    roles: list[Role]
    total_years: float | None


def parse_resume(text: str, today: date | None = None) -> ResumeParse:
    """Sections, contact, roles (most recent first), titles and total years of a resume's text."""
    today = today or date.today()
    sections = split_sections(text, "resume")
    found = _roles(text, sections, today)
    found.sort(key=lambda pair: (-pair[1].end_month, -pair[1].start_month))
    roles = [role for role, _ in found]
    titles = _unique([r.title for r in roles if r.title] + _undated_titles(text, sections, roles))
    if not titles:
        titles = _unique([h for h in [t.headline(text, _spans(sections, "contact"))] if h])
    years = union_years([(span.start_month, span.end_month) for _, span in found])
    if years is None:
        summary = "\n".join(text[s.start : s.end] for s in sections if s.name in ("summary", "contact"))
        years = explicit_years(summary or text[:2000])
    return ResumeParse(sections, contact_details(text, sections), titles, roles, years)


def _spans(sections: list[Section], name: str) -> list[Section]:
    return [s for s in sections if s.name == name]


def _experience(sections: list[Section]) -> list[Section]:
    """Experience sections; without any, everything except education/certifications/skills/contact."""
    found = _spans(sections, "experience")
    skip = ("education", "certifications", "skills", "contact")
    return found or [s for s in sections if s.name not in skip]


def _roles(text: str, sections: list[Section], today: date) -> list[tuple[Role, DateRange]]:
    """One role per date range in the experience sections, titled from the lines around the dates."""
    found: list[tuple[Role, DateRange]] = []
    for section in _experience(sections):
        lines = t.lines_of(text, section.start, section.end)
        anchors: list[tuple[int, DateRange]] = []
        for index, line in enumerate(lines):
            ranges = find_ranges(line.text, today)
            if ranges:
                anchors.append((index, ranges[0]))
        direction = t.title_direction(lines, [i for i, _ in anchors])
        starts: list[int] = []
        drafts: list[tuple[str | None, str | None, DateRange]] = []
        for k, (index, span) in enumerate(anchors):
            low = anchors[k - 1][0] + 1 if k else 0
            high = anchors[k + 1][0] if k + 1 < len(anchors) else len(lines)
            pick = t.pick_title(lines, index, span.offset, span.end_offset, low, high, direction)
            starts.append(lines[pick.first_line].start)
            written = " ".join(lines[index].text[span.offset:span.end_offset].split())
            drafts.append((pick.title, pick.company, span, written))
        for k, (title, company, span, written) in enumerate(drafts):
            end = starts[k + 1] if k + 1 < len(starts) else section.end
            role = Role(title, company, span.start, span.end, span.current, starts[k], max(end, starts[k]),
                        (span.start_month, span.end_month), written)
            found.append((role, span))
    return found


def _undated_titles(text: str, sections: list[Section], roles: list[Role]) -> list[str]:
    """Stand-alone title lines in experience sections that no dated role claimed."""
    claimed = {r.title.lower() for r in roles if r.title}
    extra: list[str] = []
    for section in _spans(sections, "experience"):
        for title in t.standalone_titles(t.lines_of(text, section.start, section.end)):
            if title.lower() not in claimed:
                extra.append(title)
    return extra


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        key = " ".join(item.lower().split())
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
