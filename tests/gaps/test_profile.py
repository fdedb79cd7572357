"""ProfileSkills.from_extraction: levels from stated level, years, or the L2 default with an assumption."""

from __future__ import annotations

import pytest

from core.errors import InvalidInput
from core.gaps.profile import ProfileSkills
from core.skills.models import Extraction, SkillMention
from core.skills.models import UserCorrection as C


def mention(skill_id, name, years=None, level=None):
    """A resume mention with dummy offsets."""
    return SkillMention(skill_id, name, name, 0, len(name), section="skills", years=years, level=level)


@pytest.mark.parametrize("years, level", [
    (0.0, 1), (0.5, 1), (0.99, 1), (1.0, 2), (2.9, 2), (3.0, 3), (4.5, 3), (5.0, 4), (12.0, 4),
])
def test_level_from_years(years, level):
    profile = ProfileSkills.from_extraction(Extraction([mention("python", "Python", years=years)], kind="resume"))
    assert profile.level("python") == level
    assert profile.assumptions == ()


@pytest.mark.parametrize("mentions, expected, assumed", [
    ([mention("python", "Python")], 2, True),
    ([mention("python", "Python", level=4)], 4, False),
    ([mention("python", "Python", level=3, years=0.5)], 3, False),  # a stated level wins over years
    ([mention("python", "Python"), mention("python", "Python", years=6)], 4, False),
    ([mention("python", "Python", level=2), mention("python", "Python", level=3)], 3, False),
])
def test_level_rules(mentions, expected, assumed):
    profile = ProfileSkills.from_extraction(Extraction(mentions, kind="resume"))
    assert profile.level("python") == expected
    assert ("python" in profile.assumed) is assumed


@pytest.mark.parametrize("evidence, expected", [
    ([mention("python", "Python", years=6)], 4),  # "Python (6 years)" further down: an evidence occurrence
    ([mention("python", "Python", level=3)], 3),
    ([], 2),
])
def test_evidence_occurrences_count_for_levels(evidence, expected):
    extraction = Extraction([mention("python", "Python")], kind="resume", evidence=evidence)
    assert ProfileSkills.from_extraction(extraction).level("python") == expected


def test_extraction_round_trip_keeps_evidence():
    extraction = Extraction([mention("python", "Python")], kind="resume", evidence=[mention("python", "Python", 6)])
    again = Extraction.from_dict(extraction.to_dict())
    assert again == extraction and [m.years for m in again.occurrences()] == [None, 6]
    assert Extraction.from_dict({"mentions": []}).evidence == []  # rows cached before the field existed


def test_default_level_is_explained():
    profile = ProfileSkills.from_extraction(Extraction([mention("python", "Python")], kind="resume"))
    assert profile.assumptions == ("Python level assumed L2 (no dated role mentions it)",)


def test_unmapped_mentions_are_ignored():
    profile = ProfileSkills.from_extraction(Extraction([mention(None, "Quantum knitting")], kind="resume"))
    assert dict(profile.levels) == {}


@pytest.mark.parametrize("corrections, levels, assumed", [
    ([C("set_level", "python", level=4)], {"python": 4, "sql": 2}, {"sql"}),
    ([C("set_level", "python", years=3.5)], {"python": 3, "sql": 2}, {"sql"}),
    ([C("reject", "sql")], {"python": 2}, {"python"}),
    ([C("add", "docker", "Docker", level=1)], {"python": 2, "sql": 2, "docker": 1}, {"python", "sql"}),
    ([C("add", "docker", "Docker")], {"python": 2, "sql": 2, "docker": 2}, {"python", "sql", "docker"}),
    ([C("confirm", "sql")], {"python": 2, "sql": 2}, {"python", "sql"}),
    ([C("reject", "sql"), C("add", "sql", level=3)], {"python": 2, "sql": 3}, {"python"}),
    ([C("reject", None, "Unmapped")], {"python": 2, "sql": 2}, {"python", "sql"}),
])
def test_corrections_win(corrections, levels, assumed):
    extraction = Extraction([mention("python", "Python"), mention("sql", "SQL")], kind="resume")
    profile = ProfileSkills.from_extraction(extraction, corrections)
    assert dict(profile.levels) == levels
    assert profile.assumed == assumed


def test_added_skill_without_level_is_an_assumption():
    profile = ProfileSkills.from_extraction(Extraction([], kind="resume"), [C("add", "docker", "Docker")])
    assert profile.assumptions == ("Docker level assumed L2 (added without a level)",)


@pytest.mark.parametrize("bad", [0, 5, -1])
def test_correction_level_out_of_range(bad):
    with pytest.raises(InvalidInput):
        ProfileSkills.from_extraction(Extraction([], kind="resume"), [C("set_level", "python", level=bad)])
