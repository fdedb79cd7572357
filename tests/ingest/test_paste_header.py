"""Pasted postings: the date and location stated in their header lines, never in the body prose."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlmodel import Session, select

from core.db.models import JobPosting
from core.ingest.paste_header import header_date, header_lines, header_location, read_header
from core.ingest.paste_source import PasteSource
from core.ingest.pipeline import ingest

NOW = datetime(2026, 11, 21, 12, 30, tzinfo=timezone.utc)
DAY = timedelta(days=1)
PROSE = ("\n\nAbout the role\nYou will join our Berlin office and work with a friendly team.\n"
         "We were founded on 18 Nov 2016 and have grown ever since. Posted: 2016-01-01 is not how we count.\n")


def lines(*header: str) -> list[str]:
    return header_lines("\n".join(header) + PROSE)


@pytest.mark.parametrize("header, expected", [
    (("Data Engineer", "Acme"), None),
    (("Data Engineer", "Posted: 2026-11-18"), datetime(2026, 11, 18, tzinfo=timezone.utc)),
    (("Data Engineer", "Date posted: 18 Nov 2026"), datetime(2026, 11, 18, tzinfo=timezone.utc)),
    (("Data Engineer", "- **Posted on:** November 18th, 2026"), datetime(2026, 11, 18, tzinfo=timezone.utc)),
    (("Data Engineer", "Published: Wed, 18 Nov 2026"), datetime(2026, 11, 18, tzinfo=timezone.utc)),
    (("Data Engineer", "Posted 3 days ago"), NOW - 3 * DAY),
    (("Data Engineer", "Posted today"), NOW),
    (("Data Engineer", "Posted yesterday"), NOW - DAY),
    (("Data Engineer", "Just posted"), NOW),
    (("Data Engineer", "Acme · Berlin, Germany · Reposted 2 weeks ago · Over 100 applicants"), NOW - 14 * DAY),
    (("Data Engineer", "Acme · Berlin · 30+ days ago"), NOW - 30 * DAY),
    (("Data Engineer", "Posted by the hiring team"), None),  # a label without a date
    (("Data Engineer", "Posted: 2026"), None),  # a bare number is no date (not epoch seconds)
    (("Data Engineer", "Posted: 2027-03-01"), None),  # in the future: not a posting date
    (("Data Engineer", "Apply by: 2026-12-01"), None),  # another date, not the posting's
    (("Data Engineer", "18 Nov 2026"), None),  # an unlabelled absolute date may be anything (a deadline)
])
def test_header_date(header, expected):
    assert header_date(lines(*header), NOW) == expected


def test_a_date_in_the_body_prose_does_not_count():
    header = ["Data Engineer", "Acme"] + [f"Line {i} of the description." for i in range(12)]
    text = "\n".join(header) + "\nPosted: 2026-11-18\n"
    assert read_header(text, NOW).posted_at is None
    assert read_header("Data Engineer\nPosted: 2026-11-18\n" + "\n".join(header), NOW).posted_at is not None


@pytest.mark.parametrize("header, expected", [
    (("Data Engineer", "Acme"), None),
    (("Data Engineer", "Acme", "Berlin"), "Berlin"),
    (("Data Engineer", "Location: Berlin, Germany"), "Berlin, Germany"),
    (("Data Engineer", "**Job location:** Leipzig"), "Leipzig"),  # a labelled place need not be a known city
    (("Data Engineer", "London (Hybrid)"), "London (Hybrid)"),
    (("Data Engineer", "New York, NY"), "New York, NY"),
    (("Data Engineer", "Remote - US"), "Remote - US"),
    (("Data Engineer", "Fully remote"), "Fully remote"),
    (("Data Engineer", "Acme · Berlin, Germany · 3 days ago"), "Berlin, Germany"),
    (("Data Engineer", "Pune", "Location: Bengaluru"), "Bengaluru"),  # the labelled line wins
    (("Senior Backend Engineer (Remote)", "Acme GmbH", "Full-time"), None),  # a title is no place
    (("Remote Data Engineer", "Boston Consulting Group"), None),
    (("Data Engineer", "Python, Go, SQL"), None),
])
def test_header_location(header, expected):
    assert header_location(lines(*header)) == expected


def test_a_place_in_the_body_prose_does_not_count():
    filler = [f"Paragraph {i} about the team." for i in range(12)]
    text = "\n".join(["Data Engineer", *filler, "Berlin", "Location: Paris"])
    assert read_header(text, NOW).location is None
    assert header_lines(text)[-1] == "Paragraph 10 about the team."


@pytest.mark.parametrize("given, text, city, posted", [
    (None, "Data Engineer\nBerlin\nPosted 2 days ago\n\nWe need Python.", "Berlin", NOW - 2 * DAY),
    (None, "Data Engineer\nLocation: London, UK\n\nWe need Python in our Berlin office.", "London", None),
    ("Munich", "Data Engineer\nLocation: Berlin\nPosted today\n\nWe need Python.", "Munich", NOW),
    (None, "Data Engineer\n\nWe need Python. Our Berlin office is great. Posted: 2026-11-18", None, None),
])
def test_pasted_posting_reads_its_header(engine, settings, extractor, given, text, city, posted):
    records = list(PasteSource(text, location=given, now=NOW).iter_records())
    assert [r.posted_at for r in records] == [posted]
    summary = ingest(engine, PasteSource(text, location=given, now=NOW), settings, extractor)
    assert summary.added == 1
    with Session(engine) as session:
        row = session.exec(select(JobPosting)).one()
    assert row.city == city
    stored = row.posted_at.replace(tzinfo=timezone.utc) if row.posted_at else None
    assert stored == posted  # no stated date: stored as unknown, never invented
