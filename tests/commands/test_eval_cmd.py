"""`python -m core eval` on tiny gold files (exact numbers) and, when present, the shared data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli import main
from core.commands import eval as eval_cmd
from core.commands import extract as extract_cmd
from core.skills.gazetteer import GazetteerExtractor
from tests.skills.conftest import build_taxonomy

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


@pytest.fixture(autouse=True)
def fixture_extractor(monkeypatch):
    fixed = lambda settings: GazetteerExtractor(build_taxonomy())  # noqa: E731
    monkeypatch.setattr(extract_cmd, "build_extractor", fixed)
    monkeypatch.setattr(eval_cmd, "build_extractor", fixed)  # bound at its import, which may come first


def _tiny_data(root: Path) -> Path:
    (root / "skillspan").mkdir(parents=True)
    (root / "dotin_resumes").mkdir()
    sentences = [
        # "Python and Apache Kafka ; teamwork" -> we find Python (Knowledge gold) only
        {"doc_id": "d1", "tokens": ["Python", "and", "Apache", "Kafka", ";", "teamwork"],
         "tags_knowledge": ["B", "O", "B", "I", "O", "O"], "tags_skill": ["O", "O", "O", "O", "O", "B"]},
        # "Docker daily" -> we find Docker, gold is the Skill layer's "Docker daily"
        {"doc_id": "d1", "tokens": ["Docker", "daily"], "tags_knowledge": ["O", "O"], "tags_skill": ["B", "I"]},
    ]
    (root / "skillspan" / "dev.jsonl").write_text("".join(json.dumps(s) + "\n" for s in sentences))
    resume = {"id": "r1", "text": "Skills: Python, SQL", "entities": [
        {"start": 8, "end": 14, "label": "Tech Tools", "text": "Python"},
        {"start": 16, "end": 19, "label": "Job Specific Skills", "text": "SQL"}]}
    (root / "dotin_resumes" / "train.jsonl").write_text(json.dumps(resume) + "\n")
    return root


def test_eval_json_on_tiny_gold(tmp_path, capsys):
    data = _tiny_data(tmp_path / "data")
    assert main(["eval", "--json", "--data-dir", str(data), "--resumes", "all"]) == 0
    out = json.loads(capsys.readouterr().out)
    postings, resumes = out["reports"]
    layers = {layer["layer"]: layer for layer in postings["layers"]}
    assert postings["docs"] == 1 and postings["dataset"] == "skillspan-dev"
    # predictions: Python (0,6), Docker (35,41); Knowledge gold: Python, Apache Kafka
    assert layers["knowledge"]["strict"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5,
                                             "pred": 2, "pred_matched": 1, "gold": 2, "gold_found": 1}
    # both mentions are typed "knowledge", so the typed Skill layer sees no prediction; "skill_all" sees both
    assert (layers["skill"]["strict"]["pred"], layers["skill"]["overlap"]["recall"]) == (0, 0.0)
    assert (layers["skill_all"]["strict"]["pred_matched"], layers["skill_all"]["overlap"]["pred_matched"]) == (0, 1)
    assert layers["skill_all"]["overlap"]["recall"] == 0.5
    assert layers["knowledge_all"]["strict"] == layers["knowledge"]["strict"]
    assert layers["knowledge"]["exact"] == layers["knowledge"]["strict"]  # clean tokens: both definitions agree
    assert layers["combined"]["overlap"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667,
                                             "pred": 2, "pred_matched": 2, "gold": 4, "gold_found": 2}
    skills = resumes["layers"][0]
    assert skills["layer"] == "skills" and skills["strict"]["f1"] == 1.0
    assert resumes["dataset"] == "dotin-resumes"


def test_eval_resumes_default_to_the_heldout_fold(tmp_path, capsys):
    from core.skills.training import HELDOUT_FOLD, resume_fold

    data = _tiny_data(tmp_path / "data")
    assert main(["eval", "--json", "--data-dir", str(data)]) == 0
    resumes = json.loads(capsys.readouterr().out)["reports"][1]
    assert resumes["dataset"] == "dotin-resumes-heldout"
    assert resumes["docs"] == (1 if resume_fold("r1") == HELDOUT_FOLD else 0)


def test_eval_table_and_limit(tmp_path, capsys):
    data = _tiny_data(tmp_path / "data")
    assert main(["eval", "--data-dir", str(data), "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert "skillspan-dev: 1 docs" in out and "knowledge" in out and "dotin-resumes" in out


def test_eval_without_data_is_a_clear_error(tmp_path, capsys):
    assert main(["eval", "--json", "--data-dir", str(tmp_path)]) == 2
    assert "No evaluation data" in json.loads(capsys.readouterr().out)["message"]


def test_eval_on_shared_data(capsys):
    if not (SHARED / "skillspan" / "dev.jsonl").is_file():
        pytest.skip("../shared/data/skillspan/dev.jsonl not present")
    assert main(["eval", "--json", "--limit", "5"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [r["docs"] for r in out["reports"]] == [5, 5]
    knowledge = out["reports"][0]["layers"][0]
    assert knowledge["layer"] == "knowledge" and knowledge["strict"]["gold"] > 0
