"""The Data page through AppTest: counts, paste / upload / URL ingest (with SSRF refusal), runs, dead letters."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select
from streamlit.testing.v1 import AppTest

from components import state
from core.config import Settings
from core.db.models import DeadLetter, JobPosting
from core.db.session import make_engine, session_scope
from core.ingest.records import PostingRecord

APP = Path(__file__).resolve().parents[2] / "app.py"
TIMEOUT = 180

POSTING = """Senior Data Engineer
Acme Analytics · Pune, India

Requirements
- 5+ years of experience with Python and SQL
- Hands-on experience with Apache Airflow and dbt

Nice to have
- Experience with Kubernetes
"""

CSV = (
    "job_id,title,company,location,description,salary_min,salary_max,currency,posted_date\n"
    "L1,Data Engineer,Beta,\"Bengaluru, India\",\"Requirements: Python, SQL and Apache Spark.\",1800000,2400000,INR,"
    "2026-10-01\n"
    "L2,Backend Engineer,Gamma,\"Berlin, Germany\",\"Requirements: Java, Kubernetes and PostgreSQL.\",70000,90000,"
    "EUR,2026-10-03\n"
    "L3,,Delta,London,\"A row without a title goes to the dead letters.\",,,,2026-10-04\n"
)


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("SKILLGAP_DATA_DIR", str(path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return path


def _data(data_dir) -> AppTest:
    app = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    app.switch_page("app_pages/data.py")
    app.run()
    assert not app.exception, app.exception
    return app


def _metric(app: AppTest, label: str) -> int:
    return int(next(m.value for m in app.metric if m.label == label).replace(",", ""))


def _messages(app: AppTest) -> str:
    return "\n".join(str(e.value) for e in [*app.success, *app.info, *app.warning, *app.error])


def _button(app: AppTest, label: str):
    return next(b for b in app.button if b.label == label)


def test_empty_database_counts(data_dir):
    app = _data(data_dir)
    assert _metric(app, "Postings") == 0 and _metric(app, "Open dead letters") == 0
    assert "No postings yet." in _messages(app) and "No failed postings." in _messages(app)


def test_paste_a_posting(data_dir):
    app = _data(data_dir)
    app.text_area(key=state.DATA_PASTE).set_value(POSTING)
    _button(app, "Add posting").click().run()
    assert not app.exception, app.exception
    assert "added 1" in _messages(app)
    assert _metric(app, "Postings") == 1 and _metric(app, "Skills in postings") >= 4
    app.text_area(key=state.DATA_PASTE).set_value(POSTING)
    _button(app, "Add posting").click().run()
    assert "Nothing new" in _messages(app) and _metric(app, "Postings") == 1


def _postings(data_dir) -> list[JobPosting]:
    engine = make_engine(Settings(data_dir=data_dir))
    with session_scope(engine) as session:
        rows = list(session.exec(select(JobPosting).order_by(JobPosting.id)).all())
        session.expunge_all()
    engine.dispose()
    return rows


def test_paste_a_posting_with_company_and_location(data_dir):
    app = _data(data_dir)
    app.text_input(key=state.DATA_PASTE_COMPANY).set_value("  Acme Pasted ")
    app.text_input(key=state.DATA_PASTE_LOCATION).set_value("Berlin, Germany")
    app.text_area(key=state.DATA_PASTE).set_value(POSTING)
    _button(app, "Add posting").click().run()
    assert not app.exception, app.exception
    assert "added 1" in _messages(app)
    app.text_input(key=state.DATA_PASTE_COMPANY).set_value("")
    app.text_input(key=state.DATA_PASTE_LOCATION).set_value("   ")
    app.text_area(key=state.DATA_PASTE).set_value(POSTING.replace("Kubernetes", "Terraform"))
    _button(app, "Add posting").click().run()
    assert "added 1" in _messages(app)
    given, blank = _postings(data_dir)
    assert (given.title, given.company, given.location_raw, given.city) == (
        "Senior Data Engineer", "Acme Pasted", "Berlin, Germany", "Berlin")  # the given location wins
    assert blank.company is None and blank.city == "Pune"  # no location given: read from the text's header


def test_upload_a_csv_with_a_bad_row(data_dir):
    app = _data(data_dir)
    app.file_uploader(key=state.uploader_key(state.DATA_UPLOAD, None)).upload("linkedin export.csv", CSV.encode(), "text/csv")
    app.run()
    _button(app, "Ingest file").click().run()
    assert not app.exception, app.exception
    text = _messages(app)
    assert "linkedin" in text and "added 2" in text and "failed 1" in text
    assert _metric(app, "Postings") == 2 and _metric(app, "Open dead letters") == 1
    runs = next(d.value for d in app.dataframe if "kind" in d.value)
    assert {"ingest", "refresh"} <= set(runs["kind"])
    assert "Jobs page ranks them as soon as they are indexed" in text


LINKEDIN = (
    "Job Title,Company Name,Location,Seniority Level,Salary,Job Description,Job URL,Applicants\n"
    "Data Engineer,Beta,\"Seattle, WA\",Mid-Senior level,\"$140,000 - $175,000/yr\","
    "\"Requirements: Python, SQL and Apache Spark.\",https://example.com/jobs/1,57\n"
    "Nurse,Harbor Health,\"Seattle, WA\",Entry level,$35 - $45 an hour,\"BLS and patient care.\","
    "https://example.com/jobs/2,12\n"
)


def test_a_linkedin_export_is_previewed_before_ingest(data_dir):
    app = _data(data_dir)
    app.file_uploader(key=state.uploader_key(state.DATA_UPLOAD, None)).upload("linkedin.csv", LINKEDIN.encode(), "text/csv")
    app.run()
    assert not app.exception, app.exception
    text = "\n".join(str(m.value) for m in [*app.markdown, *app.caption])
    assert "**Seniority Level** → seniority" in text and "**Job Title** → title" in text
    assert "Applicants" in text  # the unused column is named
    rows = next(d.value for d in app.dataframe if "seniority" in d.value)
    assert list(rows["seniority"]) == ["senior", "junior"]
    assert [str(v) for v in rows["salary_min"]][:1] == ["140000.0"]
    assert _metric(app, "Postings") == 0  # nothing stored by the preview


def test_a_pasted_posting_shows_what_was_read_from_it(data_dir):
    app = _data(data_dir)
    app.text_area(key=state.DATA_PASTE).set_value(POSTING)
    _button(app, "Add posting").click().run()
    text = _messages(app)
    assert "Read as **Senior Data Engineer**" in text
    assert "Required: " in text and "Apache Airflow" in text and "Kubernetes" in text


def test_an_upload_reaches_the_jobs_index_without_visiting_jobs(data_dir):
    from core.market.bootstrap import wait_for_background_index
    from core.matching.index import open_index

    app = _data(data_dir)
    app.file_uploader(key=state.uploader_key(state.DATA_UPLOAD, None)).upload("linkedin export.csv", CSV.encode(), "text/csv")
    app.run()
    _button(app, "Ingest file").click().run()
    settings = Settings(data_dir=data_dir)
    assert wait_for_background_index(settings, timeout=600)
    index = open_index(settings)  # what the Jobs page loads from disk
    assert index.vectors.count() == 2 and sorted(index.bm25.ids.tolist()) == [1, 2]


def test_private_urls_are_refused_with_the_reason(data_dir):
    app = _data(data_dir)
    app.text_input(key=state.DATA_URL).set_value("http://127.0.0.1:9/jobs/1")
    _button(app, "Fetch and add").click().run()
    assert not app.exception, app.exception
    error = "\n".join(str(e.value) for e in app.error)
    assert "Refused for safety" in error and _metric(app, "Postings") == 0


def test_bad_column_override_is_explained(data_dir):
    app = _data(data_dir)
    app.file_uploader(key=state.uploader_key(state.DATA_UPLOAD, None)).upload("jobs.csv", CSV.encode(), "text/csv")
    app.text_input(key=state.DATA_MAPPING).set_value("salary=pay")
    app.run()
    _button(app, "Ingest file").click().run()
    assert not app.exception and "unknown field" in "\n".join(str(w.value) for w in app.warning)


def test_retry_dead_letters(data_dir):
    engine = make_engine(Settings(data_dir=data_dir))
    record = PostingRecord(source="upload:old", external_id="R1", title="QA Engineer", company="Zeta",
                           location_raw="Pune, India", description="Requirements: Selenium and Python.")
    with session_scope(engine) as session:
        session.add(DeadLetter(source="upload:old", ref="row 2", payload=record.to_json(),
                               last_error="database was locked", attempts=1))
    engine.dispose()
    app = _data(data_dir)
    assert _metric(app, "Open dead letters") == 1
    _button(app, "Retry 1 now").click().run()
    assert not app.exception, app.exception
    assert "resolved 1" in _messages(app)
    assert _metric(app, "Open dead letters") == 0 and _metric(app, "Postings") == 1
