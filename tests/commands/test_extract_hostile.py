"""`core extract` with hostile input (issue 24 item 8): a bad row never ends the run, OUT is never truncated,
and --output naming --input is refused."""

from __future__ import annotations

import json

import pytest

from core.cli import main
from tests.commands.test_extract_cmd import fixture_extractor  # noqa: F401  (autouse: fixture taxonomy, tmp data)

JOB = "Senior Python Developer\nRequirements:\n- 5+ years of Go and Kubernetes"


def _lines(rows: list) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows)


def test_lone_surrogates_are_reported_rows_and_the_run_goes_on(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(_lines([
        {"id": "a", "text": JOB, "kind": "job"},
        '{"id": "b", "text": "Python \\ud800 and Go", "kind": "job"}',  # a lone surrogate in the text
        '{"id": "c\\udc00", "text": "Kubernetes", "kind": "job"}',  # and in the id
        {"id": "d", "text": JOB, "kind": "job"},
    ]), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", "--input", str(src), "--output", str(out), "--json"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c\udc00", "d"]
    assert "lone surrogate" in rows[1]["error"] and rows[1]["line"] == 2
    assert rows[2].get("skills") is not None or "error" in rows[2]
    assert rows[3]["skills"] == rows[0]["skills"]
    captured = capsys.readouterr()
    assert json.loads(captured.out)["failed"] >= 1 and "line 2: text has a lone surrogate" in captured.err


def test_an_extractor_crash_on_one_row_is_that_rows_error(tmp_path, monkeypatch, fixture_extractor):
    real = fixture_extractor.extract

    def flaky(text, kind):
        if "BOOM" in text:
            raise RuntimeError("tokenizer exploded")
        return real(text, kind)

    monkeypatch.setattr(fixture_extractor, "extract", flaky)
    src = tmp_path / "in.jsonl"
    src.write_text(_lines([{"id": 1, "text": "BOOM", "kind": "job"}, {"id": 2, "text": JOB, "kind": "job"}]),
                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", "--input", str(src), "--output", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows[0] == {"id": 1, "line": 1, "error": "extraction failed: RuntimeError: tokenizer exploded"}
    assert rows[1]["skills"]


def test_a_crash_mid_run_leaves_the_previous_output_whole(tmp_path, monkeypatch, fixture_extractor):
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "old"}\n', encoding="utf-8")

    def dies(text, kind):
        raise KeyboardInterrupt  # not a row error: the run stops

    monkeypatch.setattr(fixture_extractor, "extract", dies)
    src = tmp_path / "in.jsonl"
    src.write_text(_lines([{"id": 1, "text": JOB, "kind": "job"}]), encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        main(["extract", "--input", str(src), "--output", str(out)])
    assert out.read_text(encoding="utf-8") == '{"id": "old"}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]  # no partial file left


@pytest.mark.parametrize("spelling", ["same", "dotted", "symlink"])
def test_output_equal_to_input_is_refused_and_the_input_kept(tmp_path, capsys, spelling):
    src = tmp_path / "in.jsonl"
    content = _lines([{"id": 1, "text": JOB, "kind": "job"}])
    src.write_text(content, encoding="utf-8")
    target = {"same": src, "dotted": tmp_path / "sub" / ".." / "in.jsonl", "symlink": tmp_path / "link.jsonl"}[spelling]
    (tmp_path / "sub").mkdir()
    if spelling == "symlink":
        target.symlink_to(src)
    assert main(["extract", "--input", str(src), "--output", str(target)]) == 2
    assert "is the --input file" in capsys.readouterr().err
    assert src.read_text(encoding="utf-8") == content
