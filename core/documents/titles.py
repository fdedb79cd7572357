"""Job-title heuristics for resumes: which line segment near a date range is the title, which the company."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from core.documents.sections import Section

ROLE_NOUNS = (
    "engineer|developer|programmer|architect|manager|lead|leader|director|analyst|consultant|scientist|"
    "designer|administrator|admin|specialist|officer|executive|associate|assistant|intern|trainee|"
    "coordinator|head|president|vp|cto|ceo|cfo|coo|cio|founder|co-founder|editor|writer|accountant|auditor|"
    "technician|representative|advisor|adviser|tester|operator|supervisor|owner|partner|principal|fellow|"
    "researcher|professor|lecturer|teacher|instructor|tutor|nurse|physician|attorney|lawyer|paralegal|clerk|"
    "agent|recruiter|buyer|planner|strategist|marketer|expert|member|chief|controller|cashier|secretary|"
    "receptionist|freelancer|contractor|devops|sre|qa|dba|translator|subtitler|artist|photographer|producer|"
    "chairman|mentor|scrum master|trainer|counsell?or|therapist|pharmacist|economist|statistician|mechanic|"
    "electrician|chef|banker|broker|underwriter|inspector|investigator|surveyor|estimator|draftsman|"
    "apprentice|ambassador|evangelist|sme|generalist|modeler|modeller|superintendent|foreman|handler|"
    "practitioner|solicitor|psychologist|journalist|copywriter|reporter|hr"
)
_ROLE = re.compile(rf"\b(?:{ROLE_NOUNS})s?\b", re.IGNORECASE)
_ROLE_AT_END = re.compile(rf"\b(?:{ROLE_NOUNS})s?\.?$", re.IGNORECASE)
_LEGAL = re.compile(
    r"\b(?:inc|ltd|llc|llp|plc|pvt|corp|corporation|gmbh|ag|limited|university|college|bank|company)\b",
    re.IGNORECASE,
)
_ORG_WORDS = re.compile(
    r"\b(?:technologies|technology|solutions|services|software|consulting|consultancy|group|labs|institute|"
    r"systems|infotech|enterprises|industries|holdings|partners|agency|studios?)\b",
    re.IGNORECASE,
)
_NOT_A_TITLE_START = frozenset(
    "have has had worked working work i we my our was am is are currently joined responsible involved "
    "handled handling managed managing led leading as and in on for with to of the a an".split()
)
_DEPARTMENTS = frozenset(
    "engineering sales marketing operations product finance hr design research it data platform support".split()
)
_LABEL = re.compile(r"^(?:designation|job title|title|position|role|current role)\s*[:\-–]\s*", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[•●▪■◦‣∙·➢✓○▸►〓❖✔➤→]|[-*](?!\*))")
_SPLIT = re.compile(r"\s+[|•·–—]\s+|\s+-+\s+|\s+-+$|^-+\s+|\s+@\s+|\s+at\s+|\t|\s{2,}|\s*\|\s*")
_TRIM = " ,;:-–—|•"
_AFTER_LEGAL = re.compile(r"\b(Limited|Ltd\.?|Inc\.?|LLC|Corporation|Corp\.?)\s+(?=[A-Z])")


def _trim(part: str) -> str:
    """Strip separators, and brackets only when unbalanced ('Lead (HCL)' keeps its parentheses)."""
    part = part.strip(_TRIM)
    while part and part[-1] in ")]" and part.count("(") + part.count("[") < part.count(")") + part.count("]"):
        part = part[:-1].strip(_TRIM)
    while part and part[0] in "([" and part.count("(") + part.count("[") > part.count(")") + part.count("]"):
        part = part[1:].strip(_TRIM)
    if part.endswith(("(", "[")):
        part = part[:-1].strip(_TRIM)
    return part
Direction = Literal["prev", "next"]
MAX_LINE = 300  # longer lines are prose, never a title line (also bounds regex work on hostile input)


@dataclass(frozen=True)
class Line:
    """A line of the resume with its absolute start offset."""

    start: int
    text: str


@dataclass(frozen=True)
class Pick:
    """The title/company chosen for one date range, and the first line of the role block."""

    title: str | None
    company: str | None
    first_line: int


def lines_of(text: str, start: int, end: int) -> list[Line]:
    """The lines of text[start:end] with absolute offsets."""
    out: list[Line] = []
    pos = start
    for line in text[start:end].split("\n"):
        out.append(Line(pos, line))
        pos += len(line) + 1
    return out


def segments(text: str) -> list[str]:
    """Split a line on separators (' - ', ' | ', ' at ', double spaces) and 'Title, Company' commas."""
    if len(text) > MAX_LINE:
        return []
    out: list[str] = []
    for part in _SPLIT.split(_AFTER_LEGAL.sub(r"\1  ", text)):
        part = _trim(_LABEL.sub("", _trim(part)))
        if not part:
            continue
        head, _, tail = part.partition(", ")
        tail_word = _trim(tail).lower()
        if tail and _ROLE_AT_END.search(head) and not _ROLE.search(tail) and tail_word not in _DEPARTMENTS:
            out.extend([head, _trim(tail)])
        else:
            out.append(part)
    return out


def title_score(segment: str) -> int:
    """How title-like a segment is: needs a role noun; company words, sentences and noise score low."""
    if not segment or len(segment) > 70 or len(segment.split()) > 9 or _BULLET.match(segment):
        return 0
    lowered = segment.lower()
    if "@" in segment or "http" in lowered or "www." in lowered or segment.endswith((".", ":", "!", "?")):
        return 0
    if sum(c.isdigit() for c in segment) > 0.3 * len(segment) or not _ROLE.search(segment):
        return 0
    if lowered.split()[0] in _NOT_A_TITLE_START:
        return 0
    penalty = 2 if _LEGAL.search(segment) else int(bool(_ORG_WORDS.search(segment)) and not _ROLE_AT_END.search(segment))
    return max(3 - penalty - (not segment[0].isupper()), 0)


def is_company(segment: str) -> bool:
    """True when a segment carries a company word (Inc, Ltd, Technologies, ...)."""
    return bool(_LEGAL.search(segment) or _ORG_WORDS.search(segment))


def _window(lines: list[Line], index: int, low: int, high: int, direction: Direction) -> list[int]:
    """Indexes of up to 3 (prev) or 2 (next) non-blank lines next to the date line, within [low, high)."""
    step, limit = (-1, 3) if direction == "prev" else (1, 2)
    found: list[int] = []
    i = index + step
    while low <= i < high and len(found) < limit:
        if lines[i].text.strip():
            found.append(i)
        i += step
    return found


def title_direction(lines: list[Line], anchors: list[int]) -> Direction:
    """Whether titles sit above ('prev', the common case) or below ('next') the date lines of a section."""
    hits = {"prev": 0, "next": 0}
    for k, index in enumerate(anchors):
        low = anchors[k - 1] + 1 if k else 0
        high = anchors[k + 1] if k + 1 < len(anchors) else len(lines)
        for direction in ("prev", "next"):
            window = _window(lines, index, low, high, direction)
            hits[direction] += any(title_score(s) >= 2 for i in window for s in segments(lines[i].text))
    return "next" if hits["next"] > hits["prev"] else "prev"


def pick_title(
    lines: list[Line], index: int, cut_start: int, cut_end: int, low: int, high: int, direction: Direction
) -> Pick:
    """Best title and company for the date range at lines[index].text[cut_start:cut_end]."""
    text = lines[index].text
    candidates = [(s, index) for s in segments(text[:cut_start] + "  " + text[cut_end:])]
    window = _window(lines, index, low, high, direction)
    candidates += [(s, i) for i in window if not _BULLET.match(lines[i].text) for s in segments(lines[i].text)]
    scored = [(title_score(s), -n, s, i) for n, (s, i) in enumerate(candidates)]
    best = max(scored, default=None)
    if best is None or best[0] < 2:
        return Pick(None, _company(candidates, None, index), index)
    title, title_line = best[2], best[3]
    company = _company(candidates, (title, title_line), index)
    first = min(title_line, index) if direction == "prev" else index
    return Pick(title, company, first)


def _company(candidates: list[tuple[str, int]], title: tuple[str, int] | None, date_line: int) -> str | None:
    """A segment with a company word; else the segment after the title on its line; else the nearest other."""
    others = [
        (s, i) for s, i in candidates
        if (s, i) != title and title_score(s) < 2 and len(s) <= 60 and len(s.split()) <= 8 and not _BULLET.match(s)
    ]
    signal = [s for s, _ in others if is_company(s)]
    if signal:
        return signal[0]
    if title is not None:
        same = [s for s, i in others if i == title[1]]
        if same:
            return same[0]
        between = [s for s, i in others if min(title[1], date_line) <= i <= max(title[1], date_line)]
        if between:
            return between[0]
    return None


def standalone_titles(lines: list[Line]) -> list[str]:
    """Short title-like lines that stand alone (after a blank line or at the start), in order."""
    found: list[str] = []
    for i, line in enumerate(lines):
        stripped = line.text.strip()
        if not stripped or len(stripped) > 60 or (i and lines[i - 1].text.strip()):
            continue
        parts = segments(stripped)
        if parts and title_score(parts[0]) >= 3 and len(parts[0].split()) <= 6:
            found.append(parts[0])
    return found


def headline(text: str, contact: list[Section]) -> str | None:
    """A title-like segment in the resume's contact block (e.g. the line under the name)."""
    for section in contact:
        for line in lines_of(text, section.start, section.end)[:6]:
            for part in segments(line.text):
                if title_score(part) >= 3:
                    return part
    return None
