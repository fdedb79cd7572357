"""`python -m core extract` through core.cli.main with tmp files and the fixture taxonomy."""

from __future__ import annotations

import json

import pytest

from core.cli import main
from core.commands import extract as extract_cmd
from core.skills.gazetteer import GazetteerExtractor
from tests.skills.conftest import build_taxonomy, stub_sections

SKILL_KEYS = {"skill_id", "name", "surface", "start", "end", "layer", "requirement", "confidence"}


@pytest.fixture(autouse=True)
def fixture_extractor(monkeypatch, tmp_path):
    """Use the fixture taxonomy and keep runtime data in tmp."""
    ex = GazetteerExtractor(build_taxonomy(), splitter=stub_sections)
    monkeypatch.setattr(extract_cmd, "build_extractor", lambda settings: ex)
    monkeypatch.setenv("SKILLGAP_DATA_DIR", str(tmp_path / "runtime"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return ex


def _write(path, lines):
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines),
                    encoding="utf-8")
    return path


def _read(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


JOB = "Senior Python Developer\nRequirements:\n- 5+ years of Go and Kubernetes\n- Docker is a plus"
RESUME = "Skills\nC++ (2 years), Python, go"


def test_extract_writes_contract_rows_with_exact_offsets(tmp_path, capsys):
    src = _write(tmp_path / "in.jsonl", [{"id": "j1", "text": JOB, "kind": "job"},
                                         {"id": 7, "text": RESUME, "kind": "resume"}])
    out = tmp_path / "out" / "out.jsonl"
    assert main(["extract", "--input", str(src), "--output", str(out), "--json"]) == 0
    rows = _read(out)
    assert [r["id"] for r in rows] == ["j1", 7]
    assert set(rows[0]) == {"id", "skills", "seniority", "years"}
    assert rows[0]["seniority"] == "senior" and rows[0]["years"] == 5.0
    for row, text in zip(rows, [JOB, RESUME]):
        for skill in row["skills"]:
            assert set(skill) == SKILL_KEYS
            assert skill["layer"] in ("knowledge", "skill")
            assert text[skill["start"]:skill["end"]] == skill["surface"]
    assert [(s["skill_id"], s["requirement"]) for s in rows[0]["skills"]] == [
        ("python", "unspecified"), ("go", "required"), ("kubernetes", "required"), ("docker", "preferred")]
    assert [s["skill_id"] for s in rows[1]["skills"]] == ["cpp", "python", "go"]
    summary = json.loads(capsys.readouterr().out)
    assert (summary["rows"], summary["ok"], summary["failed"], summary["mentions"]) == (2, 2, 0, 7)


def test_bad_rows_become_error_rows(tmp_path, capsys):
    src = _write(tmp_path / "in.jsonl", [
        "{not json",
        {"text": "Python", "kind": "job"},
        {"id": "k", "text": "Python", "kind": "email"},
        {"id": "t", "text": 42, "kind": "job"},
        "[1, 2]",
        {"id": "ok", "text": "Python", "kind": "job"},
        "",
    ])
    out = tmp_path / "out.jsonl"
    assert main(["extract", "--input", str(src), "--output", str(out)]) == 0
    rows = _read(out)
    assert [(r.get("id"), r.get("line"), "error" in r) for r in rows] == [
        (None, 1, True), (None, 2, True), ("k", 3, True), ("t", 4, True), (None, 5, True), ("ok", None, False)]
    assert "JSON" in rows[0]["error"] and "'id'" in rows[1]["error"] and "kind" in rows[2]["error"]
    captured = capsys.readouterr()
    assert "1 of 6 rows (5 failed)" in captured.out
    assert "line 3:" in captured.err


def test_text_over_the_limit_is_an_error_row(tmp_path, monkeypatch):
    from core.config import Limits, Settings

    real = Settings.from_env
    monkeypatch.setattr(Settings, "from_env", classmethod(lambda cls: real().with_(limits=Limits(max_chars=10))))
    src = _write(tmp_path / "in.jsonl", [{"id": 1, "text": "Python " * 5, "kind": "job"}])
    out = tmp_path / "out.jsonl"
    assert main(["extract", "--input", str(src), "--output", str(out)]) == 0
    assert "over the limit" in _read(out)[0]["error"]


def test_missing_input_is_a_domain_error(tmp_path, capsys):
    code = main(["extract", "--input", str(tmp_path / "nope.jsonl"), "--output", str(tmp_path / "o.jsonl"), "--json"])
    assert code == 2
    assert json.loads(capsys.readouterr().out)["error"] == "InvalidInput"


def test_cache_flag_stores_one_row_per_text(tmp_path):
    from sqlmodel import select

    from core.config import Settings
    from core.db.models import DocumentExtraction
    from core.db.session import make_engine, session_scope

    src = _write(tmp_path / "in.jsonl", [{"id": 1, "text": JOB, "kind": "job"}, {"id": 2, "text": JOB, "kind": "job"}])
    out = tmp_path / "out.jsonl"
    assert main(["extract", "--input", str(src), "--output", str(out), "--cache"]) == 0
    assert main(["extract", "--input", str(src), "--output", str(out), "--cache"]) == 0
    rows = _read(out)
    assert rows[0]["skills"] == rows[1]["skills"] and len(rows[0]["skills"]) == 4
    engine = make_engine(Settings(data_dir=tmp_path / "runtime"))
    with session_scope(engine) as session:
        assert [r.status for r in session.exec(select(DocumentExtraction))] == ["ready"]


def test_help_lists_the_contract_flags(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "--input" in out and "--output" in out and "--json" in out
