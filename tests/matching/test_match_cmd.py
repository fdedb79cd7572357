"""`python -m core match --resume FILE [--top K] [--json]` (contract in ../shared/design.md)."""

from __future__ import annotations

import json

import pytest

from core.cli import main
from core.config import Settings
from core.db.session import make_engine
from tests.matching.market import build_market

RESUME = """Dana Fischer
dana@example.com | Berlin, Germany

SUMMARY
Data engineer building batch and streaming pipelines.

EXPERIENCE
Data Engineer, Acme Analytics
Jan 2020 - Present
Built pipelines with Python, SQL, Apache Spark and Apache Airflow.

SKILLS
Python, SQL, Apache Spark, Apache Airflow, Apache Kafka, ETL
"""


@pytest.fixture
def env(tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("SKILLGAP_DATA_DIR", str(data))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    resume = tmp_path / "dana.txt"
    resume.write_text(RESUME, encoding="utf8")
    return data, resume


def _seed(data, n: int = 40) -> None:
    engine = make_engine(Settings(data_dir=data))
    build_market(engine, n)
    engine.dispose()


def test_json_output_has_ranked_explained_postings(env, capsys):
    data, resume = env
    _seed(data)
    assert main(["match", "--resume", str(resume), "--top", "5", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["indexed"] == 40 and len(out["results"]) == 5
    first = out["results"][0]
    assert [r["rank"] for r in out["results"]] == [1, 2, 3, 4, 5]
    assert first["role_family"] == "data_engineer"
    assert set(first) >= {"posting_id", "title", "company", "city", "remote", "posted_at", "dated_at", "date_stated",
                          "salary", "score", "match_pct", "explanation", "factors", "skills"}
    assert all(r["date_stated"] and r["dated_at"] == r["posted_at"] for r in out["results"])
    assert "required skills" in first["explanation"]
    assert {f["name"] for f in first["factors"]} == {"skills", "dense", "level", "recency", "location"}
    resume_skills = {"Python", "SQL", "Apache Spark", "Apache Airflow", "Apache Kafka", "ETL"}
    assert first["skills"]["matched"] and set(first["skills"]["matched"]) <= resume_skills
    assert any("Python" in r["skills"]["matched"] for r in out["results"])
    scores = [r["score"] for r in out["results"]]
    assert scores == sorted(scores, reverse=True)


def test_json_dates_a_posting_without_a_stated_date_by_when_it_was_stored(env, capsys):
    from sqlmodel import Session, select

    from core.db.models import JobPosting

    data, resume = env
    _seed(data, 10)
    engine = make_engine(Settings(data_dir=data))
    with Session(engine) as db:
        for posting in db.exec(select(JobPosting)).all():
            posting.posted_at = None
            db.add(posting)
        db.commit()
    engine.dispose()
    assert main(["match", "--resume", str(resume), "--top", "3", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["results"]
    assert rows and all(r["posted_at"] is None and r["date_stated"] is False and r["dated_at"] for r in rows)
    assert all("posting date not stated" in r["explanation"] for r in rows)


def test_text_output_and_incremental_index(env, capsys):
    data, resume = env
    _seed(data, 20)
    assert main(["match", "--resume", str(resume), "--top", "3"]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0].lstrip().startswith("1.") and "%" in lines[0]
    assert "required skills" in lines[1]
    assert "indexed 20 new postings" in captured.err
    assert main(["match", "--resume", str(resume), "--top", "3"]) == 0
    assert "indexed" not in capsys.readouterr().err  # second run: nothing to embed


def test_filters_from_flags(env, capsys):
    data, resume = env
    _seed(data)
    assert main(["match", "--resume", str(resume), "--json", "--top", "50", "--min-salary", "100000",
                 "--role-family", "devops", "--role-family", "mobile"]) == 0
    results = json.loads(capsys.readouterr().out)["results"]
    assert results and all(r["role_family"] in ("devops", "mobile") for r in results)
    assert all(r["salary"]["annual_usd"] >= 100000 for r in results)


def test_empty_database_says_how_to_fill_it(env, capsys):
    _, resume = env
    assert main(["match", "--resume", str(resume)]) == 0
    assert "No postings yet" in capsys.readouterr().out


@pytest.mark.parametrize("argv, message", [
    (["--resume", "missing.txt", "--json"], "not found"),
    (["--resume", "RESUME", "--top", "0", "--json"], "--top"),
])
def test_errors_are_one_json_line_and_exit_2(env, capsys, argv, message):
    _, resume = env
    argv = [str(resume) if a == "RESUME" else a for a in argv]
    assert main(["match", *argv]) == 2
    out = json.loads(capsys.readouterr().out)
    assert out["error"] in ("NotFound", "InvalidInput") and message in out["message"]


def test_help_lists_the_contract_flags(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["match", "--help"])
    assert exc.value.code == 0
    help_text = capsys.readouterr().out
    for flag in ("--resume", "--top", "--json"):
        assert flag in help_text
