"""Milestone templates: keyed by real taxonomy ids, concrete, checkpoints for unfinished parts."""

from __future__ import annotations

import pytest

from core.config import TAXONOMY_DIR
from core.gaps.milestones import BY_CATEGORY, BY_SKILL, milestone_for
from core.taxonomy.models import CATEGORIES, Skill


def test_every_category_has_a_template():
    assert set(BY_CATEGORY) == set(CATEGORIES)


@pytest.mark.skipif(not (TAXONOMY_DIR / "skills").is_dir(), reason="data/taxonomy has not been built")
def test_skill_templates_use_real_ids():
    from core.taxonomy.load import load_taxonomy

    taxonomy = load_taxonomy(TAXONOMY_DIR)
    assert [sid for sid in BY_SKILL if sid not in taxonomy.skills] == []


@pytest.mark.parametrize("part, parts, expect", [
    (1, 2, 'Checkpoint for Docker (part 1/2): work through the next 6 h of "Docker docs"'),
    (2, 2, "Containerise"),
    (1, 1, "Containerise"),
])
def test_checkpoint_until_the_last_part(part, parts, expect):
    text = milestone_for(Skill("docker", "Docker", "devops"), part, parts, resource="Docker docs", hours=6)
    assert text.startswith(expect)


def test_second_skill_is_woven_in():
    text = milestone_for(Skill("docker", "Docker", "devops"), other=Skill("git", "Git", "tool"))
    assert text.endswith("Use Git in it where it fits.")
