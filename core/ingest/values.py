"""Lenient parsers for cell values: dates (ISO, RFC 2822, "18 Nov 2026", epoch s/ms, "3 days ago"), amounts,
booleans."""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email.utils import parsedate_to_datetime

_EPOCH_MS_MIN = 10**11  # numbers above this are milliseconds (year 1973+ in ms, year 5138 in s)
_RELATIVE = re.compile(r"(?:(\d+)\+?|an?|one)\s*(minute|hour|day|week|month)s?\s+ago", re.I)
_UNIT_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "month": 30}
_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "₹": "INR", "¥": "JPY", "C$": "CAD", "A$": "AUD", "S$": "SGD",
            "US$": "USD", "CA$": "CAD", "AU$": "AUD", "NZ$": "NZD", "HK$": "HKD", "R$": "BRL"}
_AMOUNT = re.compile(r"(\d[\d,\s]*(?:\.\d+)?)\s*([kKmM]|lpa|LPA|lakhs?)?")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_DAY_FIRST = re.compile(r"(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s\-]+([a-z]{3,9})\.?,?[\s\-]+(\d{4})", re.I)
_MONTH_FIRST = re.compile(r"(?:[a-z]+,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.I)


def is_blank(value) -> bool:
    """True for None, NaN, empty or whitespace-only strings."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def clean_str(value) -> str | None:
    """A stripped string, or None when blank."""
    if is_blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


class CellTypeError(ValueError):
    """A cell holds a structure (dict, nested list, array) where text was expected."""


def text_cell(value) -> str | None:
    """Text of a cell: strings, numbers, dates and bytes as text, a flat list joined with ", "; blank -> None.

    Raises CellTypeError for dicts, nested lists and other structures (Parquet struct/list columns), which would
    otherwise be stored as Python reprs."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        value = bytes(value).decode("utf-8", "replace")
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        if not all(_scalar(v) for v in value):
            raise CellTypeError("a nested list")
        return ", ".join(t for t in (clean_str(v) for v in value) if t) or None
    if not _scalar(value):
        raise CellTypeError("a dict" if isinstance(value, dict) else f"a {type(value).__name__}")
    return clean_str(value)


def _scalar(value) -> bool:
    return value is None or isinstance(value, (str, int, float, Decimal))


def parse_datetime(value, now: datetime | None = None) -> datetime | None:
    """Aware-UTC datetime from ISO text, RFC 2822, a named-month date ("18 Nov 2026", "Nov 18, 2026"), epoch
    seconds/milliseconds or "N days ago"; None if unknown."""
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return _aware_utc(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_epoch(float(value))
    text = str(value).strip()
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return _from_epoch(float(text))
    try:
        return _aware_utc(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    try:
        return _aware_utc(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        pass
    named = _named_month(text)
    if named is not None:
        return datetime(named.year, named.month, named.day, tzinfo=timezone.utc)
    return _relative(text, now)


def _from_epoch(number: float) -> datetime | None:
    seconds = number / 1000 if number >= _EPOCH_MS_MIN else number
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


def _aware_utc(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        return value.replace(tzinfo=timezone.utc)  # a date without an offset is taken as UTC
    return value.astimezone(timezone.utc)


def _relative(text: str, now: datetime | None) -> datetime | None:
    lowered = text.lower()
    base = _aware_utc(now) if now else datetime.now(timezone.utc)
    if lowered in {"today", "just posted", "just now"}:
        return base
    if lowered == "yesterday":
        return base - timedelta(days=1)
    match = _RELATIVE.search(lowered)
    if not match:
        return None
    count = int(match.group(1)) if match.group(1) else 1
    return base - timedelta(days=count * _UNIT_DAYS[match.group(2)])


def parse_amount(value) -> tuple[float | None, str | None]:
    """(number, currency from a symbol) from 120000, "$120,000", "120k", "12 LPA"; (None, None) if no number."""
    if is_blank(value) or isinstance(value, bool):
        return None, None
    if isinstance(value, (int, float, Decimal)):
        return float(value), None
    if not isinstance(value, str):
        return None, None  # a list or dict is not an amount (its repr's first digits would be)
    text = value.strip()
    currency = next((code for sym, code in sorted(_SYMBOLS.items(), key=lambda kv: -len(kv[0])) if sym in text), None)
    match = _AMOUNT.search(text)
    if not match:
        return None, currency
    number = float(re.sub(r"[,\s]", "", match.group(1)))
    suffix = (match.group(2) or "").lower()
    if suffix == "k":
        number *= 1_000
    elif suffix == "m":
        number *= 1_000_000
    elif suffix in {"lpa", "lakh", "lakhs"}:
        number *= 100_000
        currency = currency or "INR"
    return number, currency


def parse_bool(value) -> bool | None:
    """True/False from 1/0, yes/no, true/false, remote/onsite; None when unknown."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return bool(value)
    text = str(value).strip().lower()
    if text in {"1", "1.0", "true", "yes", "y", "t", "remote", "telecommute", "fully remote"}:
        return True
    if text in {"0", "0.0", "false", "no", "n", "f", "onsite", "on-site", "office", "in office"}:
        return False
    return None


PERIODS = {
    "hour": "hour", "hourly": "hour", "per hour": "hour", "hr": "hour", "h": "hour",
    "day": "day", "daily": "day", "per day": "day",
    "week": "week", "weekly": "week", "per week": "week",
    "biweekly": "biweek", "bi-weekly": "biweek", "fortnightly": "biweek",
    "month": "month", "monthly": "month", "per month": "month", "mo": "month",
    "year": "year", "yearly": "year", "annual": "year", "annually": "year", "per year": "year", "yr": "year",
    "annum": "year", "pa": "year", "p.a.": "year", "hours": "hour", "months": "month",
}


def parse_period(value) -> str | None:
    """Canonical salary period from HOURLY / "per-year-salary" / "MONTH" etc.; None when unknown."""
    text = clean_str(value)
    if not text:
        return None
    key = text.lower().replace("_", " ").strip()
    if key in PERIODS:
        return PERIODS[key]
    for word in re.split(r"[\s\-/]+", key):
        if word in PERIODS:
            return PERIODS[word]
    return None


def _named_month(value: str) -> date | None:
    """"18 Nov 2026", "Wed, 18 November 2026", "Nov 18, 2026" -> date(2026, 11, 18); None for anything else."""
    for pattern, day_at, month_at in ((_DAY_FIRST, 1, 2), (_MONTH_FIRST, 2, 1)):
        match = pattern.fullmatch(value)
        if not match:
            continue
        name = match.group(month_at).lower()
        month = next((i for i, full in enumerate(_MONTHS, 1) if full.startswith(name)), None)
        if month is None:
            continue
        try:
            return date(int(match.group(3)), month, int(match.group(day_at)))
        except ValueError:
            return None
    return None
