"""Column mapping for tabular sources: header synonyms, `--map` overrides, and row -> PostingRecord."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Iterable, Mapping

from core.errors import InvalidInput
from core.ingest.records import PostingRecord, RawFailure
from core.ingest.salary_text import salary_from_cells
from core.ingest.seniority_values import parse_seniority
from core.ingest.values import CellTypeError, is_blank, parse_bool, parse_datetime, parse_period, text_cell

# field -> header synonyms in priority order (headers are compared after _norm: lower-case, non-alnum -> "_").
SYNONYMS: dict[str, tuple[str, ...]] = {
    "title": ("title", "job_title", "jobtitle", "position", "position_title", "role", "name", "job_name",
              "job_position", "position_name"),
    "company": ("company", "company_name", "employer", "hiring_organization", "hiringorganization",
                "organization", "companyname", "employer_name", "hiring_company"),
    "location": ("location", "job_location", "formatted_location", "formattedlocation", "city", "locations",
                 "location_name", "candidate_required_location", "work_location"),
    "description": ("description", "job_description", "text", "body", "summary", "snippet", "content",
                    "jobdescription", "description_text", "descriptionplain", "job_summary", "job_details",
                    "full_description"),
    "salary_min": ("salary_min", "min_salary", "salary_from", "min_amount", "minsalary", "salary_low", "pay_min"),
    "salary_max": ("salary_max", "max_salary", "salary_to", "max_amount", "maxsalary", "salary_high", "pay_max"),
    "salary_mid": ("med_salary", "salary", "salary_med", "median_salary", "normalized_salary", "pay",
                   "salary_range", "pay_range", "compensation", "salary_snippet", "salary_text", "estimated_salary",
                   "salary_estimate", "base_salary", "wage"),
    "salary_currency": ("salary_currency", "currency", "salarycurrency", "currency_code"),
    "salary_period": ("pay_period", "salary_period", "salary_unit", "interval", "compensation_type", "pay_rate"),
    "posted_at": ("listed_time", "original_listed_time", "date_posted", "posted_at", "dateposted", "posted_date",
                  "date", "created_at", "publication_date", "pubdate", "formattedrelativetime", "crawl_timestamp",
                  "listed_at", "posted_on", "posted", "post_date", "posting_date", "date_listed", "published_at"),
    "url": ("url", "job_url", "job_posting_url", "joburl", "hostedurl", "link", "application_url", "apply_url",
            "job_link", "apply_link", "application_link", "posting_url"),
    "external_id": ("job_id", "id", "jobkey", "uniq_id", "jobid", "posting_id", "job_key"),
    "remote": ("remote", "remote_allowed", "is_remote", "work_from_home", "remote_ok", "workplace_type"),
    "employment_type": ("formatted_work_type", "work_type", "employment_type", "job_type", "jobtype",
                        "employmenttype", "commitment", "contract_type", "schedule_type"),
    "seniority": ("seniority_level", "seniority", "formatted_experience_level", "experience_level", "job_level",
                  "career_level", "seniority_levels"),
}
FIELDS = tuple(SYNONYMS)
REQUIRED = ("title", "description")


@dataclass(frozen=True)
class ColumnMap:
    """field -> candidate columns (as written in the file), best first; later ones fill blank cells."""

    columns: tuple[tuple[str, tuple[str, ...]], ...]

    def get(self, field: str) -> str | None:
        """The main column for a field, or None."""
        found = dict(self.columns).get(field)
        return found[0] if found else None

    def value(self, row: Mapping, field: str):
        """The first non-blank cell among the field's columns (e.g. description, else snippet)."""
        for column in dict(self.columns).get(field, ()):
            cell = row.get(column)
            if not is_blank(cell):
                return cell
        return None

    def to_dict(self) -> dict[str, list[str]]:
        """Plain dict (dead-letter payloads)."""
        return {field: list(cols) for field, cols in self.columns}

    @classmethod
    def from_dict(cls, data: Mapping) -> "ColumnMap":
        """Inverse of to_dict (a bare string is one column)."""
        return cls(tuple(sorted((f, (c,) if isinstance(c, str) else tuple(c)) for f, c in data.items())))


def parse_map_option(text: str | None) -> dict[str, str]:
    """`title=job_title,company=employer` -> {"title": "job_title", ...}; unknown fields are an error."""
    if not text:
        return {}
    out: dict[str, str] = {}
    for pair in filter(None, (p.strip() for p in text.split(","))):
        key, sep, value = pair.partition("=")
        key = key.strip().lower()
        if not sep or not value.strip():
            raise InvalidInput(f"--map expects field=column pairs, got {pair!r}")
        if key not in FIELDS:
            raise InvalidInput(f"--map: unknown field {key!r}; fields are: {', '.join(FIELDS)}")
        out[key] = value.strip()
    return out


def match_columns(headers: Iterable[str], overrides: Mapping[str, str] | None = None
                  ) -> tuple[dict[str, list[str]], list[str]]:
    """(field -> columns best first, required fields with no column); an override naming no column is an error."""
    headers = [h for h in headers if h is not None]
    by_norm: dict[str, str] = {}
    for header in headers:
        by_norm.setdefault(_norm(header), header)
    chosen: dict[str, list[str]] = {}
    primary: set[str] = set()
    for field, names in SYNONYMS.items():
        found = [by_norm[n] for n in names if n in by_norm]
        main = next((c for c in found if c not in primary), None)
        if main is not None:
            primary.add(main)
            chosen[field] = [main] + [c for c in found if c != main]
    for field, names in chosen.items():  # fallbacks never borrow another field's main column
        chosen[field] = [names[0]] + [c for c in names[1:] if c not in primary]
    for field, column in (overrides or {}).items():
        if column not in headers and _norm(column) not in by_norm:
            raise InvalidInput(f"--map {field}={column}: no such column; columns found: {_list(headers)}")
        chosen[field] = [column if column in headers else by_norm[_norm(column)]]
    return chosen, [f for f in REQUIRED if f not in chosen]


def detect_columns(headers: Iterable[str], overrides: Mapping[str, str] | None = None) -> ColumnMap:
    """Map fields to headers by synonym, apply overrides, and fail clearly when title/description is missing."""
    headers = [h for h in headers if h is not None]
    chosen, missing = match_columns(headers, overrides)
    if missing:
        raise InvalidInput(
            f"no {' or '.join(missing)} column found; columns found: {_list(headers)}. "
            f"Name one with --map, e.g. --map {missing[0]}=COLUMN"
        )
    return ColumnMap(tuple(sorted((f, tuple(c)) for f, c in chosen.items())))


def row_to_record(row: Mapping, mapping: ColumnMap, source: str, ref: str) -> PostingRecord | RawFailure:
    """One row -> PostingRecord, or RawFailure (with the row as payload) when title/description is empty or not
    text (a Parquet list or struct); other cells of the wrong type are dropped with a note on the record."""
    get = lambda field: mapping.value(row, field)  # noqa: E731
    notes: list[str] = []
    try:
        title, description = text_cell(get("title")), text_cell(get("description"))
    except CellTypeError:
        field = "title" if _not_text(get("title")) else "description"
        kind = type(get(field)).__name__
        return failure_for_row(row, mapping, source, ref, f"{ref}: {field} is a {kind}, not text")
    if not title or not description:
        empty = "title" if not title else "description"
        return failure_for_row(row, mapping, source, ref, f"{ref}: empty {empty}")
    text = lambda field: _optional_text(get(field), field, notes)  # noqa: E731
    salary = salary_from_cells(get("salary_min"), get("salary_max"), get("salary_mid"), notes)
    return PostingRecord(
        source=source,
        external_id=text("external_id"),
        title=title,
        company=text("company"),
        location_raw=text("location"),
        description=description,
        salary_min=salary.low,
        salary_max=salary.high,
        salary_currency=text("salary_currency") or salary.currency,
        posted_at=parse_datetime(get("posted_at")),
        url=text("url"),
        remote=parse_bool(get("remote")),
        salary_period=parse_period(text("salary_period")) or salary.period,
        employment_type=text("employment_type"),
        ref=ref,
        seniority=parse_seniority(text("seniority")),
        notes=tuple(notes),
    )


def _not_text(value) -> bool:
    try:
        text_cell(value)
    except CellTypeError:
        return True
    return False


def _optional_text(value, field: str, notes: list[str]) -> str | None:
    try:
        return text_cell(value)
    except CellTypeError:
        notes.append(f"{field} is a {type(value).__name__}, not text; ignored")
        return None


def failure_for_row(row: Mapping, mapping: ColumnMap, source: str, ref: str, error: str) -> RawFailure:
    """A RawFailure whose payload can be re-mapped on retry (after someone fixes the row)."""
    clean = {str(k): (None if is_blank(v) else _jsonable(v)) for k, v in row.items()}
    payload = {"kind": "row", "row": clean, "mapping": mapping.to_dict(), "ref": ref}
    return RawFailure(source=source, ref=ref, error=error, payload_json=json.dumps(payload, ensure_ascii=False))


def flatten(obj: Mapping, prefix: str = "") -> dict:
    """One level of nesting flattened: {"company": {"name": x}} -> {"company.name": x}; lists kept as JSON text."""
    out: dict = {}
    for key, value in obj.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping) and not prefix:
            out.update(flatten(value, prefix=f"{name}."))
        elif isinstance(value, (list, dict)):
            out[name] = json.dumps(value, ensure_ascii=False)
        else:
            out[name] = value
    return out


def _jsonable(value):
    if isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _norm(header: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(header).strip().lower()).strip("_")


def _list(headers: list[str]) -> str:
    return ", ".join(headers) if headers else "(none)"
