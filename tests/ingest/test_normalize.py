"""Tables for the small pure pieces: values, locations, salary, column detection, HTML text, text hashing."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from core.config import Limits
from core.errors import IngestError, InvalidInput
from core.ingest.columns import detect_columns, parse_map_option
from core.ingest.html_text import html_to_text, parse_page
from core.ingest.locations import Location, canonicalize
from core.ingest.normalize import normalize, text_hash
from core.ingest.records import PostingRecord
from core.ingest.salary import normalize_salary
from core.ingest.values import parse_amount, parse_bool, parse_datetime, parse_period

UTC = timezone.utc
NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("1713397508000.0", datetime(2024, 4, 17, 23, 45, 8, tzinfo=UTC)),  # LinkedIn listed_time (epoch ms)
        (1713397508000, datetime(2024, 4, 17, 23, 45, 8, tzinfo=UTC)),
        (1713397508, datetime(2024, 4, 17, 23, 45, 8, tzinfo=UTC)),  # epoch seconds
        ("2024-03-05", datetime(2024, 3, 5, tzinfo=UTC)),
        ("2024-03-05T10:00:00Z", datetime(2024, 3, 5, 10, tzinfo=UTC)),
        ("2024-03-05T10:00:00+05:30", datetime(2024, 3, 5, 4, 30, tzinfo=UTC)),
        ("Mon, 15 Apr 2024 10:00:00 GMT", datetime(2024, 4, 15, 10, tzinfo=UTC)),
        ("3 days ago", NOW - timedelta(days=3)),
        ("30+ days ago", NOW - timedelta(days=30)),
        ("Just posted", NOW),
        ("an hour ago", NOW - timedelta(hours=1)),
        ("18 Nov 2023", datetime(2023, 11, 18, tzinfo=UTC)),  # a named month, day first (CSV exports, job boards)
        ("Nov 18, 2023", datetime(2023, 11, 18, tzinfo=UTC)),
        ("Wed, 18 November 2023", datetime(2023, 11, 18, tzinfo=UTC)),
        ("3rd March 2024", datetime(2024, 3, 3, tzinfo=UTC)),
        ("31 Feb 2024", None), ("18 Foo 2024", None),  # no such day, no such month
        ("", None), (None, None), (float("nan"), None), ("someday", None),
    ],
)
def test_parse_datetime(value, expected):
    assert parse_datetime(value, now=NOW) == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        (120000, (120000.0, None)), ("$120,000", (120000.0, "USD")), ("120k", (120000.0, None)),
        ("€55.5k", (55500.0, "EUR")), ("£40,000 a year", (40000.0, "GBP")), ("12 LPA", (1_200_000.0, "INR")),
        ("₹ 9,00,000", (900000.0, "INR")), ("competitive", (None, None)), (None, (None, None)),
    ],
)
def test_parse_amount(value, expected):
    assert parse_amount(value) == expected


@pytest.mark.parametrize("value, expected", [("1.0", True), (1.0, True), ("", None), ("no", False),
                                             ("Remote", True), ("maybe", None), (float("nan"), None)])
def test_parse_bool(value, expected):
    assert parse_bool(value) is expected


@pytest.mark.parametrize("value, expected", [("HOURLY", "hour"), ("MONTHLY", "month"), ("YEARLY", "year"),
                                             ("per-year-salary", "year"), ("per-hour-wage", "hour"),
                                             ("BIWEEKLY", "biweek"), ("MONTH", "month"), ("BASE_SALARY", None)])
def test_parse_period(value, expected):
    assert parse_period(value) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Bengaluru, Karnataka", Location("Bengaluru", "India", False)),
        ("Bangalore", Location("Bengaluru", "India", False)),
        ("Bengaluru, Karnataka, India", Location("Bengaluru", "India", False)),
        ("New York, NY", Location("New York", "United States", False)),
        ("San Francisco, CA", Location("San Francisco", "United States", False)),
        ("Remote", Location(None, None, True)),
        ("Remote - US", Location(None, "United States", True)),
        ("Anywhere", Location(None, None, True)),
        ("Remote (India)", Location(None, "India", True)),
        ("Hybrid - London, UK", Location("London", "United Kingdom", False)),
        ("Gurgaon, Haryana", Location("Gurugram", "India", False)),
        ("New Delhi", Location("Delhi", "India", False)),
        ("Bombay", Location("Mumbai", "India", False)),
        ("Hyderabad, Telangana", Location("Hyderabad", "India", False)),
        ("Chennai", Location("Chennai", "India", False)),
        ("Noida, Uttar Pradesh", Location("Noida", "India", False)),
        ("Kolkata", Location("Kolkata", "India", False)),
        ("Pune, Maharashtra", Location("Pune", "India", False)),
        ("Berlin, DE", Location("Berlin", "Germany", False)),
        ("München, Germany", Location("Munich", "Germany", False)),
        ("Springfield, IL", Location("Springfield", "United States", False)),
        ("Toronto, ON, Canada", Location("Toronto", "Canada", False)),
        ("United States", Location(None, "United States", False)),
        ("", Location(None, None, False)),
        (None, Location(None, None, False)),
    ],
)
def test_canonicalize_location(raw, expected):
    assert canonicalize(raw) == expected


@pytest.mark.parametrize(
    "args, expected",
    [
        ((100000, 140000, "USD", None), (100000, 140000, "USD", 120000)),
        ((40, 60, "usd", "hour"), (83200, 124800, "USD", 104000)),
        ((5000, None, "USD", "month"), (60000, None, "USD", 60000)),
        ((2_000_000, 3_000_000, "INR", "year"), (2_000_000, 3_000_000, "INR", 29250)),
        ((150000, 100000, "EUR", None), (100000, 150000, "EUR", 130000)),  # swapped bounds
        ((100000, None, None, None, "India"), (100000, None, "INR", 1170)),  # currency from the country
        ((1000, 2000, "XYZ", None), (1000, 2000, "XYZ", None)),  # unknown currency: no USD figure
        ((None, None, "USD", "hour"), (None, None, "USD", None)),
    ],
)
def test_normalize_salary(args, expected):
    s = normalize_salary(*args)
    assert (s.annual_min, s.annual_max, s.currency) == expected[:3]
    assert s.annual_usd == (pytest.approx(expected[3]) if expected[3] is not None else None)


@pytest.mark.parametrize(
    "headers, field, column",
    [
        (["job_id", "title", "description"], "external_id", "job_id"),
        (["Job Title", "Company Name", "Job Description"], "title", "Job Title"),
        (["jobtitle", "company", "snippet", "formattedLocation"], "location", "formattedLocation"),
        (["position", "employer", "body", "city"], "company", "employer"),
        (["title", "text", "listed_time", "original_listed_time"], "posted_at", "listed_time"),
        (["title", "summary", "job_posting_url", "application_url"], "url", "job_posting_url"),
        (["title", "summary", "uniq_id", "crawl_timestamp"], "external_id", "uniq_id"),
        (["title", "summary", "min_salary", "max_salary", "pay_period"], "salary_period", "pay_period"),
    ],
)
def test_detect_columns(headers, field, column):
    assert detect_columns(headers).get(field) == column


def test_map_option_parsing():
    assert parse_map_option("title=job_title, company=employer") == {"title": "job_title", "company": "employer"}
    with pytest.raises(InvalidInput, match="unknown field 'salary'"):
        parse_map_option("salary=pay")
    with pytest.raises(InvalidInput, match="field=column pairs"):
        parse_map_option("title")


def test_missing_title_column_names_columns():
    with pytest.raises(InvalidInput, match=r"no title column found; columns found: a, description, b"):
        detect_columns(["a", "description", "b"])


def test_html_text_is_safe_and_keeps_blocks():
    markup = ("<div><h2>About</h2><p>We&nbsp;build <i>things</i>.</p><script>steal()</script>"
              "<style>h2{}</style><ol><li>One</li><li>Two</li></ol><p>Bye<br>now</p></div>")
    assert html_to_text(markup) == "About\n\nWe build things.\n\n- One\n- Two\n\nBye\nnow"
    assert html_to_text("plain &amp; simple") == "plain & simple"


def test_page_main_text_prefers_article():
    page = parse_page("<body><nav>Menu</nav><div>Sidebar</div><article><h1>Role</h1><p>Details</p></article></body>")
    assert (page.text, page.h1) == ("Role\n\nDetails", "Role")


def test_text_hash_ignores_case_and_spacing():
    assert text_hash("Python  and\r\nSQL ") == text_hash("python and sql")
    assert text_hash("Python and SQL") != text_hash("Python or SQL")


def test_normalize_rejects_empty_and_keeps_limits():
    rec = PostingRecord(source="s", external_id="1", title="  Data \n Engineer ", company=None, location_raw=None,
                        description="x" * 50)
    out = normalize(rec, Limits(max_chars=10))
    assert (out.title, out.description) == ("Data Engineer", "x" * 10)
    with pytest.raises(IngestError, match="empty description"):
        normalize(PostingRecord("s", "2", "T", None, None, "  \n "), Limits())


@pytest.mark.parametrize(("raw", "text"), [
    ("<p>Requirements:</p><ul><li>Python</li><li><b>Docker</b></li></ul>", "Requirements:\n\n- Python\n- Docker"),
    ("&lt;p&gt;We use &lt;b&gt;Airflow&lt;/b&gt; &amp; dbt&lt;/p&gt;", "We use Airflow & dbt"),
    ("Plain text with a < b and R&D", "Plain text with a < b and R&D"),  # not HTML: left as written
])
def test_html_descriptions_become_text(raw, text):
    posting = normalize(PostingRecord("csv", "1", "Data Engineer", None, None, raw), Limits())
    assert posting.description == text
