"""Taxonomy v2 (`python -m core build-taxonomy`): old ids kept, deterministic, curated-only without ../shared,
the common-word guard, ESCO alt-label recovery, and the O*NET / ESCO selection rules."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest

from core.db.models import DocumentExtraction, JobPosting, JobSkill
from core.db.session import init_schema, memory_engine, session_scope
from core.skills.models import UserCorrection
from core.taxonomy.build import title_vectors_step
from core.taxonomy.build.common_words import is_common_word
from core.taxonomy.build.esco_step import reads_as_name, verb_starts
from core.taxonomy.build.onet_step import _is_generic
from core.taxonomy.build.runner import default_shared_dir, make_context, run_build
from core.taxonomy.build.sources import read_esco
from core.taxonomy.build.surfaces import Surfaces, new_row
from core.taxonomy.load import load_taxonomy
from core.taxonomy.placement_embed import read_meta
from sqlmodel import select

ROOT = Path(__file__).resolve().parents[2]
TAXONOMY_DIR = ROOT / "data" / "taxonomy"
TABLES = TAXONOMY_DIR / "tables"
SHARED = default_shared_dir(ROOT)
OLD_IDS = [line for line in (Path(__file__).parent / "fixtures" / "skill_ids_tax-2026.12.2.txt")
           .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
needs_shared = pytest.mark.skipif(not (SHARED / "onet").is_dir() or not (SHARED / "esco").is_dir(),
                                  reason="../shared/data/onet and esco absent: the derived build cannot run")


class HashEmbedder:
    """Stands in for the sentence model in builds: a fixed pseudo-random unit vector per text."""

    def encode(self, texts):
        rows = [np.random.default_rng(int(hashlib.sha1(t.encode()).hexdigest()[:8], 16)).normal(size=384)
                for t in texts]
        return np.array(rows, dtype=np.float32) / np.linalg.norm(rows, axis=1, keepdims=True)


@pytest.fixture(autouse=True)
def fake_title_model(monkeypatch):
    """The title-vectors step embeds with a stand-in (the real model would take minutes and is not needed)."""
    monkeypatch.setattr(title_vectors_step, "build_embedder", HashEmbedder)


def _titles_and_key(root: Path) -> tuple:
    meta = read_meta(root) or {}
    return meta.get("key"), meta.get("titles")


def _build(out: Path, shared: Path | None) -> dict[str, int]:
    (out / "VERSION").parent.mkdir(parents=True, exist_ok=True)
    (out / "VERSION").write_text((TAXONOMY_DIR / "VERSION").read_text(encoding="utf-8"), encoding="utf-8")
    return run_build(make_context(TABLES, out, shared))


def _files(root: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(root.glob("skills/*.jsonl"))}


def test_frozen_id_list_is_the_old_taxonomy():
    assert len(OLD_IDS) == 2052 and len(set(OLD_IDS)) == 2052


def test_every_old_id_is_kept_in_the_shipped_taxonomy(taxonomy):
    assert [sid for sid in OLD_IDS if sid not in taxonomy.skills] == []
    assert taxonomy.version == "tax-2026.12.3"


def test_curated_only_build_without_shared_keeps_every_id(tmp_path, capsys):
    counts = _build(tmp_path, tmp_path / "no-shared")
    assert "skipping O*NET" in capsys.readouterr().out
    assert counts["onet.skipped"] == 1 and counts["finish.onet"] == 0 and counts["finish.esco"] == 0
    skills = load_taxonomy(tmp_path).skills
    assert set(OLD_IDS) <= set(skills)
    assert skills["cpa"].category == "certification" and skills["pmp"].category == "certification"


@needs_shared
def test_build_is_deterministic_and_matches_the_shipped_files(tmp_path):
    _build(tmp_path / "a", SHARED)
    _build(tmp_path / "b", SHARED)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert _files(tmp_path / "a") == _files(TAXONOMY_DIR)
    # the title matrix: the same titles and key as shipped (vectors depend on model numerics: not compared)
    assert _titles_and_key(tmp_path / "a") == _titles_and_key(tmp_path / "b") == _titles_and_key(TAXONOMY_DIR)
    assert (tmp_path / "a" / "title_vectors.npy").read_bytes() == (tmp_path / "b" / "title_vectors.npy").read_bytes()


def test_stored_records_with_old_ids_resolve_after_v2(taxonomy):
    """A SQLite DB written before v2 (posting skills, a clarify answer's corrections in the extraction cache)."""
    engine = memory_engine()
    init_schema(engine)
    with session_scope(engine) as session:
        posting = JobPosting(source="demo", external_id="old-1", text_hash="0" * 64, title="Nurse", description="x")
        session.add(posting)
        session.flush()
        session.add_all(JobSkill(posting_id=posting.id, skill_id=sid, name=sid) for sid in OLD_IDS)
        answers = [UserCorrection("add", sid, name=sid, level=2).to_dict() for sid in OLD_IDS]
        session.add(DocumentExtraction(doc_type="resume", text_sha256="0" * 64, extractor_version="old",
                                       model_id="m", prompt_version="p", status="ready",
                                       user_corrections_json=json.dumps(answers)))
    with session_scope(engine) as session:
        stored = [row.skill_id for row in session.exec(select(JobSkill))]
        cache = session.exec(select(DocumentExtraction)).one()
        corrections = [UserCorrection.from_dict(c) for c in json.loads(cache.user_corrections_json)]
    assert [sid for sid in stored if taxonomy.get(sid) is None] == []
    assert [c.skill_id for c in corrections if taxonomy.get(c.skill_id) is None] == []


@pytest.mark.parametrize("form, common", [
    ("guide", True), ("canvas", True), ("anatomy", True), ("blink", True), ("r", True), ("Facebook", True),
    ("pharmacology", False), ("quickbooks", False), ("procore", False), ("s-plus", False),
    ("month-end close", False), ("lotus 1-2-3", False),
])
def test_common_word_guard(form, common):
    assert is_common_word(form) is common


def test_surfaces_refuse_shared_and_common_aliases():
    rows = [new_row("a", "Alpha Tool", "tool", []), new_row("b", "Beta Tool", "tool", [])]
    surfaces = Surfaces(rows)
    assert surfaces.add_alias("a", "beta tool") is False  # owned by b: never silently shared
    assert surfaces.add_alias("a", "guide") is False  # an everyday word
    assert surfaces.add_alias("a", "alphatool pro") is True
    assert rows[0]["aliases"] == ["alphatool pro"] and surfaces.skipped == {"shared": 1, "common": 1}


def test_shipped_derived_rows_have_no_always_on_common_word(taxonomy):
    bad = [(s.id, f) for s in taxonomy.skills.values() if s.source
           for f in (s.name, *s.aliases) if is_common_word(f) and f.lower() not in s.ambiguous_forms]
    assert bad == []


def test_derived_fields_on_shipped_skills(taxonomy):
    if not any(s.source for s in taxonomy.skills.values()):
        pytest.skip("shipped taxonomy was built without ../shared")
    assert taxonomy.skills["quickbooks"].onet_commodity.startswith("43231601")
    assert taxonomy.skills["quickbooks"].hot and taxonomy.skills["quickbooks"].in_demand
    assert taxonomy.skills["procore"].source == "onet" and taxonomy.skills["procore"].hot
    assert taxonomy.skills["pharmacology"].esco_uri.startswith("http://data.europa.eu/esco/skill/")
    assert not taxonomy.skills["pmp"].source  # curated rows carry no source


@pytest.mark.parametrize("label, ok", [
    ("pharmacology", True), ("animal welfare legislation", True), ("business law", True),
    ("manage time", False), ("advise customers", False), ("bend wire", False), ("allocate bills", False),
    ("accurately estimate work hours", False), ("types of paint", False), ("anatomy", False),
    ("health and safety in the textile industry", False),
])
def test_esco_labels_that_read_as_skill_names(label, ok):
    assert reads_as_name(label, {"manage", "advise"}) is ok


@pytest.mark.parametrize("name, generic", [
    ("Web browser software", True), ("Learning management system LMS", True), ("Spreadsheet software", True),
    ("Procore software", False), ("Intuit QuickBooks", False), ("Dropbox", False), ("Microsoft Windows", False),
])
def test_onet_generic_examples(name, generic):
    assert _is_generic(name) is generic


def test_esco_alt_lists_reattached_to_the_concept_they_name(tmp_path):
    """The shipped cross-sector file has alt lists on the wrong rows; a list goes to the label it contains."""
    rows = [("u1", "pharmacology", "construction project management\nensure compliance with deadlines"),
            ("u2", "ensure compliance with deadlines", "study of pharmacology\npharmacology"),
            ("u3", "show initiative", "take the initiative")]
    with (tmp_path / "skills_en_crosssector_transversal.csv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("conceptUri,reuseLevel,preferredLabel,altLabels\n")
        fh.writelines(f'{u},cross-sector,{label},"{alts}"\n' for u, label, alts in rows)
    for name in ("transversalSkillsCollection_en.csv", "ictSkillsCollection_en.csv", "languageSkillsCollection_en.csv"):
        (tmp_path / name).write_text("conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels\n")
    got = {s.label: s.alts for s in read_esco(tmp_path)}
    assert got["pharmacology"] == ["study of pharmacology"]
    assert got["ensure compliance with deadlines"] == ["construction project management"]
    assert got["show initiative"] == ["take the initiative"]
    assert verb_starts(read_esco(tmp_path)) == set()
