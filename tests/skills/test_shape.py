"""core.skills.shape: an unmapped phrase is shown as a skill only when it reads like a skill's name."""

from __future__ import annotations

import pytest

from core.skills.shape import skill_shaped


@pytest.mark.parametrize(("phrase", "shaped"), [
    ("Kafka Connect", True),
    ("stakeholder management", True),
    ("Kahoot!", True),
    ("Temporal", True),  # a capitalised single word can be a product
    ("B2B content marketing", True),
    ("Write and maintain Airflow DAGs", False),  # a duty: starts with a verb
    ("Building new product features", False),
    ("assign acuity using ESI", False),
    ("Perform initial", False),
    ("cleaning and", False),  # fragments
    ("handbook and policies up", False),
    ("ADP preferred)", False),
    ("Investigate and resolve employee relations issues;", False),
    ("another", False),  # an ordinary lower-case word
    ("data engineer", False),  # a job title
    ("regulated environment", False),
    ("Design, build and operate batch", False),
])
def test_skill_shaped(phrase, shaped):
    assert skill_shaped(phrase)[0] is shaped
