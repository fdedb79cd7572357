"""Split job postings and resumes into named sections with character offsets (regex over lines, fast)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

from core.documents.vocab import JOB_HEADINGS, RESUME_HEADINGS

DocKind = Literal["job", "resume"]
JOB_SECTIONS = ("intro", "responsibilities", "requirements", "nice_to_have", "benefits", "other")
RESUME_SECTIONS = ("contact", "summary", "experience", "education", "skills", "projects", "certifications", "other")


@dataclass(frozen=True)
class Section:
    """A named span [start, end) of the text; `heading` is the heading as written (None when implicit)."""

    name: str
    start: int
    end: int
    heading: str | None = None


def _phrase(p: str) -> str:
    """Plain phrase -> regex: spaces match space/hyphen runs, "'" is optional, '(s)' is an optional s."""
    rx = re.escape(p).replace(r"\(s\)", "s?").replace(r"\ ", r"[\s\-]+").replace("'", "['’]?")
    return rx.replace(r"\&", r"(?:&|and)")


def _compile(vocab: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    groups = "|".join(
        f"(?P<{name}>{'|'.join(_phrase(p) for p in sorted(phrases, key=len, reverse=True))})"
        for name, phrases in vocab.items()
    )
    any_phrase = "|".join(_phrase(p) for ps in vocab.values() for p in sorted(ps, key=len, reverse=True))
    mark = r"[\s#*_>•●▪■◦‣∙·–—=\-]*(?:\d{1,2}[.)]\s+)?"
    tail = rf"(?:\s*(?:&|\band\b|/|,|\+)\s*(?:{any_phrase})(?!\w))*"
    return re.compile(
        rf"{mark}(?:{groups})(?!\w){tail}[\s*_]*(?:(?P<extra>[^:\n]{{0,40}}?)[\s*_]*(?P<colon>:))?[\s*_]*(?P<rest>.*)",
        re.IGNORECASE,
    )


_JOB_RX = _compile(JOB_HEADINGS)
_RESUME_RX = _compile(RESUME_HEADINGS)
_BULLET = re.compile(r"\s*(?:[•●▪■◦‣∙·➢✓○▸►〓–—]|[-*](?!\*))")
MAX_HEADING_CHARS = 80
_PREFIX = 120
_SWITCHING = frozenset({"requirements", "nice_to_have", "responsibilities"})  # job inline markers that open a list


@dataclass(frozen=True)
class _Mark:
    name: str
    heading: str
    inline: bool


def _classify(line: str, rx: re.Pattern[str], names: tuple[str, ...]) -> _Mark | None:
    """A heading line ('Requirements:', '## What you'll do'), an inline marker ('Nice to have: Go'), or None."""
    m = rx.match(line[:_PREFIX])  # headings and inline markers live at the start; bounds regex work
    if m is None:
        return None
    name = next(n for n in names if m.group(n) is not None)
    rest = m.group("rest").strip()
    heading_end = m.start("colon") if m.group("colon") else m.start("rest")
    heading = line[:heading_end].strip(" \t#*_>•●▪■◦‣∙·–—=-:")
    if rest and m.group("colon"):
        return _Mark(name, heading, inline=True)
    if len(line) > MAX_HEADING_CHARS or _BULLET.match(line):
        return None
    if not rest:
        return _Mark(name, heading, inline=False)
    # 'EDUCATION DETAILS': a short all-caps line that starts with a known heading.
    if len(line) <= 40 and len(rest.split()) <= 3 and line.upper() == line:
        return _Mark(name, line.strip(" \t#*_:"), inline=False)
    return None


def split_sections(text: str, kind: DocKind) -> list[Section]:
    """Contiguous sections covering all of `text` (job: intro/responsibilities/...; resume: contact/summary/...)."""
    if kind == "job":
        rx, names, first = _JOB_RX, tuple(JOB_HEADINGS), "intro"
    elif kind == "resume":
        rx, names, first = _RESUME_RX, tuple(RESUME_HEADINGS), "contact"
    else:
        raise ValueError(f"kind must be 'job' or 'resume', not {kind!r}")
    bounds: list[tuple[int, str, str | None]] = [(0, first, None)]
    base = first
    scope: str | None = None  # a temporary inline section lasts for a 'line' or a 'paragraph'
    pos = 0
    for line in text.split("\n"):
        if scope == "line" or (scope == "paragraph" and not line.strip()):
            bounds.append((pos, base, None))
            scope = None
        mark = _classify(line, rx, names) if line else None
        bullet = mark is not None and mark.inline and _BULLET.match(line) is not None
        if mark is not None and not (bullet and kind == "resume"):  # resume bullets are sub-labels
            if not mark.inline or (kind == "job" and not bullet and mark.name in _SWITCHING):
                base, scope = mark.name, None
            else:  # '- Nice to have: X' -> that line; 'Location: Berlin' / resume 'Skills: X' -> that paragraph
                scope = "line" if bullet else "paragraph"
            bounds.append((pos, mark.name, mark.heading))
        pos += len(line) + 1
    if kind == "resume":
        bounds = _split_preamble(text, bounds)
    return _assemble(text, bounds)


_CONTACT_HINT = re.compile(r"@|https?://|www\.|linkedin|github|\+?\d[\d\s().-]{7,}\d")


def _split_preamble(text: str, bounds: list[tuple[int, str, str | None]]) -> list[tuple[int, str, str | None]]:
    """Resume text before the first heading: contact lines first, the rest is the summary."""
    end = bounds[1][0] if len(bounds) > 1 else len(text)
    pos, contact_end, seen = 0, 0, 0
    for line in text[:end].split("\n"):
        stripped = line.strip()
        if stripped:
            short = len(stripped) <= 60 and len(stripped.split()) <= 8 and not stripped.endswith(".")
            if seen >= 8 or not (_CONTACT_HINT.search(stripped) or (short and not _BULLET.match(stripped))):
                break
            seen += 1
            contact_end = pos + len(line)
        pos += len(line) + 1
    if contact_end >= end or not text[contact_end:end].strip():
        return bounds
    summary_start = contact_end + len(text[contact_end:end]) - len(text[contact_end:end].lstrip())
    preamble = [(0, "contact", None)] if contact_end else []
    return preamble + [(summary_start, "summary", None)] + bounds[1:]


def _assemble(text: str, bounds: list[tuple[int, str, str | None]]) -> list[Section]:
    """Bounds -> contiguous sections; empty or whitespace-only spans fold into the next section."""
    sections: list[Section] = []
    pending = 0
    for i, (start, name, heading) in enumerate(bounds):
        end = bounds[i + 1][0] if i + 1 < len(bounds) else len(text)
        if end <= start or (not text[start:end].strip() and (i + 1 < len(bounds) or sections)):
            continue
        if sections and sections[-1].name == name and heading is None:
            last = sections[-1]
            sections[-1] = Section(last.name, last.start, end, last.heading)
        else:
            sections.append(Section(name, pending if not sections else start, end, heading))
        pending = end
    if not sections:
        return [Section(bounds[0][1], 0, len(text), None)]
    # Close any gap left by skipped spans: each section runs to the next one's start.
    return [Section(s.name, s.start, nxt.start, s.heading) for s, nxt in zip(sections, sections[1:])] + [
        Section(sections[-1].name, sections[-1].start, len(text), sections[-1].heading)
    ]


def section_at(sections: list[Section], offset: int) -> Section:
    """The section containing `offset` (clamped to the first/last section)."""
    if not sections:
        raise ValueError("no sections")
    index = bisect_right(sections, offset, key=lambda s: s.start) - 1
    return sections[max(0, min(index, len(sections) - 1))]
