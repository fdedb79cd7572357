"""Salary text as job boards write it: "$140,000 - $175,000/yr", "$60–75K", "£45k-£55k a year", "$35 - $45 an hour".

One cell -> low, high, period and currency. The period and currency are None when the text does not say; the
caller falls back to its own columns (pay_period, currency) and then to a year in the posting's country currency.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from core.ingest.salary import FX_TO_USD
from core.ingest.values import PERIODS, is_blank

_SYMBOLS = (("US$", "USD"), ("CA$", "CAD"), ("AU$", "AUD"), ("NZ$", "NZD"), ("HK$", "HKD"), ("C$", "CAD"),
            ("A$", "AUD"), ("S$", "SGD"), ("R$", "BRL"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("₹", "INR"),
            ("¥", "JPY"), ("₩", "KRW"), ("₦", "NGN"), ("₱", "PHP"), ("zł", "PLN"))
_MULTIPLIERS = {"k": 1e3, "m": 1e6, "mn": 1e6, "lpa": 1e5, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5,
                "cr": 1e7, "crore": 1e7, "crores": 1e7}
_INDIAN = {"lpa", "lakh", "lakhs", "lac", "lacs", "cr", "crore", "crores"}
_NUMBER = re.compile(
    r"(?P<num>\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?:\s*(?P<mult>k|mn|m|lpa|lakhs?|lacs?|crores?|cr)(?![a-z]))?", re.I)
_RANGE_GAP = re.compile(r"^\s*(?:[-–—~]|to|and)\s*$", re.I)  # what may stand between the two amounts
_EXTRA_PERIODS = {"hr": "hour", "hrs": "hour", "yrs": "year", "mth": "month", "mos": "month", "wk": "week",
                  "lpa": "year"}


@dataclass(frozen=True)
class SalaryText:
    """What a salary cell says; low/high None when it gives only the other bound ("up to $80k")."""

    low: float | None
    high: float | None
    period: str | None
    currency: str | None


def parse_salary_text(value) -> SalaryText | None:
    """Low/high/period/currency from a salary cell (a number or text); None when it holds no amount."""
    if is_blank(value) or isinstance(value, bool):
        return None
    if isinstance(value, (int, float, Decimal)):
        return SalaryText(float(value), float(value), None, None)
    if not isinstance(value, str):
        return None
    text = value.strip()
    amounts = [(m, _amount(m.group("num"), m.group("mult"))) for m in _NUMBER.finditer(text)]
    amounts = [(m, a) for m, a in amounts if a is not None]
    if not amounts:
        return None
    low, high = _bounds(text, amounts)
    return SalaryText(low, high, _period(text), _currency(text, amounts))


def _bounds(text: str, amounts: list) -> tuple[float | None, float | None]:
    first, value = amounts[0]
    if len(amounts) > 1:
        second, other = amounts[1]
        if _RANGE_GAP.match(_strip_symbols(text[first.end():second.start()])):
            value, other = _share_multiplier(first, value, second, other)
            return (value, other) if value <= other else (other, value)
    lowered = text.lower()
    if re.search(r"\b(?:up to|max(?:imum)?|to)\s*\W*$", lowered[:first.start()]):
        return None, value
    if re.search(r"\b(?:from|min(?:imum)?|starting(?: at)?)\s*\W*$", lowered[:first.start()]) or \
            text[first.end():].lstrip().startswith("+"):
        return value, None
    return value, value


def _share_multiplier(first, low: float, second, high: float) -> tuple[float, float]:
    """"$60–75K": a multiplier written once applies to both when that keeps low <= high."""
    m1, m2 = (first.group("mult") or "").lower(), (second.group("mult") or "").lower()
    if m2 and not m1 and low * _MULTIPLIERS[m2] <= high:
        low *= _MULTIPLIERS[m2]
    elif m1 and not m2 and low <= high * _MULTIPLIERS[m1]:
        high *= _MULTIPLIERS[m1]
    return low, high


def _amount(number: str, multiplier: str | None) -> float | None:
    digits = re.sub(r"[\u00a0\u202f ]", "", number)
    if "," in digits and "." in digits:  # the last separator is the decimal point: 1,234.50 / 1.234,50
        decimal = "." if digits.rfind(".") > digits.rfind(",") else ","
        digits = digits.replace("," if decimal == "." else ".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits):  # 140,000 / 50.000: thousands separators
        digits = re.sub(r"[.,]", "", digits)
    else:
        digits = digits.replace(",", ".")  # 45,5k: a decimal comma
    try:
        amount = float(digits)
    except ValueError:
        return None
    return amount * _MULTIPLIERS.get((multiplier or "").lower(), 1.0)


def _period(text: str) -> str | None:
    words = re.findall(r"[a-z]+", text.lower().replace("p.a.", " pa "))
    for word in words:
        period = PERIODS.get(word) or _EXTRA_PERIODS.get(word)
        if period and word not in {"h"} | set(_MULTIPLIERS) - {"lpa"}:
            return period
    if re.search(r"/\s*h\b", text.lower()):
        return "hour"
    return None


def _currency(text: str, amounts: list) -> str | None:
    for code in re.findall(r"\b[A-Z]{3}\b", text):
        if code in FX_TO_USD:
            return code
    for symbol, code in _SYMBOLS:
        if symbol in text:
            return code
    if any((m.group("mult") or "").lower() in _INDIAN for m, _ in amounts):
        return "INR"
    return None


def _strip_symbols(gap: str) -> str:
    for symbol, _code in _SYMBOLS:
        gap = gap.replace(symbol, "")
    return re.sub(r"\b[A-Z]{3}\b", "", gap)


def salary_from_cells(min_cell, max_cell, mid_cell, notes: list[str]) -> SalaryText:
    """One salary from the min/max columns, else the single salary column ("$60–75K"); cells holding a list or
    dict are ignored with a note instead of having their repr's digits read as an amount."""
    cells = {"salary_min": min_cell, "salary_max": max_cell, "salary": mid_cell}
    for name, cell in cells.items():
        if cell is not None and not isinstance(cell, (str, int, float, Decimal)):
            notes.append(f"{name} is a {type(cell).__name__}, not an amount; ignored")
            cells[name] = None
    low, high = parse_salary_text(cells["salary_min"]), parse_salary_text(cells["salary_max"])
    if low is None and high is None:
        return parse_salary_text(cells["salary"]) or SalaryText(None, None, None, None)
    parsed = [p for p in (low, high) if p is not None]
    return SalaryText(
        low=(low.low if low.low is not None else low.high) if low else None,
        high=(high.high if high.high is not None else high.low) if high else None,
        period=next((p.period for p in parsed if p.period), None),
        currency=next((p.currency for p in parsed if p.currency), None),
    )
