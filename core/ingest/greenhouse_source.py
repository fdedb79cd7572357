"""Greenhouse public job board JSON: {base}/v1/boards/{board}/jobs?content=true."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Iterator
from urllib.parse import quote

from core.errors import FetchError
from core.ingest.fetch import Fetcher
from core.ingest.html_text import html_to_text
from core.ingest.records import PostingRecord, RawFailure
from core.ingest.values import clean_str, parse_datetime

GREENHOUSE_API = "https://boards-api.greenhouse.io"


@dataclass
class GreenhouseSource:
    """All open jobs of one Greenhouse board; base_url is injectable so tests hit a local server."""

    board: str
    fetcher: Fetcher = field(default_factory=Fetcher)
    base_url: str = GREENHOUSE_API
    name: str = ""

    def __post_init__(self) -> None:
        self.name = self.name or f"greenhouse:{self.board}"

    def iter_records(self) -> Iterator[PostingRecord | RawFailure]:
        """One record per job; a job without title or content becomes a RawFailure."""
        url = f"{self.base_url.rstrip('/')}/v1/boards/{quote(self.board, safe='')}/jobs?content=true"
        data = self.fetcher.get_json(url)
        jobs = data.get("jobs") if isinstance(data, dict) else None
        if not isinstance(jobs, list):
            raise FetchError(f"Greenhouse board {self.board!r}: the response has no jobs list")
        for job in jobs:
            yield job_to_record(job if isinstance(job, dict) else {"raw": job}, self.name, self.board)


def job_to_record(job: dict, source: str, board: str) -> PostingRecord | RawFailure:
    """One Greenhouse job object -> PostingRecord (content is entity-escaped HTML)."""
    job_id = clean_str(job.get("id"))
    title = clean_str(job.get("title"))
    description = html_to_text(job.get("content") or "")
    if not title or not description:
        payload = {"kind": "board_job", "ats": "greenhouse", "board": board, "job": job, "ref": f"job {job_id}"}
        return RawFailure(source, f"job {job_id}", f"job {job_id}: missing title or content",
                          json.dumps(payload, ensure_ascii=False, default=str))
    location = job.get("location") if isinstance(job.get("location"), dict) else {}
    return PostingRecord(
        source=source, external_id=job_id, title=title, company=clean_str(job.get("company_name")) or board,
        location_raw=clean_str(location.get("name")), description=description,
        posted_at=parse_datetime(job.get("first_published") or job.get("updated_at")),
        url=clean_str(job.get("absolute_url")), ref=f"job {job_id}",
    )
