"""A posting page by URL: schema.org JobPosting JSON-LD when present, otherwise the page's main text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator
from urllib.parse import urlsplit

from core.errors import EmptyText, InvalidInput
from core.ingest.fetch import HTML_TYPES, Fetcher
from core.ingest.html_text import Page, parse_page
from core.ingest.jsonld import find_job_posting, read_job_posting
from core.ingest.records import PostingRecord, RawFailure


@dataclass
class UrlSource:
    """One posting page; the fetch goes through the SSRF-safe Fetcher (injectable for tests)."""

    url: str
    fetcher: Fetcher = field(default_factory=Fetcher)
    name: str = ""
    notes: list[str] = field(default_factory=list)  # e.g. "JSON-LD block 1 is malformed" (for diagnostics)

    def __post_init__(self) -> None:
        try:
            host = urlsplit(self.url).hostname
        except ValueError as exc:  # "http://[::1/": urllib raises ValueError("Invalid IPv6 URL")
            raise InvalidInput(f"not a valid URL: {self.url!r} ({exc})") from exc
        self.name = self.name or f"url:{host or 'unknown'}"

    def iter_records(self) -> Iterator[PostingRecord | RawFailure]:
        """Fetch the page (UnsafeURL / FetchError propagate: nothing to retry later) and yield one record."""
        result = self.fetcher.fetch(self.url, accept=HTML_TYPES)
        yield page_to_record(parse_page(result.text()), result.url, self.name, self.notes)


def page_to_record(page: Page, url: str, source: str, notes: list[str] | None = None) -> PostingRecord:
    """A record from a parsed page: JSON-LD JobPosting fields first, the page's own text as fallback."""
    node, problems = find_job_posting(page.jsonld)
    if notes is not None:
        notes.extend(problems)
    canonical = url.split("#", 1)[0]
    if node is not None:
        data = read_job_posting(node)
        description = data.description or page.text
        if data.title and description:
            return PostingRecord(
                source=source, external_id=canonical, title=data.title, company=data.company,
                location_raw=data.location_raw, description=description, salary_min=data.salary_min,
                salary_max=data.salary_max, salary_currency=data.salary_currency, posted_at=data.posted_at,
                url=data.url or canonical, remote=data.remote, salary_period=data.salary_period,
                employment_type=data.employment_type, ref=canonical,
            )
        if notes is not None:
            notes.append("JSON-LD JobPosting lacks a title or description; used the page text")
    if not page.text:
        raise EmptyText(f"{canonical} has no readable text")
    title = page.h1 or page.title or "Untitled posting"
    return PostingRecord(
        source=source, external_id=canonical, title=title[:300], company=None, location_raw=None,
        description=page.text, url=canonical, ref=canonical,
    )
