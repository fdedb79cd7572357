"""Product-level check (issue 18): the shipped extractor finds what people plainly list, across occupations.

The corpus (tests/product/documents + gold.json) is hand-written for this project, independently of the
extractor; core.evaluation.listed defines the metrics. Thresholds are the issue's: listed-skill recall >= 0.95
over the items our taxonomy knows, reader precision >= 0.90; and on the documents of non-tech role families as a
group (issue 19: extraction for every trade) recall >= 0.90 and precision >= 0.88.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.config import TAXONOMY_DIR
from core.evaluation.listed import evaluate, load_corpus
from core.skills.normalize import normalize_form

CORPUS = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def taxonomy():
    """The project taxonomy (data/taxonomy)."""
    return pytest.importorskip("core.taxonomy.load").load_taxonomy(TAXONOMY_DIR)


@pytest.fixture(scope="module")
def report(taxonomy):
    """The shipped extractor scored on the corpus."""
    from core.skills.extract import make_extractor

    return evaluate(make_extractor(taxonomy), load_corpus(CORPUS, taxonomy), "ours")


def test_the_corpus_spans_occupations_and_both_kinds(taxonomy):
    docs = load_corpus(CORPUS, taxonomy)
    assert len(docs) >= 12 and len({d.occupation for d in docs}) >= 6
    assert {d.kind for d in docs} == {"resume", "job"}
    assert sum(1 for d in docs for item in d.must if item.skill_id) >= 300


def test_listed_skills_are_found(report):
    assert report.recall >= 0.95, [(d.doc_id, d.missed) for d in report.docs if d.missed]


def test_reported_skills_are_ones_a_reader_accepts(report):
    assert report.precision >= 0.90, [(d.doc_id, d.wrong) for d in report.docs if d.wrong]


def test_the_corpus_covers_the_trades(taxonomy):
    families = {d.family for d in load_corpus(CORPUS, taxonomy)}
    assert {"nursing", "finance_accounting", "marketing", "education", "construction_trades", "sales",
            "allied_health", "legal", "customer_service", "hospitality_food", "social_services"} <= families


def test_non_tech_documents_keep_their_listed_skills_as_a_group(report):
    group = report.subset(tech=False)
    assert len(group.docs) >= 25
    assert group.recall >= 0.90, [(d.doc_id, d.missed) for d in group.docs if d.missed]
    assert group.precision >= 0.88, [(d.doc_id, d.wrong) for d in group.docs if d.wrong]


def test_non_tech_skills_are_mostly_in_the_taxonomy(report):
    assert report.subset(tech=False).recall_all >= 0.85, [(d.doc_id, d.unknown) for d in report.docs if d.unknown]


@pytest.mark.parametrize("doc_id", ["de_resume_looker", "de_resume_senior", "nurse_resume", "accountant_resume", "accountant2_resume",
     "electrician_resume", "paralegal_resume"])
def test_each_key_resume_keeps_its_listed_skills(report, doc_id):
    score = next(d for d in report.docs if d.doc_id == doc_id)
    assert score.known_found >= score.known - 1, score.missed


def test_words_that_are_not_skills_are_not_reported(taxonomy):
    from core.skills.extract import make_extractor

    extractor = make_extractor(taxonomy)
    for doc in load_corpus(CORPUS, taxonomy):
        mentions = extractor.extract(doc.text, doc.kind).mentions
        surfaces = {normalize_form(m.surface) for m in mentions}
        names = {normalize_form(m.name) for m in mentions}
        bad = [word for word in doc.avoid if normalize_form(word) in surfaces | names
               and not any(normalize_form(word) in item.spellings for item in doc.must + doc.ok)]
        assert not bad, (doc.doc_id, bad)
