"""Salary normalization: annualize by pay period, convert to USD with a small fixed FX table (our constants).

FX_TO_USD holds approximate mid-market rates (USD per one unit of the currency), rounded, as of 2025-01.
They are constants on purpose: the market view compares salaries across countries; it does not do accounting.
Update them together, in one commit, when they drift far enough to matter.
"""

from __future__ import annotations

from dataclasses import dataclass

FX_TO_USD: dict[str, float] = {
    "USD": 1.0, "EUR": 1.04, "GBP": 1.25, "INR": 0.0117, "CAD": 0.70, "AUD": 0.63, "SGD": 0.74,
    "JPY": 0.0064, "CHF": 1.11, "SEK": 0.091, "NOK": 0.089, "DKK": 0.14, "PLN": 0.25, "CNY": 0.137,
    "HKD": 0.128, "AED": 0.272, "BRL": 0.17, "MXN": 0.049, "ZAR": 0.054, "NZD": 0.57, "ILS": 0.27,
    "KRW": 0.00069, "IDR": 0.000062, "PHP": 0.017, "MYR": 0.22, "NGN": 0.00065, "KES": 0.0077,
}

# Paid hours/days/weeks in a working year: 40 h x 52 weeks.
PERIOD_TO_YEAR: dict[str, float] = {"hour": 2080, "day": 260, "week": 52, "biweek": 26, "month": 12, "year": 1}

COUNTRY_CURRENCY: dict[str, str] = {
    "United States": "USD", "India": "INR", "United Kingdom": "GBP", "Germany": "EUR", "France": "EUR",
    "Netherlands": "EUR", "Ireland": "EUR", "Spain": "EUR", "Canada": "CAD", "Australia": "AUD",
    "Singapore": "SGD", "Japan": "JPY", "Switzerland": "CHF", "Sweden": "SEK", "Poland": "PLN",
    "China": "CNY", "United Arab Emirates": "AED", "Brazil": "BRL", "Mexico": "MXN", "South Africa": "ZAR",
    "Israel": "ILS", "South Korea": "KRW", "Kenya": "KES", "Nigeria": "NGN", "Portugal": "EUR",
}


# Plausible pay: at least 1 (of its currency) per stated period, at most 10M USD a year (1e12 in a currency
# without a rate: amounts in IDR or VND run to hundreds of millions a year).
MIN_PER_PERIOD = 1.0
MAX_ANNUAL_USD = 10_000_000.0
MAX_ANNUAL_UNKNOWN_FX = 1e12


@dataclass(frozen=True)
class Salary:
    """Annualized salary in its own currency plus the USD midpoint."""

    annual_min: float | None
    annual_max: float | None
    currency: str | None
    annual_usd: float | None


def normalize_salary(
    low: float | None, high: float | None, currency: str | None, period: str | None, country: str | None = None
) -> Salary:
    """Annualize low/high by period (None = year) and convert the midpoint to USD; unknown currency -> no USD."""
    if low is None and high is None:
        return Salary(None, None, _code(currency), None)
    if low is not None and high is not None and low > high:
        low, high = high, low
    factor = PERIOD_TO_YEAR.get(period or "year", 1)
    annual_min = low * factor if low is not None else None
    annual_max = high * factor if high is not None else None
    code = _code(currency) or COUNTRY_CURRENCY.get(country or "", None) or "USD"
    known = [v for v in (annual_min, annual_max) if v is not None]
    mid = sum(known) / len(known)
    rate = FX_TO_USD.get(code)
    usd = round(mid * rate, 2) if rate is not None and mid > 0 else None
    return Salary(annual_min, annual_max, code, usd)


def implausible_salary(low: float | None, high: float | None, currency: str | None, period: str | None,
                       country: str | None = None) -> str | None:
    """Why low/high cannot be a salary ("1e+30 a year is over 10M USD"), or None when plausible or absent."""
    code = _code(currency) or COUNTRY_CURRENCY.get(country or "", None) or "USD"
    rate = FX_TO_USD.get(code)
    factor = PERIOD_TO_YEAR.get(period or "year", 1)
    for amount in (a for a in (low, high) if a is not None):
        if amount < MIN_PER_PERIOD:
            return f"{amount:g} {code} a {period or 'year'} is below {MIN_PER_PERIOD:g} per {period or 'year'}"
        annual = amount * factor
        if rate is not None and annual * rate > MAX_ANNUAL_USD:
            return f"{amount:g} {code} a {period or 'year'} is over {MAX_ANNUAL_USD / 1e6:g}M USD a year"
        if rate is None and annual > MAX_ANNUAL_UNKNOWN_FX:
            return f"{amount:g} {code} a {period or 'year'} is beyond any plausible salary"
    return None


def _code(currency: str | None) -> str | None:
    if not currency:
        return None
    code = currency.strip().upper()
    return code[:8] or None
