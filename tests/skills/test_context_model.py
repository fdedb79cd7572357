"""The context model: artifact loading and versioning, deterministic retraining, fallback, exact offsets."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from core.config import TAXONOMY_DIR
from core.db.session import memory_engine
from core.evaluation.datasets import GoldDoc
from core.skills.cache import extract_cached
from core.skills.contextual import ContextExtractor
from core.skills.extract import CONTEXT_VERSION, Extractor, make_extractor
from core.skills.gazetteer import GazetteerExtractor
from core.skills.model import DEFAULT_MODEL_PATH, MODEL_FORMAT, ExtractorModel, load_model, model_version
from core.skills.training import TrainConfig, resume_fold, train_model

OPEN_TEXT = """Senior Backend Engineer
Requirements:
- 5+ years of experience with Python and Temporal workflows
- Experience with Kafka, gRPC and ClickHouse; knowledge of supply chain and banking
- Strong communication skills
Nice to have: experience with Dagster"""


@pytest.fixture(scope="module")
def real_taxonomy():
    """data/taxonomy (skips when it or its loader is missing)."""
    load = pytest.importorskip("core.taxonomy.load", reason="core.taxonomy.load not available").load_taxonomy
    if not (TAXONOMY_DIR / "skills").is_dir():
        pytest.skip("data/taxonomy/skills not built")
    return load(TAXONOMY_DIR)


@pytest.fixture(scope="module")
def shipped_model():
    """The committed artifact data/models/extractor.npz."""
    assert DEFAULT_MODEL_PATH.is_file(), "data/models/extractor.npz is missing: run python -m core train-extractor"
    return load_model()


def _docs() -> list[GoldDoc]:
    """A tiny synthetic training set (jobs); gold spans given as substrings."""
    rows = [
        ("Requirements:\n- Python and Docker\n- strong communication skills", ["Python", "Docker"],
         ["communication skills"]),
        ("We use Kubernetes and Terraform daily.\nYou have team spirit", ["Kubernetes", "Terraform"], ["team spirit"]),
        ("Experience with Java , SQL and Linux\nSelf-motivated", ["Java", "SQL", "Linux"], ["Self-motivated"]),
        ("Knowledge of AWS is a plus\nGreat office", ["AWS"], []),
    ]

    def spans(text, parts):
        return tuple((text.index(p), text.index(p) + len(p)) for p in parts)

    return [GoldDoc(f"d{i}", "job", text, {"knowledge": spans(text, k), "skill": spans(text, s)})
            for i, (text, k, s) in enumerate(rows)]


def test_shipped_artifact_loads_small_and_versioned(shipped_model, real_taxonomy):
    assert set(shipped_model.kinds) == {"job", "resume"}
    assert shipped_model.kinds["job"].layers == ("knowledge", "skill")
    assert shipped_model.version.startswith(f"{MODEL_FORMAT}.") and len(shipped_model.version) == len(MODEL_FORMAT) + 7
    assert shipped_model.version == model_version(shipped_model)
    assert DEFAULT_MODEL_PATH.stat().st_size < 9_000_000  # ctx-5: + the postings BiLSTM (word table 4.4 MB)
    extractor = make_extractor(real_taxonomy)  # the resume judge over the context extractor
    context = extractor.wrapped
    assert isinstance(extractor, Extractor) and isinstance(context, ContextExtractor)
    assert context.version.startswith(f"{CONTEXT_VERSION}.{shipped_model.version}+")
    assert len(context.version) <= 40 and context.model_id == "context"
    assert len(extractor.version) <= 40 and extractor.model_id == "context+resume-tagger"


def test_shipped_artifact_carries_word_clusters(shipped_model, real_taxonomy):
    clusters = shipped_model.clusters
    assert clusters is not None and len(clusters.table) > 20_000 and clusters.granularities == (128, 512)
    assert clusters.of("Python") is not None and clusters.of("zzqxunseenword") is None
    extractor = ContextExtractor(real_taxonomy, shipped_model)
    assert extractor.space.clusters is clusters  # the tagger's features read the artifact's table
    assert shipped_model.meta["clusters"]["words"] == len(clusters.table)


def test_model_version_participates_in_the_extractor_version_and_the_cache(shipped_model, taxonomy):
    kinds = dict(shipped_model.kinds)
    kinds["job"] = replace(kinds["job"], bias=kinds["job"].bias + 1.0)
    bumped = ExtractorModel(kinds, shipped_model.meta)
    bumped.version = model_version(bumped)
    assert bumped.version != shipped_model.version
    old, new = ContextExtractor(taxonomy, shipped_model), ContextExtractor(taxonomy, bumped)
    assert old.version != new.version and shipped_model.version in old.version and bumped.version in new.version
    engine = memory_engine()
    text = "Requirements: Python and Docker"
    extract_cached(engine, old, text, "job")
    extract_cached(engine, new, text, "job")  # a new model version must not read the old row
    from sqlmodel import Session, select

    from core.db.models import DocumentExtraction

    with Session(engine) as session:
        versions = sorted(r.extractor_version for r in session.exec(select(DocumentExtraction)))
    assert versions == sorted([old.version, new.version])


def test_retraining_is_deterministic(taxonomy, tmp_path):
    config = TrainConfig(epochs=3, seed=11, lexicon_folds=2, bias_grid=(0.0, 0.5))
    docs = _docs()
    a, _ = train_model(taxonomy, docs, docs[:2], [], config)
    b, _ = train_model(taxonomy, docs, docs[:2], [], config)
    ka, kb = a.kinds["job"], b.kinds["job"]
    assert np.array_equal(ka.rows, kb.rows) and np.array_equal(ka.weights, kb.weights)
    assert np.array_equal(ka.trans, kb.trans) and np.array_equal(ka.bias, kb.bias)
    assert ka.lexicon.phrases == kb.lexicon.phrases and len(ka.rows) > 0
    assert a.save(tmp_path / "a.npz") == b.save(tmp_path / "b.npz")
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    loaded = load_model(tmp_path / "a.npz")  # no pickle involved
    assert loaded.version == a.version and np.array_equal(loaded.kinds["job"].weights, ka.weights)
    c, _ = train_model(taxonomy, docs, docs[:2], [], replace(config, seed=12))
    assert c.kinds["job"].weights.shape != ka.weights.shape or not np.array_equal(c.kinds["job"].weights, ka.weights)


def test_missing_artifact_degrades_to_the_gazetteer(taxonomy, tmp_path):
    extractor = make_extractor(taxonomy, model_path=tmp_path / "missing.npz")
    plain = GazetteerExtractor(taxonomy)
    text = "Requirements: Python, Docker and Kubernetes"
    got = extractor.extract(text, "job")
    assert extractor.wrapped.version == plain.version
    assert [(m.skill_id, m.start, m.end) for m in got.mentions] == \
        [(m.skill_id, m.start, m.end) for m in plain.extract(text, "job").mentions]
    model = got.diagnostics["model"]
    assert model["loaded"] is False and "missing.npz" in model["reason"] and model["fallback"] == "gazetteer"


def test_open_vocabulary_mentions_and_diagnostics(real_taxonomy):
    extraction = make_extractor(real_taxonomy).extract(OPEN_TEXT, "job")
    for m in extraction.mentions:
        assert OPEN_TEXT[m.start:m.end] == m.surface
        assert m.layer in ("knowledge", "skill") and 0 < m.confidence <= 1
    by_surface = {m.surface: m for m in extraction.mentions}
    assert by_surface["Python"].skill_id == "python" and by_surface["Python"].requirement == "required"
    emerging = [m for m in extraction.mentions if m.skill_id is None]
    assert any("Temporal" in m.surface for m in emerging)
    d = extraction.diagnostics
    assert d["model"]["loaded"] is True and d["extractor"] == make_extractor(real_taxonomy).version
    summary = d["gate"]["summary"]
    assert {"mode", "embedder", "spans", "mapped", "emerging", "rejected", "retries"} <= set(summary)
    assert summary["mode"] == "literal" and summary["spans"] == len(d["mapping"])
    for row in d["mapping"]:
        assert {"surface", "start", "end", "decision", "skill_id", "candidates", "reason"} <= set(row)
        assert OPEN_TEXT[row["start"]:row["end"]] == row["surface"]
    assert len({(r["start"], r["end"]) for r in d["mapping"]}) == len(d["mapping"])


@pytest.mark.parametrize("kind", ["job", "resume"])
def test_offsets_are_exact_on_real_documents(real_taxonomy, kind):
    from core.evaluation.datasets import load_dotin, load_skillspan, shared_data_dir

    data = shared_data_dir()
    path = data / ("skillspan/dev.jsonl" if kind == "job" else "dotin_resumes/train.jsonl")
    if not path.is_file():
        pytest.skip(f"shared data absent: {path}")
    docs = load_skillspan(path, limit=12) if kind == "job" else load_dotin(path, limit=12)
    extractor = make_extractor(real_taxonomy)
    unmapped = 0
    for doc in docs:
        for m in extractor.extract(doc.text, kind).mentions:
            assert doc.text[m.start:m.end] == m.surface, (doc.id, m)
            unmapped += m.skill_id is None
    assert unmapped > 0  # open-vocabulary spans are among them


@pytest.mark.parametrize(("doc_id", "fold"), [("dotin-train-1", resume_fold("dotin-train-1"))])
def test_resume_folds_are_fixed_by_id_hash(doc_id, fold):
    import hashlib

    assert fold == int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 5


@pytest.mark.parametrize(("text", "listed"), [
    ("Requirements: Python, FastAPI, PostgreSQL and Docker.", {"python", "fastapi", "postgresql", "docker"}),
    ("Stack: Java / Spring Boot / Kafka", {"java", "spring_boot", "apache_kafka"}),
])
def test_items_of_a_list_with_an_accepted_skill_are_accepted(real_taxonomy, text, listed):
    extraction = make_extractor(real_taxonomy).extract(text, "job")
    found = {m.skill_id for m in extraction.mentions}
    assert listed <= found
    assert all(text[m.start:m.end] == m.surface for m in extraction.mentions)


@pytest.mark.parametrize(("text", "items"), [
    ("Requirements:\n- Good command of PowerPoint Excel and English", {"PowerPoint", "Excel", "English"}),
    ("Nice to have:\n- Experience with Spring Boot", {"Spring Boot"}),  # a taxonomy name is never cut
])
def test_list_items_without_commas_are_separate_mentions(shipped_model, real_taxonomy, text, items):
    """The shipped list-item splitter (core.skills.junction): without it "PowerPoint Excel" was one mention."""
    assert shipped_model.kinds["job"].junction is not None
    mentions = ContextExtractor(real_taxonomy, shipped_model).extract(text, "job").mentions
    assert items <= {m.surface for m in mentions if m.layer == "knowledge"}
