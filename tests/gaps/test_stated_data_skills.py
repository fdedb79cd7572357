"""A data engineer's resume states its pipelines and data models in plain words: they are held, never gaps.

Seen on the Gaps page for a resume with "Built batch pipelines in Python and SQL on Snowflake; modelled data with
dbt" and Airflow/Kafka: Data Pipelines, ETL and Data Modeling were listed as Missing. The wording is read now
(aliases), and tools that cannot be used without the practice imply it (prerequisites)."""

from __future__ import annotations

import pytest

from core.config import TAXONOMY_DIR
from core.gaps.estimate import implied_level
from core.gaps.profile import ProfileSkills


@pytest.fixture(scope="module")
def taxonomy():
    return pytest.importorskip("core.taxonomy.load").load_taxonomy(TAXONOMY_DIR)


@pytest.fixture(scope="module")
def extractor(taxonomy):
    from core.skills.extract import make_extractor

    return make_extractor(taxonomy)


@pytest.mark.parametrize("line, skill_id", [
    ("Modelled data with dbt for the finance marts.", "data_modeling"),
    ("Modeled data in Snowflake for analytics.", "data_modeling"),
    ("Built streaming data pipelines on Kafka.", "data_pipelines"),
    ("Designed ingestion pipelines for 40 sources.", "data_pipelines"),
])
def test_plain_wording_is_read(extractor, line, skill_id):
    found = {m.skill_id for m in extractor.extract(line, "resume").mentions}
    assert skill_id in found, found


@pytest.mark.parametrize("held, implied", [
    ("apache_airflow", "data_pipelines"), ("batch_processing", "data_pipelines"),
    ("stream_processing", "data_pipelines"), ("dbt", "etl"),
])
def test_tools_imply_the_practice(taxonomy, held, implied):
    level, names = implied_level(ProfileSkills(levels={held: 3}, names={held: held}), taxonomy, implied)
    assert level == 3 and names
