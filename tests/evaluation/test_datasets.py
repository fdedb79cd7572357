"""Gold loaders: SkillSpan posting rebuild with BIO -> char spans, dotin resume layers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.errors import InvalidInput
from core.evaluation.datasets import bio_spans, load_dotin, load_skillspan

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["O", "B", "I", "O"], [(1, 3)]),
        (["B", "B", "O", "B"], [(0, 1), (1, 2), (3, 5)]),
        (["I", "I", "O", "O"], [(0, 2)]),  # I without B starts a span
        (["O", "O", "B", "I"], [(2, 5)]),
        (["O", "O", "O", "O"], []),
    ],
)
def test_bio_spans(tags, spans):
    offsets = [(0, 1), (1, 2), (2, 3), (3, 5)]
    assert bio_spans(offsets, tags) == spans


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_load_skillspan_rebuilds_postings(tmp_path):
    rows = [
        {"doc_id": "d1", "tokens": ["Senior", "Dev"], "tags_knowledge": ["O", "O"], "tags_skill": ["O", "O"]},
        {"doc_id": "d2", "tokens": ["Go"], "tags_knowledge": ["B"], "tags_skill": ["O"]},
        {"doc_id": "d1", "tokens": ["Know", "Apache", "Kafka", ";", "teamwork"],
         "tags_knowledge": ["O", "B", "I", "O", "O"], "tags_skill": ["O", "O", "O", "O", "B"]},
    ]
    docs = load_skillspan(_write(tmp_path / "dev.jsonl", rows))
    assert [d.id for d in docs] == ["d1", "d2"]
    d1 = docs[0]
    assert d1.text == "Senior Dev\nKnow Apache Kafka ; teamwork"
    assert [d1.text[s:e] for s, e in d1.layers["knowledge"]] == ["Apache Kafka"]
    assert [d1.text[s:e] for s, e in d1.layers["skill"]] == ["teamwork"]
    assert load_skillspan(tmp_path / "dev.jsonl", limit=1)[0].id == "d1"


def test_load_dotin_layers(tmp_path):
    text = "Skills: Python, leadership. Designer at ACME"
    ents = [
        {"start": 8, "end": 14, "label": "Tech Tools", "text": "Python"},
        {"start": 16, "end": 26, "label": "Soft Skills", "text": "leadership"},
        {"start": 28, "end": 36, "label": "Designation", "text": "Designer"},
    ]
    (doc,) = load_dotin(_write(tmp_path / "train.jsonl", [{"id": "r1", "text": text, "entities": ents}]))
    assert doc.kind == "resume"
    assert doc.layers == {"skills": ((8, 14), (16, 26)), "tech_tools": ((8, 14),)}


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(InvalidInput, match="not found"):
        load_skillspan(tmp_path / "nope.jsonl")


def test_real_skillspan_spans_match_tokens():
    path = SHARED / "skillspan" / "dev.jsonl"
    if not path.is_file():
        pytest.skip("../shared/data/skillspan/dev.jsonl not present")
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    docs = load_skillspan(path)
    assert len(docs) == len({r["doc_id"] for r in rows})
    gold_texts = sorted(d.text[s:e] for d in docs for s, e in d.layers["knowledge"])
    expected = []
    for r in rows:
        expected += [" ".join(r["tokens"][i:j]) for i, j in _token_spans(r["tags_knowledge"])]
    assert gold_texts == sorted(expected)


def _token_spans(tags):
    return bio_spans([(i, i + 1) for i in range(len(tags))], tags)
