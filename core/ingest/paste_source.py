"""One pasted posting text (with an optional title, company and location)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterator

from core.errors import EmptyText
from core.ingest.html_text import tidy
from core.ingest.paste_header import read_header
from core.ingest.records import PostingRecord, RawFailure


@dataclass
class PasteSource:
    """A single posting typed or pasted by a user; deduplicated by its text (no external id).

    The posting date and (when the user gave none) the location come from the text's header lines
    (core.ingest.paste_header); a posting that states no date keeps posted_at=None.
    """

    text: str
    title: str | None = None
    company: str | None = None
    location: str | None = None
    name: str = "paste"
    now: datetime | None = None  # what "3 days ago" counts back from (None: the current time)

    def iter_records(self) -> Iterator[PostingRecord | RawFailure]:
        """Exactly one record; the title defaults to the first short line of the text."""
        body = tidy(self.text or "")
        if not body:
            raise EmptyText("the pasted posting is empty")
        title = (self.title or "").strip() or _first_line_title(body)
        header = read_header(body, self.now)
        location = (self.location or "").strip() or header.location
        yield PostingRecord(
            source=self.name, external_id=None, title=title, company=self.company,
            location_raw=location, description=body, posted_at=header.posted_at, ref="paste",
        )


def _first_line_title(body: str) -> str:
    first = body.split("\n", 1)[0].strip(" #*-:")
    return first if 0 < len(first) <= 120 else "Pasted posting"
