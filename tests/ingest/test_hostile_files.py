"""Hostile tabular files (issue 24 items 5 and 9): nothing dropped without a count, no reprs, no absurd salaries,
no silent cuts, no garbage postings. Every bad file is generated here."""

from __future__ import annotations

import csv
import json
import random
import string
from dataclasses import replace

import pytest
from sqlmodel import Session, select

from core.config import Limits
from core.db.models import DeadLetter, JobPosting, ProcessingRun
from core.errors import InvalidInput
from core.ingest.csv_source import CsvSource
from core.ingest.dead_letters import decode_payload
from core.ingest.parquet_source import ParquetSource
from core.ingest.pipeline import ingest
from core.ingest.records import PostingRecord, RawFailure
from core.ingest.registry import SourceOptions, build_source
from tests.ingest.conftest import FakeExtractor

HEADER = ["job_id", "title", "company_name", "location", "description"]
TITLES = ["Data Engineer", "Backend Developer", "Data Analyst", "Frontend Engineer", "ML Engineer"]


def _rows(n: int) -> list[list[str]]:
    return [[str(i), TITLES[i % 5], f"Company {i}", "Austin, TX", f"Posting {i}: Python and SQL, job {i}."]
            for i in range(1, n + 1)]


def _write_csv(path, rows, header=HEADER) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def _ingest(engine, source, settings):
    """The pipeline with the fake extractor (the real one is not what these tests are about)."""
    return ingest(engine, source, settings, FakeExtractor(), role_family=lambda title: None)


def _postings(engine) -> dict[str, JobPosting]:
    with Session(engine) as s:
        return {p.external_id: p for p in s.exec(select(JobPosting)).all()}


def _letters(engine) -> list[DeadLetter]:
    with Session(engine) as s:
        return list(s.exec(select(DeadLetter).order_by(DeadLetter.id)).all())


def _run_detail(engine, run_id) -> dict:
    with Session(engine) as s:
        return json.loads(s.get(ProcessingRun, run_id).detail)


def test_stray_quote_costs_one_counted_row_and_shifts_nothing(tmp_path, engine, settings):
    path = tmp_path / "postings.csv"
    _write_csv(path, _rows(1000))
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[500] = lines[500].replace(",Data Engineer,", ',"Data Engineer,', 1)  # row 500 (line 501): opening quote
    lines[501] = lines[501].replace(",Backend Developer,", ',"Backend Developer",', 1)  # next row: quoted title
    path.write_text("".join(lines), encoding="utf-8")
    summary = _ingest(engine, CsvSource(path), settings)
    assert (summary.added, summary.failed) == (999, 1)
    rows = _postings(engine)
    assert "500" not in rows
    assert (rows["501"].title, rows["501"].company) == ("Backend Developer", "Company 501")
    assert all(p.description.startswith(f"Posting {key}:") for key, p in rows.items())
    [letter] = _letters(engine)
    assert letter.ref == "line 501" and "line 501" in letter.last_error and "malformed CSV" in letter.last_error


def test_quote_never_closed_swallows_nothing(tmp_path, engine, settings):
    path = tmp_path / "postings.csv"
    _write_csv(path, _rows(20))
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[3] = lines[3].replace(",Frontend Engineer,", ',"Frontend Engineer,', 1)  # no quote anywhere after it
    path.write_text("".join(lines), encoding="utf-8")
    summary = _ingest(engine, CsvSource(path), settings)
    assert (summary.added, summary.failed) == (19, 1)
    assert _letters(engine)[0].ref == "line 4"


@pytest.mark.parametrize("bad_line, ref, expected", [
    ("7,Data Engineer,Acme,Austin TX,Python jobs,EXTRA\n", "line 7", "6 fields where the header has 5"),
    ('7,"Data Engineer\nLead",Acme\n', "lines 7-8", "3 fields where the header has 5"),
    ("7,Data Engineer,Acme\n", "row 7", "row 7: empty description"),  # short one-line row: padded, as before
])
def test_wrong_field_count_is_a_dead_letter_with_its_line(tmp_path, engine, settings, bad_line, ref, expected):
    path = tmp_path / "postings.csv"
    _write_csv(path, _rows(5))
    with path.open("a", encoding="utf-8", newline="") as handle:
        handle.write(bad_line)
        handle.write("8,ML Engineer,Acme,Austin TX,Python and SQL.,\n")  # a trailing empty cell is fine
    summary = _ingest(engine, CsvSource(path), settings)
    assert (summary.added, summary.failed) == (6, 1)
    [letter] = _letters(engine)
    assert letter.ref == ref and expected in letter.last_error


def test_malformed_csv_dead_letter_can_be_retried_once_fixed(tmp_path, engine, settings):
    path = tmp_path / "postings.csv"
    _write_csv(path, _rows(3))
    with path.open("a", encoding="utf-8", newline="") as handle:
        handle.write("4,Data Engineer,Acme,Austin TX,Python,EXTRA\n")
    _ingest(engine, CsvSource(path), settings)
    [letter] = _letters(engine)
    payload = json.loads(letter.payload)
    assert payload["kind"] == "csv_lines" and payload["text"].startswith("4,Data Engineer")
    letter.payload = json.dumps({**payload, "text": "4,Data Engineer,Acme,Austin TX,Python and SQL\n"})
    record = decode_payload(letter)
    assert (record.external_id, record.title, record.description) == ("4", "Data Engineer", "Python and SQL")


def _parquet(path, columns: dict) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table(columns), path)


def test_parquet_structures_are_never_stored_as_reprs(tmp_path, engine, settings):
    path = tmp_path / "jobs.parquet"
    _parquet(path, {
        "job_id": ["a", "b", "c"],
        "title": [["Data", "Engineer"], ["x"], ["Analyst"]],
        "company": [{"name": "Acme"}, {"name": "Beta"}, {"name": "Gamma"}],
        "location": [["Austin, TX"], ["Remote"], ["Boston, MA"]],
        "description": ["Python and SQL pipelines.", "Spark jobs.", "Excel reports."],
    })
    summary = _ingest(engine, ParquetSource(path), settings)
    assert summary.added == 3
    rows = _postings(engine)
    assert rows["a"].title == "Data, Engineer" and rows["a"].location_raw == "Austin, TX"
    assert all(p.company is None for p in rows.values())  # a struct is not a company name: dropped, noted
    assert not any("{" in (p.title + (p.company or "")) or "[" in p.title for p in rows.values())
    assert summary.warnings == 3 and "company is a dict, not text; ignored" in summary.notes[0]


def test_parquet_struct_title_is_a_dead_letter_with_the_reason(tmp_path, engine, settings):
    path = tmp_path / "jobs.parquet"
    _parquet(path, {"title": [{"text": "Data Engineer"}, {"text": "x"}],
                    "description": ["Python and SQL.", "Spark."]})
    summary = _ingest(engine, ParquetSource(path), settings)
    assert (summary.added, summary.failed) == (0, 2)
    assert _letters(engine)[0].last_error == "row 1: title is a dict, not text"


def test_absurd_salaries_are_dropped_with_a_note(tmp_path, engine, settings):
    path = tmp_path / "jobs.parquet"
    _parquet(path, {
        "job_id": ["huge", "tiny", "fine", "hourly"],
        "title": ["Data Engineer"] * 4,
        "description": [f"Python and SQL, posting {i}." for i in range(4)],
        "min_salary": [1e30, 0.001, 90000.0, 35.0],
        "max_salary": [2e30, 0.002, 120000.0, 45.0],
        "pay_period": ["YEARLY", "YEARLY", "YEARLY", "HOURLY"],
    })
    summary = _ingest(engine, ParquetSource(path), settings)
    rows = _postings(engine)
    assert summary.added == 4
    assert (rows["huge"].salary_min, rows["huge"].salary_annual_usd) == (None, None)
    assert rows["tiny"].salary_min is None
    assert (rows["fine"].salary_min, rows["fine"].salary_max) == (90000, 120000)
    assert (rows["hourly"].salary_min, rows["hourly"].salary_max) == (35 * 2080, 45 * 2080)
    assert summary.warnings == 2
    assert any("row 1: salary dropped: 1e+30 USD a year is over 10M USD a year" == n for n in summary.notes)


def test_a_cut_description_is_recorded_on_the_run(tmp_path, engine, settings):
    settings = replace(settings, limits=Limits(max_chars=2_000))
    path = tmp_path / "postings.csv"
    _write_csv(path, [["1", "Data Engineer", "Acme", "Austin, TX", "Python and SQL. " * 1_000],
                      ["2", "Data Analyst", "Acme", "Austin, TX", "Excel."]])
    summary = _ingest(engine, CsvSource(path), settings)
    assert summary.added == 2 and len(_postings(engine)["1"].description) == 2_000
    assert summary.warnings == 1 and summary.notes == ("row 2: description cut from 15,999 to 2,000 characters",)
    detail = _run_detail(engine, summary.run_id)
    assert detail["warnings"] == 1 and detail["notes"] == list(summary.notes)


def _token(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits + "#!%&") for _ in range(rng.randint(3, 10)))


def test_rows_of_random_tokens_are_dead_letters_not_postings(tmp_path, engine, settings):
    rng = random.Random(24)
    garbage = [[f"g{i}", _token(rng), _token(rng), _token(rng), " ".join(_token(rng) for _ in range(12))]
               for i in range(300)]
    digits = [[f"d{i}", str(rng.randint(1, 10**9)), "", "", " ".join(str(rng.random()) for _ in range(8))]
              for i in range(50)]
    real = _rows(5) + [["r1", "C", "Acme", "", "C and C++ on embedded boards."], ["r2", "SRE", "", "", "On call."]]
    path = tmp_path / "postings.csv"
    _write_csv(path, garbage + digits + real)
    summary = _ingest(engine, CsvSource(path), settings)
    assert (summary.added, summary.failed) == (7, 350)
    assert set(_postings(engine)) == {"1", "2", "3", "4", "5", "r1", "r2"}
    assert "no recognisable text in the title or the description" in _letters(engine)[0].last_error


def test_malformed_url_is_a_clear_domain_error():
    with pytest.raises(InvalidInput, match="not a valid URL"):
        build_source("url", SourceOptions(target="http://[::1/"))


def test_cli_reports_a_malformed_url_without_a_traceback(tmp_path, monkeypatch, capsys):
    from core.cli import main

    monkeypatch.setenv("SKILLGAP_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert main(["ingest", "http://[::1/", "--no-index"]) == 2
    assert "not a valid URL" in capsys.readouterr().err


def test_notes_survive_the_dead_letter_round_trip():
    record = PostingRecord(source="s", external_id="1", title="T", company=None, location_raw=None,
                           description="d", notes=("company is a dict, not text; ignored",))
    again = PostingRecord.from_payload(json.loads(record.to_json())["record"])
    assert again == record and not isinstance(again, RawFailure)
