"""A skill a held skill requires counts as held in the Jobs skill delta (Epic EHR states EHR; MySQL states SQL)."""

from __future__ import annotations

import pytest

from core.matching.query import resume_query
from core.skills.models import Extraction, SkillMention
from core.taxonomy.models import Skill, Taxonomy

TAX = Taxonomy(skills={
    "electronic_health_records": Skill("electronic_health_records", "Electronic Health Records", "healthcare"),
    "epic_ehr": Skill("epic_ehr", "Epic", "tool", prerequisites=("electronic_health_records",)),
    "sql": Skill("sql", "SQL", "database"),
    "mysql": Skill("mysql", "MySQL", "database", prerequisites=("sql",)),
})


def _extraction(*ids: str) -> Extraction:
    mentions = [SkillMention(skill_id=s, name=TAX.skills[s].name, surface=TAX.skills[s].name, start=i * 10,
                             end=i * 10 + len(TAX.skills[s].name)) for i, s in enumerate(ids)]
    return Extraction(mentions=mentions, kind="resume")


@pytest.mark.parametrize("held, implied", [("epic_ehr", "electronic_health_records"), ("mysql", "sql")])
def test_prerequisite_of_a_held_skill_is_held(held, implied):
    with_tax = resume_query(_extraction(held), taxonomy=TAX)
    assert with_tax.levels[implied] == with_tax.levels[held] > 0
    assert implied not in resume_query(_extraction(held)).levels  # without the taxonomy: only what is written


def test_a_stated_level_is_not_lowered_by_an_implied_one():
    query = resume_query(_extraction("sql", "mysql"), taxonomy=TAX)
    assert query.levels["sql"] >= query.levels["mysql"]
