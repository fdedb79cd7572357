"""Greenhouse and Lever board JSON served by a local server, through the safe fetcher, into SQLite."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from sqlmodel import Session, select

from core.db.models import DeadLetter, JobPosting
from core.errors import FetchError, UnsafeURL
from core.ingest.greenhouse_source import GreenhouseSource
from core.ingest.lever_source import LeverSource
from core.ingest.pipeline import ingest
from core.ingest.records import RawFailure
from tests.ingest.conftest import Reply

JSON = {"Content-Type": "application/json; charset=utf-8"}

GREENHOUSE = {
    "jobs": [
        {"id": 4012345, "title": "Senior Backend Engineer", "company_name": "Acme",
         "updated_at": "2024-04-10T12:00:00-04:00", "first_published": "2024-04-01T09:00:00-04:00",
         "location": {"name": "Bengaluru, Karnataka, India"},
         "absolute_url": "https://boards.greenhouse.io/acme/jobs/4012345",
         "content": "&lt;p&gt;Design services in &lt;strong&gt;Python&lt;/strong&gt;.&lt;/p&gt;"
                    "&lt;ul&gt;&lt;li&gt;Kubernetes&lt;/li&gt;&lt;li&gt;SQL&lt;/li&gt;&lt;/ul&gt;",
         "departments": [{"name": "Engineering"}], "offices": [{"name": "Bengaluru"}]},
        {"id": 4012346, "title": "Data Analyst", "updated_at": "2024-04-11T12:00:00Z",
         "location": {"name": "Remote - US"}, "absolute_url": "https://boards.greenhouse.io/acme/jobs/4012346",
         "content": "&lt;p&gt;Excel and SQL reporting.&lt;/p&gt;"},
        {"id": 4012347, "title": "Placeholder", "content": ""},
    ],
    "meta": {"total": 3},
}

LEVER = [
    {"id": "5f1c-aaaa", "text": "Frontend Engineer", "hostedUrl": "https://jobs.lever.co/globex/5f1c-aaaa",
     "categories": {"location": "London", "team": "Web", "commitment": "Full-time"}, "createdAt": 1712000000000,
     "workplaceType": "hybrid", "description": "<div>Build UIs in <b>React</b>.</div>",
     "lists": [{"text": "Requirements", "content": "<li>React</li><li>AWS basics</li>"}],
     "additional": "<div>Nice to have: Python.</div>",
     "salaryRange": {"min": 60000, "max": 80000, "currency": "GBP", "interval": "per-year-salary"}},
    {"id": "5f1c-bbbb", "text": "Support Engineer", "categories": {"location": "Anywhere"},
     "createdAt": 1712100000000, "workplaceType": "remote", "descriptionPlain": "Help customers; SQL daily.",
     "salaryRange": {"min": 30, "max": 40, "currency": "USD", "interval": "per-hour-wage"}},
]


def test_greenhouse_board(server, engine, settings, extractor):
    server.routes["/v1/boards/acme/jobs"] = Reply(json.dumps(GREENHOUSE), 200, JSON)
    source = GreenhouseSource("acme", fetcher=server.fetcher(), base_url=server.url(""))
    items = list(source.iter_records())
    assert [type(i).__name__ for i in items] == ["PostingRecord", "PostingRecord", "RawFailure"]
    first = items[0]
    assert (first.external_id, first.company, first.source) == ("4012345", "Acme", "greenhouse:acme")
    assert first.description == "Design services in Python.\n\n- Kubernetes\n- SQL"
    assert first.posted_at == datetime(2024, 4, 1, 13, 0, tzinfo=timezone.utc)
    assert items[1].company == "acme"  # no company_name: the board name
    assert ("/v1/boards/acme/jobs?content=true", f"127.0.0.1:{server.port}") in server.requests
    summary = ingest(engine, source, settings, extractor)
    assert (summary.added, summary.duplicates, summary.failed) == (2, 0, 1)
    assert ingest(engine, source, settings, extractor).duplicates == 2
    with Session(engine) as s:
        rows = {p.external_id: p for p in s.exec(select(JobPosting)).all()}
        letter = s.exec(select(DeadLetter)).one()
    assert (rows["4012345"].city, rows["4012345"].seniority) == ("Bengaluru", "senior")
    assert (rows["4012346"].remote, rows["4012346"].country) == (True, "United States")
    assert json.loads(letter.payload)["ats"] == "greenhouse"


def test_lever_board(server, engine, settings, extractor):
    server.routes["/v0/postings/globex"] = Reply(json.dumps(LEVER), 200, JSON)
    source = LeverSource("globex", fetcher=server.fetcher(), base_url=server.url(""))
    front, support = list(source.iter_records())
    assert front.description == "Build UIs in React.\n\nRequirements\n- React\n- AWS basics\n\nNice to have: Python."
    assert (front.salary_min, front.salary_max, front.salary_currency, front.salary_period) == (60000, 80000, "GBP",
                                                                                              "year")
    assert (front.remote, front.employment_type, front.location_raw) == (False, "Full-time", "London")
    assert (support.description, support.remote, support.salary_period) == ("Help customers; SQL daily.", True,
                                                                            "hour")
    assert ingest(engine, source, settings, extractor).added == 2
    with Session(engine) as s:
        rows = {p.external_id: p for p in s.exec(select(JobPosting)).all()}
    assert rows["5f1c-aaaa"].salary_annual_usd == pytest.approx(70000 * 1.25)
    assert rows["5f1c-bbbb"].salary_annual_usd == 35 * 2080


def test_board_json_of_wrong_shape_is_an_error(server):
    server.routes["/v1/boards/acme/jobs"] = Reply(json.dumps([1, 2]), 200, JSON)
    server.routes["/v0/postings/acme"] = Reply(json.dumps({"ok": True}), 200, JSON)
    with pytest.raises(FetchError, match="Greenhouse board 'acme': the response has no jobs list"):
        list(GreenhouseSource("acme", fetcher=server.fetcher(), base_url=server.url("")).iter_records())
    with pytest.raises(FetchError, match="Lever board 'acme': expected a list of postings"):
        list(LeverSource("acme", fetcher=server.fetcher(), base_url=server.url("")).iter_records())


def test_unknown_board_is_an_http_error(server):
    with pytest.raises(FetchError, match="HTTP 404 from 127.0.0.1"):
        list(LeverSource("nobody", fetcher=server.fetcher(), base_url=server.url("")).iter_records())


def test_board_base_url_is_still_vetted(server):
    server.routes["/v0/postings/globex"] = Reply(json.dumps(LEVER), 200, JSON)
    with pytest.raises(UnsafeURL, match="loopback"):
        list(LeverSource("globex", base_url=server.url("")).iter_records())  # default policy


def test_lever_posting_without_text_is_a_failure(server):
    server.routes["/v0/postings/x"] = Reply(json.dumps([{"id": "1", "text": "", "description": "d"}]), 200, JSON)
    [item] = list(LeverSource("x", fetcher=server.fetcher(), base_url=server.url("")).iter_records())
    assert isinstance(item, RawFailure) and item.error == "posting 1: missing text or description"
