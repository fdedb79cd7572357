"""Posting pages by URL: schema.org JobPosting JSON-LD (many shapes), main-text fallback, ingest into SQLite."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from sqlmodel import Session, select

from core.db.models import JobPosting, JobSkill
from core.errors import FetchError, UnsafeURL
from core.ingest.pipeline import ingest
from core.ingest.url_source import UrlSource
from tests.ingest.conftest import Reply

CHROME = "<nav>Home | Jobs | Login</nav><header>Acme Careers</header>"
FOOTER = "<footer>&copy; Acme Inc. Privacy</footer><script>trackVisitor('x')</script>"


def page(jsonld: str | None, body: str = "<main><h1>Page Heading</h1><p>Body text of the page.</p></main>") -> str:
    safe = jsonld.replace("</", "<\\/") if jsonld is not None else None  # as servers embed JSON in <script>
    block = f'<script type="application/ld+json">{safe}</script>' if safe is not None else ""
    return (f"<!doctype html><html><head><title>Careers page</title>{block}<style>p {{color: red}}</style>"
            f"</head><body>{CHROME}{body}{FOOTER}</body></html>")


def posting(**over) -> dict:
    base = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": "Senior Data Engineer",
        "hiringOrganization": {"@type": "Organization", "name": "Acme Analytics"},
        "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Bengaluru",
                                                      "addressRegion": "Karnataka", "addressCountry": "IN"}},
        "datePosted": "2024-03-05",
        "description": "<p>Build pipelines.</p><ul><li>Python and SQL</li><li>Spark</li></ul>"
                       "<script>alert('x')</script><style>.a{}</style>",
        "employmentType": "FULL_TIME",
    }
    base.update(over)
    return base


def _record(server, html: str, path: str = "/jobs/42"):
    server.routes[path] = Reply(html)
    source = UrlSource(server.url(path), fetcher=server.fetcher())
    records = list(source.iter_records())
    assert len(records) == 1
    return records[0], source


def test_jsonld_job_posting_fields(server):
    rec, source = _record(server, page(json.dumps(posting())))
    assert rec.title == "Senior Data Engineer"
    assert rec.company == "Acme Analytics"
    assert rec.location_raw == "Bengaluru, Karnataka, IN"
    assert rec.posted_at == datetime(2024, 3, 5, tzinfo=timezone.utc)
    assert rec.description == "Build pipelines.\n\n- Python and SQL\n- Spark"
    assert "alert" not in rec.description and "color" not in rec.description
    assert rec.employment_type == "FULL_TIME"
    assert rec.external_id == server.url("/jobs/42")
    assert source.name == "url:127.0.0.1"


@pytest.mark.parametrize(
    "salary, expected",
    [
        ({"@type": "MonetaryAmount", "currency": "USD",
          "value": {"@type": "QuantitativeValue", "minValue": 120000, "maxValue": 150000, "unitText": "YEAR"}},
         (120000, 150000, "USD", "year")),
        ({"@type": "MonetaryAmount", "currency": "USD",
          "value": {"@type": "QuantitativeValue", "value": 55, "unitText": "HOUR"}},
         (55, 55, "USD", "hour")),
        ({"@type": "MonetaryAmount", "currency": "INR",
          "value": {"@type": "QuantitativeValue", "minValue": "150000", "maxValue": "200000", "unitText": "MONTH"}},
         (150000, 200000, "INR", "month")),
        ({"@type": "MonetaryAmount", "currency": "EUR", "value": 70000}, (70000, 70000, "EUR", None)),
        ({"@type": "MonetaryAmount", "currency": "GBP", "minValue": 50000, "maxValue": 60000, "unitText": "YEAR"},
         (50000, 60000, "GBP", "year")),
        ([{"@type": "MonetaryAmount", "currency": "usd",
           "value": {"minValue": 40, "maxValue": 50, "unitText": "HOUR"}}], (40, 50, "USD", "hour")),
        ("$95,000", (95000, 95000, "USD", None)),
    ],
)
def test_base_salary_variants(salary, expected, server):
    rec, _ = _record(server, page(json.dumps(posting(baseSalary=salary))))
    assert (rec.salary_min, rec.salary_max, rec.salary_currency, rec.salary_period) == expected


@pytest.mark.parametrize(
    "over, location, remote",
    [
        ({"jobLocationType": "TELECOMMUTE", "jobLocation": None,
          "applicantLocationRequirements": {"@type": "Country", "name": "USA"}}, "USA", True),
        ({"jobLocation": [{"@type": "Place", "address": {"addressLocality": "New York", "addressRegion": "NY",
                                                          "addressCountry": {"@type": "Country", "name": "US"}}}]},
         "New York, NY, US", None),
        ({"jobLocation": {"@type": "Place", "address": "Pune, Maharashtra"}}, "Pune, Maharashtra", None),
    ],
)
def test_location_shapes(over, location, remote, server):
    rec, _ = _record(server, page(json.dumps(posting(**over))))
    assert rec.location_raw == location
    assert rec.remote is remote


@pytest.mark.parametrize(
    "wrap",
    [
        lambda p: {"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "x"}, p]},
        lambda p: [{"@type": "BreadcrumbList"}, p],
        lambda p: {**p, "@type": ["JobPosting", "Thing"]},
    ],
)
def test_job_posting_found_inside_graphs_and_lists(wrap, server):
    rec, _ = _record(server, page(json.dumps(wrap(posting()))))
    assert rec.title == "Senior Data Engineer"


def test_entity_escaped_description_becomes_text(server):
    escaped = ("&lt;p&gt;Own &lt;b&gt;Kubernetes&lt;/b&gt; clusters.&lt;/p&gt;"
               "&lt;ul&gt;&lt;li&gt;AWS&lt;/li&gt;&lt;/ul&gt;")
    rec, _ = _record(server, page(json.dumps(posting(description=escaped))))
    assert rec.description == "Own Kubernetes clusters.\n\n- AWS"


def test_page_without_jsonld_uses_main_text(server):
    body = "<main><h1>Backend Engineer</h1><p>We use Python and AWS.</p><ul><li>SQL</li></ul></main>"
    rec, _ = _record(server, page(None, body))
    assert rec.title == "Backend Engineer"
    assert rec.description == "Backend Engineer\n\nWe use Python and AWS.\n\n- SQL"
    assert "Login" not in rec.description and "Privacy" not in rec.description and "trackVisitor" not in rec.description


def test_page_without_main_drops_navigation(server):
    rec, _ = _record(server, page(None, "<div><p>Analyst role. Excel daily.</p></div>"))
    assert rec.description == "Analyst role. Excel daily."
    assert rec.title == "Careers page"


def test_malformed_jsonld_falls_back_to_main_text(server):
    broken = '{"@type": "JobPosting", "title": "Broken", '  # cut off
    server.routes["/jobs/9"] = Reply(page(broken))
    source = UrlSource(server.url("/jobs/9"), fetcher=server.fetcher())
    [rec] = list(source.iter_records())
    assert rec.title == "Page Heading"
    assert rec.description == "Page Heading\n\nBody text of the page."
    assert source.notes and "malformed" in source.notes[0]


def test_jsonld_without_job_posting_falls_back(server):
    rec, _ = _record(server, page(json.dumps({"@type": "Organization", "name": "Acme"})))
    assert rec.title == "Page Heading"


def test_non_html_page_is_refused(server):
    server.routes["/cv.pdf"] = Reply(b"%PDF-1.7", 200, {"Content-Type": "application/pdf"})
    with pytest.raises(FetchError, match="unexpected content type application/pdf"):
        list(UrlSource(server.url("/cv.pdf"), fetcher=server.fetcher()).iter_records())


def test_url_source_default_fetcher_refuses_loopback(server):
    server.routes["/jobs/1"] = Reply(page(json.dumps(posting())))
    with pytest.raises(UnsafeURL, match="loopback"):
        list(UrlSource(server.url("/jobs/1")).iter_records())


def test_ingest_page_twice_is_idempotent(server, engine, settings, extractor):
    server.routes["/jobs/42"] = Reply(page(json.dumps(posting(baseSalary={
        "@type": "MonetaryAmount", "currency": "INR",
        "value": {"@type": "QuantitativeValue", "minValue": 2400000, "maxValue": 3000000, "unitText": "YEAR"}}))))
    first = ingest(engine, UrlSource(server.url("/jobs/42"), fetcher=server.fetcher()), settings, extractor)
    again = ingest(engine, UrlSource(server.url("/jobs/42"), fetcher=server.fetcher()), settings, extractor)
    assert (first.added, first.duplicates, again.added, again.duplicates) == (1, 0, 0, 1)
    with Session(engine) as s:
        row = s.exec(select(JobPosting)).one()
        skills = {k.skill_id for k in s.exec(select(JobSkill)).all()}
    assert (row.city, row.country, row.seniority) == ("Bengaluru", "India", "senior")
    assert row.salary_annual_usd == pytest.approx(2_700_000 * 0.0117)
    assert skills == {"python", "sql", "spark"}


def test_robots_txt_disallow_stops_a_page_ingest(server, engine, settings, extractor):
    server.routes["/robots.txt"] = Reply("User-agent: *\nDisallow: /jobs/\n", 200, {"Content-Type": "text/plain"})
    server.routes["/jobs/1"] = Reply(page(json.dumps(posting())))
    with pytest.raises(FetchError, match="robots.txt disallows /jobs/1"):
        ingest(engine, UrlSource(server.url("/jobs/1"), fetcher=server.fetcher()), settings, extractor)
    assert "/jobs/1" not in [path for path, _ in server.requests]
