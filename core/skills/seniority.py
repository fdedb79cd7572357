"""Years of experience, proficiency levels and posting seniority from plain text.

- Years phrases: "5+ years of Python", "3-5 years experience with AWS and GCP" (lower bound, attached to the
  skills after the phrase in the same clause, else the ones before it), "Python (3 years)" and
  "C++ (Less than 1 year)" (attached to the skill right before the parenthesis; "less than 1" -> 0.5).
- Levels from years (resumes): <1 -> L1, 1-3 -> L2, 3-5 -> L3, 5+ -> L4.
- Posting seniority: keywords in the title line, then seniority phrases in the text, then required years
  (<2 junior, <5 mid, <8 senior, else lead).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}
_NUM = r"(\d{1,2}(?:\.\d)?|" + "|".join(_NUMBER_WORDS) + r")"
_QUALIFIERS = (
    r"of|professional|relevant|industry|industrial|work|commercial|practical|solid|proven|strong|progressive|"
    r"technical|prior|related|previous|total|overall|hands-on|production|programming|development|engineering|"
    r"software|demonstrable|demonstrated|full-time|post-graduate"
)
_YEARS = re.compile(
    rf"(?<![\w.]){_NUM}(?:\s*\(\d{{1,2}}\))?\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*{_NUM}\s*\+?\s*)?"
    r"(?:years?|yrs?)\b['’]?(?:\s*\(s\))?"
    rf"(?P<tail>[ \t]+(?:(?:{_QUALIFIERS})[ \t]+){{0,3}}?(?:experience|exp\b|of|in|with|working|hands-on|using"
    r"|developing|programming|building))?",
    re.I,
)
_PAREN_YEARS = re.compile(
    rf"\(\s*(?P<less>less than\s+)?{_NUM}\s*\+?\s*(?:years?|yrs?)\s*\)", re.I
)
_YEAR_WORD = re.compile(r"\b(?:years?|yrs?)\b")  # run on lower-cased text (faster than re.I)
_GENERAL = re.compile(r"experience|exp\b", re.I)
SENIORITY_ORDER = ("intern", "junior", "mid", "senior", "lead", "principal")
_TITLE_PATTERNS = (
    ("intern", r"intern|internship|trainee|apprentice|apprenticeship|working student|werkstudent"),
    ("principal", r"principal|staff|distinguished|chief"),
    ("lead", r"lead|head of|team lead|tech lead"),
    ("senior", r"senior|sr\.?|mid[- ]senior"),
    ("mid", r"mid[- ]?level|intermediate|mid"),
    ("junior", r"junior|jr\.?|entry[- ]level|graduate|associate"),
)
_TITLE_PRIORITY = [level for level, _ in _TITLE_PATTERNS]
_LEVELS = "|".join(f"(?P<{level}>{pat})" for level, pat in _TITLE_PATTERNS)
_TITLE_RE = re.compile(rf"\b(?:{_LEVELS})(?!\w)")  # both run on lower-cased text
_ROLE = (
    r"(?:[\w+#.-]+\s+){0,3}?(?:engineer|developer|scientist|analyst|designer|manager|consultant|architect|"
    r"administrator|programmer|specialist|role|position|level)\b"
)
_TEXT_RE = re.compile(rf"\b(?:{_LEVELS})\s+{_ROLE}")


@dataclass(frozen=True)
class YearsPhrase:
    """A years statement found in the text."""

    years: float
    start: int
    end: int
    attach: str  # "clause" (skills in the same clause) | "before" (the skill right before a parenthesis)
    general: bool  # mentions "experience"


def _number(token: str) -> float:
    """A numeral or number word as a float."""
    token = token.lower()
    return float(_NUMBER_WORDS[token]) if token in _NUMBER_WORDS else float(token)


def find_years(text: str) -> list[YearsPhrase]:
    """Every years statement in `text`, in order (regexes run only in windows around 'year'/'yr')."""
    out: dict[int, YearsPhrase] = {}
    low = text.lower()
    hits = _YEAR_WORD.finditer(low) if len(low) == len(text) else re.finditer(_YEAR_WORD.pattern, text, re.I)
    for hit in hits:
        lo, hi = max(0, hit.start() - 40), min(len(text), hit.end() + 120)
        for m in _YEARS.finditer(text, lo, hi):
            if m.group("tail") is None or m.start() in out or not m.start() < hit.end() <= m.end():
                continue
            general = bool(_GENERAL.search(text, m.start(), m.end() + 40))
            out[m.start()] = YearsPhrase(_number(m.group(1)), m.start(), m.end(), "clause", general)
        for m in _PAREN_YEARS.finditer(text, lo, hi):
            if m.start() not in out:
                years = 0.5 if m.group("less") and _number(m.group(2)) <= 1 else _number(m.group(2))
                out[m.start()] = YearsPhrase(years, m.start(), m.end(), "before", False)
    return sorted(out.values(), key=lambda p: p.start)


def level_from_years(years: float | None) -> int | None:
    """L1..L4 from years of use: <1 -> 1, 1-3 -> 2, 3-5 -> 3, 5+ -> 4; None when unknown."""
    if years is None:
        return None
    if years < 1:
        return 1
    if years < 3:
        return 2
    if years < 5:
        return 3
    return 4


def title_line(text: str) -> str:
    """The first non-empty line when it is short enough to be a title, else ''."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= 120 else ""
    return ""


def posting_seniority(text: str, required_years: float | None) -> tuple[str | None, str]:
    """(seniority, source) for a job posting; source is title | text | years | none."""
    title = title_line(text)
    levels = [m.lastgroup for m in _TITLE_RE.finditer(title.lower())] if title else []
    if levels:
        return min(levels, key=_TITLE_PRIORITY.index), "title"
    m = _TEXT_RE.search(text[:3000].lower())
    if m:
        return m.lastgroup, "text"
    if required_years is not None:
        if required_years < 2:
            return "junior", "years"
        if required_years < 5:
            return "mid", "years"
        return ("senior" if required_years < 8 else "lead"), "years"
    return None, "none"


def resume_facts(text: str, phrases: list[YearsPhrase]) -> tuple[float | None, list[str], str]:
    """(total years, titles, source): core.documents.resume.parse_resume when available, else the largest
    'N years of experience' statement and no titles."""
    try:
        from core.documents.resume import parse_resume  # the resume parser (date ranges, titles)
    except ImportError:
        parse_resume = None
    titles: list[str] = []
    if parse_resume is not None:
        try:
            parsed = parse_resume(text)
        except Exception:  # noqa: BLE001 - a parser bug must not break extraction
            parsed = None
        if parsed is not None:
            titles = list(parsed.titles)
            if parsed.total_years is not None:
                return float(parsed.total_years), titles, "parse_resume"
    general = [p.years for p in phrases if p.general]
    return (max(general), titles, "statement") if general else (None, titles, "none")
