"""`python -m core ingest`: files, --map, --json, idempotent reruns, --retry-dead, errors for people."""

from __future__ import annotations

import json

import pytest

from core.cli import main
from tests.ingest.dumps import write_linkedin_csv


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """SKILLGAP_DATA_DIR in a tmp dir (SQLite file there), no DATABASE_URL."""
    monkeypatch.setenv("SKILLGAP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return tmp_path / "data"


def run(capsys, *argv, index: bool = False) -> tuple[int, str, str]:
    code = main(["ingest", *map(str, argv), *([] if index else ["--no-index"])])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_csv_json_summary_and_rerun(tmp_path, data_dir, capsys):
    path = write_linkedin_csv(tmp_path / "postings.csv")
    code, out, _ = run(capsys, path, "--json")
    assert code == 0
    assert json.loads(out) == {"added": 4, "duplicates": 1, "failed": 1, "run_id": 1, "source": "csv:postings.csv"}
    assert (data_dir / "skillgap.db").is_file()
    code, out, _ = run(capsys, path, "--json")
    assert json.loads(out)["added"] == 0 and json.loads(out)["duplicates"] == 5


def test_text_summary_and_custom_source(tmp_path, data_dir, capsys):
    path = write_linkedin_csv(tmp_path / "postings.csv")
    code, out, _ = run(capsys, path, "--source", "linkedin-2024")
    assert code == 0
    assert out.strip() == "linkedin-2024: added 4, duplicates 1, failed 1 (run 1)"


def test_map_option(tmp_path, data_dir, capsys):
    path = tmp_path / "odd.csv"
    path.write_text("ref,headline,body,where\n7,Data Engineer,SQL and Python,Pune\n", encoding="utf-8")
    code, out, err = run(capsys, path, "--json")
    assert code == 2
    assert "no title column found; columns found: ref, headline, body, where" in json.loads(out)["message"]
    code, out, _ = run(capsys, path, "--map", "title=headline,description=body,external_id=ref", "--json")
    assert (code, json.loads(out)["added"]) == (0, 1)


def test_missing_description_column_message(tmp_path, data_dir, capsys):
    path = write_linkedin_csv(tmp_path / "jobs.csv", header=["job_id", "title", "company_name"])
    code, out, err = run(capsys, path)
    assert code == 2
    assert err.startswith("error: no description column found; columns found: job_id, title, company_name.")


def test_retry_dead_alone(tmp_path, data_dir, capsys):
    run(capsys, write_linkedin_csv(tmp_path / "postings.csv"))
    code, out, _ = run(capsys, "--retry-dead", "--json")
    assert code == 0 and json.loads(out) == {"retry": {"resolved": 0, "still_failing": 0, "run_id": 2}}


@pytest.mark.parametrize(
    "argv, message",
    [
        (["http://127.0.0.1:9/jobs/1"], "refused: 127.0.0.1 is a loopback address"),
        (["http://169.254.169.254/latest/meta-data/"], "refused: 169.254.169.254 is the cloud metadata address"),
        (["notes.docx"], "cannot tell the format of 'notes.docx'"),
        (["missing.csv"], "no such file: missing.csv"),
        (["--format", "lever"], "give the board name with --board NAME"),
        ([], "nothing to do"),
    ],
)
def test_errors_for_people(argv, message, data_dir, capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, *argv)
    assert code == 2 and message in err


def test_paste_file(tmp_path, data_dir, capsys):
    path = tmp_path / "posting.txt"
    path.write_text("Platform Engineer\n\nTerraform, AWS and Go.\n", encoding="utf-8")
    code, out, _ = run(capsys, path, "--json")
    assert (code, json.loads(out)["source"], json.loads(out)["added"]) == (0, "paste", 1)


def test_ingest_updates_the_jobs_index_right_away(tmp_path, data_dir, capsys):
    from core.config import Settings
    from core.matching.config import MatchSettings
    from core.matching.index import bm25_path, open_index

    path = write_linkedin_csv(tmp_path / "postings.csv")
    code, out, _ = run(capsys, path, "--json", index=True)
    assert code == 0 and json.loads(out)["index"] == {"vectors_added": 4, "bm25_added": 4, "total": 4}
    settings = Settings(data_dir=data_dir)
    assert bm25_path(settings, MatchSettings()).is_file()  # persisted: the Jobs page starts from it
    assert open_index(settings).vectors.count() == 4
    code, out, _ = run(capsys, path, index=True)  # nothing new: no embedding pass, no index line
    assert code == 0 and "jobs index" not in out
