"""schema.org JobPosting JSON-LD -> PostingRecord fields (title, company, location, salary, date, description)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterator

from core.ingest.html_text import html_to_text
from core.ingest.values import clean_str, parse_amount, parse_datetime, parse_period


@dataclass(frozen=True)
class JobPostingData:
    """The JobPosting fields we use, flattened."""

    title: str | None
    company: str | None
    location_raw: str | None
    remote: bool | None
    posted_at: Any
    salary_min: float | None
    salary_max: float | None
    salary_currency: str | None
    salary_period: str | None
    description: str
    url: str | None
    employment_type: str | None
    identifier: str | None


def find_job_posting(blocks: list[str]) -> tuple[dict | None, list[str]]:
    """The first JobPosting object in the JSON-LD blocks, plus notes about blocks that failed to parse."""
    notes: list[str] = []
    for number, raw in enumerate(blocks, start=1):
        try:
            data = json.loads(raw.strip(), strict=False)
        except json.JSONDecodeError as exc:
            notes.append(f"JSON-LD block {number} is malformed ({exc.msg})")
            continue
        except (RecursionError, ValueError):  # nested thousands deep, or an integer of thousands of digits
            notes.append(f"JSON-LD block {number} is malformed (too deeply nested or a number too long)")
            continue
        try:
            found = next((node for node in _walk(data) if _is_job_posting(node)), None)
        except RecursionError:
            notes.append(f"JSON-LD block {number} is nested too deeply")
            continue
        if found is not None:
            return found, notes
    return None, notes


def read_job_posting(node: dict) -> JobPostingData:
    """Flatten one JobPosting object (tolerant of the shapes sites actually publish)."""
    low, high, currency, period = _salary(node.get("baseSalary") or node.get("estimatedSalary"))
    currency = currency or clean_str(node.get("salaryCurrency"))
    location_type = " ".join(_strings(node.get("jobLocationType"))).upper()
    location = _location(node.get("jobLocation")) or _location(node.get("applicantLocationRequirements"))
    return JobPostingData(
        title=clean_str(_text(node.get("title") or node.get("name"))),
        company=_name(node.get("hiringOrganization")),
        location_raw=location,
        remote=True if "TELECOMMUTE" in location_type else None,
        posted_at=parse_datetime(_text(node.get("datePosted"))),
        salary_min=low,
        salary_max=high,
        salary_currency=currency.upper() if currency else None,
        salary_period=period,
        description=html_to_text(_text(node.get("description")) or ""),
        url=clean_str(_text(node.get("url"))),
        employment_type=clean_str(", ".join(_strings(node.get("employmentType")))),
        identifier=_identifier(node.get("identifier")),
    )


def _walk(data: Any) -> Iterator[dict]:
    if isinstance(data, list):
        for item in data:
            yield from _walk(item)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "itemListElement", "item"):
            if key in data:
                yield from _walk(data[key])


def _is_job_posting(node: dict) -> bool:
    kinds = node.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and k.split("/")[-1].split(":")[-1] == "JobPosting" for k in kinds)


def _salary(value: Any) -> tuple[float | None, float | None, str | None, str | None]:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, (int, float, str)):
        amount, symbol_currency = parse_amount(value)
        return amount, amount, symbol_currency, None
    if not isinstance(value, dict):
        return None, None, None, None
    currency = clean_str(value.get("currency"))
    inner = value.get("value")
    period = parse_period(value.get("unitText"))
    if isinstance(inner, dict):
        period = parse_period(inner.get("unitText")) or period
        low, _ = parse_amount(inner.get("minValue"))
        high, _ = parse_amount(inner.get("maxValue"))
        single, _ = parse_amount(inner.get("value"))
        if low is None and high is None:
            low = high = single
        return low, high, currency, period
    amount, symbol_currency = parse_amount(inner if inner is not None else value.get("minValue"))
    high, _ = parse_amount(value.get("maxValue"))
    return amount, high if high is not None else amount, currency or symbol_currency, period


def _location(value: Any) -> str | None:
    places = value if isinstance(value, list) else [value]
    for place in places:
        if isinstance(place, str) and place.strip():
            return place.strip()
        if not isinstance(place, dict):
            continue
        address = place.get("address", place)
        if isinstance(address, str):
            return clean_str(address)
        if isinstance(address, dict):
            parts = [_name(address.get(k)) for k in ("addressLocality", "addressRegion", "addressCountry")]
            text = ", ".join(p for p in parts if p)
            if text:
                return text
        if _name(place):
            return _name(place)
    return None


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return clean_str(_text(value.get("name")))
    return clean_str(_text(value))


def _identifier(value: Any) -> str | None:
    if isinstance(value, dict):
        return clean_str(_text(value.get("value") or value.get("@id")))
    return clean_str(_text(value))


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, (str, int, float))), None)
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    return None if value is None else str(value)


def _strings(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [str(v) for v in items if isinstance(v, (str, int, float))]
