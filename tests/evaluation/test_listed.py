"""core.evaluation.listed: gold items map to taxonomy ids, recall counts known items, precision counts mentions."""

from __future__ import annotations

import json

import pytest

from core.evaluation.listed import evaluate, gold_item, load_corpus, score_doc, taxonomy_spellings
from core.skills.models import Extraction, SkillMention
from core.taxonomy.models import Skill, Taxonomy


def _taxonomy() -> Taxonomy:
    skills = {s.id: s for s in (Skill("kubernetes", "Kubernetes", "devops", aliases=("k8s",)),
                                Skill("excel", "Excel", "tool", aliases=("microsoft excel",)))}
    return Taxonomy(skills=skills, version="t1")


def _m(name: str, surface: str, skill_id: str | None) -> SkillMention:
    return SkillMention(skill_id, name, surface, 0, len(surface))


@pytest.mark.parametrize("raw, skill_id, spellings", [
    ("Kubernetes|k8s", "kubernetes", {"kubernetes", "k8s"}),
    ("Microsoft Excel|Excel", "excel", {"microsoft excel", "excel"}),
    ("Great Expectations", None, {"great expectations"}),
])
def test_gold_items_map_to_taxonomy_ids(raw, skill_id, spellings):
    item = gold_item(raw, taxonomy_spellings(_taxonomy()))
    assert (item.skill_id, set(item.spellings)) == (skill_id, spellings)


def test_recall_counts_known_items_and_precision_counts_mentions(tmp_path):
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "d1.txt").write_text("k8s, Excel, Great Expectations, Go-live", encoding="utf-8")
    gold = {"d1": {"kind": "resume", "occupation": "DE", "must": ["Kubernetes|k8s", "Excel", "Great Expectations"],
                   "ok": ["Data Quality"], "not": ["Go"]}}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (doc,) = load_corpus(tmp_path, _taxonomy())
    score = score_doc(doc, [_m("Kubernetes", "k8s", "kubernetes"), _m("Go", "Go", "go"),
                            _m("Data Quality", "data quality", None)])
    assert (score.known, score.known_found, score.missed, score.unknown) == (2, 1, ["Excel"], ["Great Expectations"])
    assert (score.mentions, score.accepted, score.wrong) == (3, 2, ["Go -> Go"])

    class Stub:
        model_id = "stub"

        def extract(self, text, kind):
            return Extraction([_m("Kubernetes", "k8s", "kubernetes"), _m("Excel", "Excel", "excel"),
                               _m("Great Expectations", "Great Expectations", None)], kind)

    report = evaluate(Stub(), [doc])
    assert (report.recall, report.recall_all, report.precision) == (1.0, 1.0, 1.0)
