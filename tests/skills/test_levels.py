"""Level fallback for resume skills: stated level, else years, else the L2 assumption (recorded in diagnostics)."""

from __future__ import annotations

import pytest

from core.gaps import settings as gap_settings
from core.skills.levels import DEFAULT_LEVEL, resume_level, stated_level
from core.skills.seniority import level_from_years


@pytest.mark.parametrize(
    ("stated", "years", "level", "source"),
    [
        (None, None, 2, "default"),
        (None, 0.5, 1, "years"),
        (None, 1, 2, "years"),
        (None, 2.9, 2, "years"),
        (None, 3, 3, "years"),
        (None, 4.5, 3, "years"),
        (None, 5, 4, "years"),
        (None, 12, 4, "years"),
        (4, 0.5, 4, "stated"),  # a stated level wins over years
        (1, None, 1, "stated"),
    ],
)
def test_resume_level_rule(stated, years, level, source):
    decision = resume_level(stated, years)
    assert (decision.level, decision.source) == (level, source)
    assert decision.assumed == (source == "default")
    assert decision.note


@pytest.mark.parametrize(
    ("text", "skill", "level"),
    [
        ("Python (Expert), SQL", "Python", 4),
        ("SQL - advanced", "SQL", 3),
        ("Advanced Excel and Word", "Excel", 3),
        ("expert in Kubernetes", "Kubernetes", 4),
        ("basic knowledge of R", "R", 1),
        ("Java, Python", "Python", None),
        ("Beginner\nPython", "Python", None),  # a word on another line is not about this skill
    ],
)
def test_stated_level(text, skill, level):
    start = text.index(skill)
    assert stated_level(text, start, start + len(skill)) == level


def test_one_place_for_the_rule():
    assert gap_settings.DEFAULT_LEVEL == DEFAULT_LEVEL == 2
    assert gap_settings.level_from_years is level_from_years


def test_extraction_records_each_assumption(taxonomy):
    from core.skills.contextual import ContextExtractor

    extractor = ContextExtractor(taxonomy, None)  # no model: the gazetteer path records levels too
    text = "Skills\nPython (6 years), Docker\nSQL (Expert)\nKubernetes"
    extraction = extractor.extract(text, "resume")
    levels = {row["surface"]: (row["level"], row["source"]) for row in extraction.diagnostics["levels"]}
    assert levels == {"Python": (4, "years"), "Docker": (2, "default"), "SQL": (4, "stated"),
                      "Kubernetes": (2, "default")}
    by_surface = {m.surface: m.level for m in extraction.mentions}
    assert by_surface == {"Python": 4, "Docker": None, "SQL": 4, "Kubernetes": None}  # defaults stay assumptions
    assert extraction.diagnostics["assumptions"] == [
        "Docker: no level or years stated -> assumed L2", "Kubernetes: no level or years stated -> assumed L2"]


def test_profile_uses_the_same_rule(taxonomy):
    from core.gaps.profile import ProfileSkills
    from core.skills.contextual import ContextExtractor

    extraction = ContextExtractor(taxonomy, None).extract("Skills\nPython (6 years), Docker", "resume")
    profile = ProfileSkills.from_extraction(extraction)
    assert profile.level("python") == 4 and profile.level("docker") == DEFAULT_LEVEL
    assert profile.assumed == frozenset({"docker"})
