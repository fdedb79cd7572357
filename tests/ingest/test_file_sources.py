"""Tabular dumps (LinkedIn CSV, Indeed JSONL, Parquet) ingested into in-memory SQLite."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlmodel import Session, func, select

from core.db.models import DeadLetter, JobPosting, JobSkill
from core.errors import InvalidInput
from core.ingest.csv_source import CsvSource
from core.ingest.jsonl_source import JsonlSource
from core.ingest.parquet_source import ParquetSource
from core.ingest.pipeline import ingest
from core.ingest.records import RawFailure
from tests.ingest.dumps import LISTED_MS, write_indeed_jsonl, write_linkedin_csv, write_parquet


def _postings(engine) -> dict[str, JobPosting]:
    with Session(engine) as s:
        return {p.external_id: p for p in s.exec(select(JobPosting)).all()}


def _count(engine, model) -> int:
    with Session(engine) as s:
        return s.exec(select(func.count()).select_from(model)).one()


def test_linkedin_csv_rows_skills_and_fields(tmp_path, engine, settings, extractor):
    source = CsvSource(write_linkedin_csv(tmp_path / "postings.csv"))
    summary = ingest(engine, source, settings, extractor, batch_size=2)
    assert (summary.added, summary.duplicates, summary.failed) == (4, 1, 1)
    rows = _postings(engine)
    assert set(rows) == {"3884428798", "3884428799", "3884428800", "3884428801"}
    first = rows["3884428798"]
    assert first.source == "csv:postings.csv"
    assert first.description == 'Build "lakehouse" pipelines.\nPython, SQL, Spark, Airflow.'
    assert (first.city, first.country, first.remote, first.seniority) == ("New York", "United States", False, "senior")
    assert first.posted_at == datetime.fromtimestamp(LISTED_MS / 1000, tz=timezone.utc)
    assert (first.salary_min, first.salary_max, first.salary_annual_usd) == (100000, 140000, 120000)
    assert first.url == "https://www.linkedin.com/jobs/view/3884428798/"
    hourly, monthly, india = rows["3884428799"], rows["3884428800"], rows["3884428801"]
    assert (hourly.salary_min, hourly.salary_max, hourly.salary_annual_usd) == (83200, 124800, 104000)
    assert hourly.remote is True and hourly.city == "Austin"
    assert monthly.salary_annual_usd == 60000 and monthly.country == "United States"
    assert (india.city, india.country, india.salary_annual_usd) == ("Bengaluru", "India", None)
    with Session(engine) as s:
        skills = {(k.posting_id, k.skill_id, k.requirement) for k in s.exec(select(JobSkill)).all()}
    assert {sid for pid, sid, _ in skills if pid == first.id} == {"python", "sql", "spark", "airflow"}
    assert (monthly.id, "python", "preferred") in skills and (monthly.id, "excel", "required") in skills


def test_reingest_adds_nothing(tmp_path, engine, settings, extractor):
    path = write_linkedin_csv(tmp_path / "postings.csv")
    ingest(engine, CsvSource(path), settings, extractor)
    postings, skills = _count(engine, JobPosting), _count(engine, JobSkill)
    again = ingest(engine, CsvSource(path), settings, extractor)
    assert (again.added, again.duplicates, again.failed) == (0, 5, 1)
    assert (_count(engine, JobPosting), _count(engine, JobSkill)) == (postings, skills)
    with Session(engine) as s:
        [letter] = s.exec(select(DeadLetter)).all()  # the bad row once, with two attempts
    assert letter.attempts == 2 and letter.ref == "row 6"


def test_indeed_jsonl(tmp_path, engine, settings, extractor):
    path = write_indeed_jsonl(tmp_path / "indeed.jsonl", extra_lines=["{not json", "[1, 2]"])
    summary = ingest(engine, JsonlSource(path), settings, extractor)
    assert (summary.added, summary.duplicates, summary.failed) == (2, 0, 2)
    rows = _postings(engine)
    ml, devops = rows["a1b2c3"], rows["d4e5f6"]
    assert ml.description == "Train and ship models in Python and Spark on AWS."  # description beats snippet
    assert (ml.city, ml.country, ml.company) == ("Hyderabad", "India", "Globex")
    assert ml.posted_at == datetime(2024, 4, 15, 10, 0, tzinfo=timezone.utc)
    assert (ml.salary_currency, ml.salary_annual_usd) == ("INR", pytest.approx(2_100_000 * 0.0117))
    assert devops.description == "Kubernetes and AWS automation for a remote team."  # snippet when no description
    assert devops.remote is True and devops.city is None
    with Session(engine) as s:
        errors = sorted(d.last_error for d in s.exec(select(DeadLetter)).all())
    assert errors == ["line 3: invalid JSON (Expecting property name enclosed in double quotes)",
                      "line 4: expected a JSON object"]


def test_parquet_with_map_overrides(tmp_path, engine, settings, extractor):
    path = write_parquet(tmp_path / "export.parquet")
    with pytest.raises(InvalidInput, match="no title or description column found; columns found: uniq_id, headline"):
        list(ParquetSource(path).iter_records())
    source = ParquetSource(path, {"title": "headline", "description": "body_html"})
    summary = ingest(engine, source, settings, extractor)
    assert (summary.added, summary.duplicates, summary.failed) == (3, 0, 0)
    rows = _postings(engine)
    assert (rows["p-1"].city, rows["p-1"].salary_currency, rows["p-1"].salary_annual_usd) == ("London", "GBP", 125000)
    assert (rows["p-2"].city, rows["p-2"].country) == ("Gurugram", "India")
    assert rows["p-2"].posted_at == datetime(2024, 2, 2, tzinfo=timezone.utc)
    assert (rows["p-3"].remote, rows["p-3"].country, rows["p-3"].posted_at) == (True, "United States", None)
    assert ingest(engine, source, settings, extractor).duplicates == 3


def test_csv_missing_description_column_is_a_clear_error(tmp_path):
    path = write_linkedin_csv(tmp_path / "jobs.csv", header=["job_id", "title", "company_name", "location"])
    with pytest.raises(InvalidInput) as err:
        list(CsvSource(path).iter_records())
    message = str(err.value)
    assert message.startswith("no description column found; columns found: job_id, title, company_name, location")
    assert "--map description=COLUMN" in message


def test_map_override_naming_unknown_column(tmp_path):
    path = write_linkedin_csv(tmp_path / "postings.csv")
    with pytest.raises(InvalidInput, match="--map description=job_text: no such column; columns found: job_id"):
        list(CsvSource(path, {"description": "job_text"}).iter_records())


def test_semicolon_csv_and_bad_rows_as_failures(tmp_path):
    path = tmp_path / "jobs.csv"
    path.write_text("Job Title;Employer;Job Description\nData Engineer;Acme;SQL and Python\n;Acme;no title\n",
                    encoding="utf-8")
    items = list(CsvSource(path).iter_records())
    assert items[0].title == "Data Engineer" and items[0].company == "Acme"
    assert isinstance(items[1], RawFailure) and items[1].error == "row 3: empty title"
