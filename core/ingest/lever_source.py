"""Lever public postings JSON: {base}/v0/postings/{board}?mode=json."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Iterator
from urllib.parse import quote

from core.errors import FetchError
from core.ingest.fetch import Fetcher
from core.ingest.html_text import html_to_text
from core.ingest.records import PostingRecord, RawFailure
from core.ingest.values import clean_str, parse_amount, parse_datetime, parse_period

LEVER_API = "https://api.lever.co"


@dataclass
class LeverSource:
    """All published postings of one Lever account; base_url is injectable so tests hit a local server."""

    board: str
    fetcher: Fetcher = field(default_factory=Fetcher)
    base_url: str = LEVER_API
    name: str = ""

    def __post_init__(self) -> None:
        self.name = self.name or f"lever:{self.board}"

    def iter_records(self) -> Iterator[PostingRecord | RawFailure]:
        """One record per posting; a posting without text or description becomes a RawFailure."""
        url = f"{self.base_url.rstrip('/')}/v0/postings/{quote(self.board, safe='')}?mode=json"
        data = self.fetcher.get_json(url)
        if not isinstance(data, list):
            raise FetchError(f"Lever board {self.board!r}: expected a list of postings")
        for post in data:
            yield posting_to_record(post if isinstance(post, dict) else {"raw": post}, self.name, self.board)


def posting_to_record(post: dict, source: str, board: str) -> PostingRecord | RawFailure:
    """One Lever posting object -> PostingRecord (description, lists and closing text joined)."""
    post_id = clean_str(post.get("id"))
    title = clean_str(post.get("text"))
    description = _description(post)
    if not title or not description:
        payload = {"kind": "board_job", "ats": "lever", "board": board, "job": post, "ref": f"posting {post_id}"}
        return RawFailure(source, f"posting {post_id}", f"posting {post_id}: missing text or description",
                          json.dumps(payload, ensure_ascii=False, default=str))
    categories = post.get("categories") if isinstance(post.get("categories"), dict) else {}
    salary = post.get("salaryRange") if isinstance(post.get("salaryRange"), dict) else {}
    workplace = clean_str(post.get("workplaceType"))
    return PostingRecord(
        source=source, external_id=post_id, title=title, company=board,
        location_raw=clean_str(categories.get("location")), description=description,
        salary_min=parse_amount(salary.get("min"))[0], salary_max=parse_amount(salary.get("max"))[0],
        salary_currency=clean_str(salary.get("currency")), salary_period=parse_period(salary.get("interval")),
        posted_at=parse_datetime(post.get("createdAt")), url=clean_str(post.get("hostedUrl")),
        remote=(workplace.lower() == "remote") if workplace else None,
        employment_type=clean_str(categories.get("commitment")), ref=f"posting {post_id}",
    )


def _description(post: dict) -> str:
    """Opening text, then each list ("Requirements", ...) with its items, then the closing text."""
    parts = [html_to_text(post.get("description") or "") or clean_str(post.get("descriptionPlain")) or ""]
    for block in post.get("lists") or []:
        if isinstance(block, dict):
            heading = clean_str(block.get("text")) or ""
            items = html_to_text(f"<ul>{block.get('content') or ''}</ul>")
            parts.append(f"{heading}\n{items}".strip())
    parts.append(html_to_text(post.get("additional") or "") or clean_str(post.get("additionalPlain")) or "")
    return "\n\n".join(p for p in parts if p).strip()
