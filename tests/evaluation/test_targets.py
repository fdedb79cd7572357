"""Extraction quality against the targets of issue 3, measured exactly like `python -m core eval`.

Reads ../shared/data (SkillSpan dev; the dotin held-out fold 0, never trained or tuned on) and skips when it is
absent. The evaluation runs once per session (about ten seconds). Targets not reached yet are xfail with the
measured value in the reason; floors below guard against regressions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
FLOORS = {  # regression guards at the listed-skill floor (ctx-9, issue 18): 0.521 / 0.668 / 0.623 / 0.547 shipped.
    # ctx-7 reached 0.600 / 0.761 / 0.775 / 0.630 by leaving out listed taxonomy skills that SkillSpan's annotators
    # did not tag; issue 18 puts the skills people list first (tests/product, docs/benchmarks.md)
    ("skillspan-dev", "knowledge", "strict"): 0.50,
    ("skillspan-dev", "knowledge", "overlap"): 0.64,
    ("skillspan-dev", "combined", "overlap"): 0.60,
    ("dotin-resumes-heldout", "skills", "overlap"): 0.53,
}
TARGETS = {  # issue 3
    ("skillspan-dev", "knowledge", "strict"): 0.60,
    ("skillspan-dev", "knowledge", "overlap"): 0.75,
    ("skillspan-dev", "combined", "overlap"): 0.65,
    ("dotin-resumes-heldout", "skills", "overlap"): 0.60,
}


@pytest.fixture(scope="session")
def scores() -> dict:
    """(dataset, layer, metric) -> F1 of the default extractor on SkillSpan dev and the dotin held-out fold."""
    if not (SHARED / "skillspan" / "dev.jsonl").is_file() or not (SHARED / "dotin_resumes" / "train.jsonl").is_file():
        pytest.skip(f"shared evaluation data absent under {SHARED.resolve()}")
    from core.commands.eval import run_eval
    from core.config import TAXONOMY_DIR
    from core.skills.extract import make_extractor
    from core.taxonomy.load import load_taxonomy

    reports = run_eval(make_extractor(load_taxonomy(TAXONOMY_DIR)), SHARED.resolve(), "dev", None, "heldout")
    return {(r.dataset, s.layer, metric): getattr(s, metric).f1 for r in reports for s in r.layers
            for metric in ("strict", "overlap")}


@pytest.mark.parametrize("key", list(FLOORS), ids=["/".join(k) for k in FLOORS])
def test_quality_floor(scores, key):
    assert scores[key] >= FLOORS[key]


@pytest.mark.parametrize("key", list(TARGETS), ids=["/".join(k) for k in TARGETS])
def test_issue_target(scores, key):
    if scores[key] < TARGETS[key]:
        pytest.xfail(f"target {TARGETS[key]} not reached: measured {scores[key]:.3f} (docs/benchmarks.md)")
    assert scores[key] >= TARGETS[key]


def test_typed_knowledge_beats_untyped(scores):
    assert scores[("skillspan-dev", "knowledge", "strict")] > scores[("skillspan-dev", "knowledge_all", "strict")]
