"""Date ranges in resumes ('Jan 2019 – Present', '03/2018 - 11/2021', 'September 2017 onwards') and month unions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)"
_DATE = (
    rf"(?:{_DAY}?{_MONTH}[.'’]?,?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:{_YEAR}|['’]\d\d)(?!\d)"
    rf"|(?:spring|summer|fall|autumn|winter)\s+{_YEAR}"
    rf"|(?:0?[1-9]|1[0-2])[/.\-]{_YEAR}"
    rf"|{_YEAR}[/.\-](?:0[1-9]|1[0-2])(?!\d)"
    rf"|{_YEAR}(?!\d))"
)
_PRESENT = r"(?:present|current(?:ly)?|now|today|till\s+date|to\s+date|date|ongoing|onwards?)"
_SEP = r"\s*(?:-+|–|—|―|~|→|\bto\b|\btill\b|\buntil\b|\bthrough\b|\bthru\b)\s*"
RANGE = re.compile(
    rf"(?<![\w/.\-])(?:\bsince\s+(?P<since>{_DATE})"
    rf"|(?P<start>{_DATE})(?:{_SEP}(?:(?P<end>{_DATE})|(?P<present>{_PRESENT}))"
    rf"|\s+(?P<open>onwards?|(?:till|to)\s+date|present|current(?:ly)?)))(?![\w/])",
    re.IGNORECASE,
)
_EXPLICIT_YEARS = re.compile(
    r"(?P<n>\d{1,2}(?:\.\d{1,2})?)\s*\+?\s*(?:years?|yrs?)\b\+?(?:\s+of)?(?:\s+[\w/&,-]+){0,5}?\s+experience"
    r"|experience\s+of\s+(?:over\s+|more\s+than\s+)?(?P<m>\d{1,2}(?:\.\d{1,2})?)\s*\+?\s*(?:years?|yrs?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateRange:
    """A parsed range: start/end dates for display plus month indexes [start_month, end_month) for arithmetic."""

    start: date
    end: date
    current: bool
    start_month: int
    end_month: int
    offset: int
    end_offset: int


def _month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def parse_date(text: str, today: date) -> tuple[int, int | None] | None:
    """'Sept. 2017' -> (2017, 9); '2019' -> (2019, None); "Jan '19" -> (2019, 1); None if not a date."""
    s = text.strip().lower()
    year_match = re.search(rf"{_YEAR}|['’](\d\d)", s)
    if year_match is None:
        return None
    if year_match.group(1):
        yy = int(year_match.group(1))
        year = 2000 + yy if 2000 + yy <= today.year + 1 else 1900 + yy
    else:
        year = int(year_match.group(0))
    name = re.search(r"[a-z]{3,}", s)
    if name and name.group(0)[:3] in _MONTHS:
        return year, _MONTHS[name.group(0)[:3]]
    if name and name.group(0) in _SEASONS:
        return year, _SEASONS[name.group(0)]
    numeric = re.fullmatch(r"(\d{1,2})[/.\-](\d{4})|(\d{4})[/.\-](\d{2})", s)
    if numeric:
        return year, int(numeric.group(1) or numeric.group(4))
    return year, None


def find_ranges(text: str, today: date) -> list[DateRange]:
    """Every date range in text, with resolved 'Present'; ranges ending before they start are dropped."""
    ranges: list[DateRange] = []
    for m in RANGE.finditer(text):
        start = parse_date(m.group("since") or m.group("start"), today)
        if start is None:
            continue
        s_year, s_month = start
        s_index = _month_index(s_year, s_month or 1)
        current = not m.group("end")
        if current:
            e_index = _month_index(today.year, today.month) + 1
            end_date = today
        else:
            end = parse_date(m.group("end"), today)
            if end is None:
                continue
            e_year, e_month = end
            # Month precision counts the end month; a bare end year ('2017 - 2020') ends as that year starts.
            e_index = _month_index(e_year, e_month) + 1 if e_month else _month_index(e_year, 1)
            if not e_month and e_index <= s_index:
                e_index = s_index + 12
            end_date = date(e_year, e_month or 1, 1)
        if e_index <= s_index or s_index > _month_index(today.year, today.month):
            continue
        ranges.append(DateRange(date(s_year, s_month or 1, 1), end_date, current, s_index, e_index, m.start(), m.end()))
    return ranges


def union_years(intervals: list[tuple[int, int]]) -> float | None:
    """Years covered by month intervals [start, end), overlaps counted once; None when there are none."""
    if not intervals:
        return None
    total, cur_start, cur_end = 0, None, None
    for start, end in sorted(intervals):
        if cur_end is None or start > cur_end:
            if cur_end is not None:
                total += cur_end - cur_start
            cur_start, cur_end = start, end
        else:
            cur_end = max(cur_end, end)
    total += cur_end - cur_start
    return round(total / 12, 1)


def explicit_years(text: str) -> float | None:
    """'8+ years of experience' / 'experience of 5 years' -> 8.0 / 5.0; None if not stated."""
    m = _EXPLICIT_YEARS.search(text)
    if m is None:
        return None
    return float(m.group("n") or m.group("m"))
