"""Ambiguous forms next to places and as everyday adjectives (core.skills.ambiguity), over the project taxonomy
(issue 19: 'Sacramento, CA' was read as Chartered Accountant, '(Phoenix, AZ)' as the Phoenix framework and
'keep the kitchen safe' as the Scaled Agile Framework)."""

from __future__ import annotations

import pytest

from core.config import TAXONOMY_DIR
from core.skills.gazetteer import GazetteerExtractor


@pytest.fixture(scope="module")
def real_extractor():
    """Extractor over data/taxonomy (skips when the taxonomy is not built)."""
    load = pytest.importorskip("core.taxonomy.load", reason="core.taxonomy.load not available").load_taxonomy
    if not (TAXONOMY_DIR / "skills").is_dir():
        pytest.skip("data/taxonomy/skills not built")
    return GazetteerExtractor(load(TAXONOMY_DIR))


NOT_SKILLS = [
    ("Brooklyn Castillo\nSpecial Education Teacher  |  Sacramento, CA  |  916-555-0133\n", "chartered_accountant"),
    ("Certified Pharmacy Technician — Retail Pharmacy (Phoenix, AZ)\n", "phoenix"),
    ("Pharmacist, Walgreens, Phoenix, AZ | 2019 – Present\n", "phoenix"),
    ("I run the pass and keep the kitchen safe, clean and calm under pressure.\n", "safe"),
    ("- Keep the store safe and compliant with health and safety procedures\n", "safe"),
]


@pytest.mark.parametrize("text, skill_id", NOT_SKILLS, ids=[f"{c[1]}-{i}" for i, c in enumerate(NOT_SKILLS)])
def test_a_place_or_an_everyday_adjective_is_not_the_skill(real_extractor, text, skill_id):
    kind = "resume" if "Brooklyn" in text or "I run" in text else "job"
    assert skill_id not in {m.skill_id for m in real_extractor.extract(text, kind).mentions}


STILL_SKILLS = [
    ("Skills: Elixir, Phoenix, Ecto and PostgreSQL", "phoenix"),
    ("Scaled delivery with SAFe, Scrum and Kanban across four release trains", "safe"),
    ("Qualified CA (ICAI) and CPA with IFRS experience", "chartered_accountant"),
]


@pytest.mark.parametrize("text, skill_id", STILL_SKILLS, ids=[c[1] for c in STILL_SKILLS])
def test_the_same_words_as_skills_are_still_found(real_extractor, text, skill_id):
    assert skill_id in {m.skill_id for m in real_extractor.extract(text, "job").mentions}
