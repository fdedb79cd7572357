"""Level fallback for resume skills: stated level, else years of use (stated, or from the dated roles that mention
the skill), else the L2 assumption (recorded in diagnostics)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from core.gaps import settings as gap_settings
from core.skills.levels import DEFAULT_LEVEL, apply_levels, level_reasons, resume_level, stated_level
from core.skills.models import Extraction, SkillMention
from core.skills.role_years import RoleYears
from core.skills.seniority import level_from_years

TODAY = date(2026, 11, 18)


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
    ("stated", "years", "role_span", "level", "source"),
    [
        (None, None, 7.9, 4, "roles"),
        (None, None, 0.5, 1, "roles"),
        (None, 5, 2.0, 4, "years"),  # "5+ years of SQL" beats a 2-year role
        (None, 2, 7.9, 4, "roles"),  # ... and a longer dated span beats a smaller stated number
        (1, None, 7.9, 1, "stated"),  # a stated "(beginner)" wins over dates
    ],
)
def test_resume_level_with_dated_roles(stated, years, role_span, level, source):
    decision = resume_level(stated, years, RoleYears(role_span, ("Data Engineer, Acme (Jan 2019 – Present)",)))
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
        ("Working knowledge of Python", "Python", 2),
        ("- Working with Python and Airflow daily", "Python", None),  # a bullet, not a stated level
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
        "Docker: no dated role mentions it -> assumed L2", "Kubernetes: no dated role mentions it -> assumed L2"]


def test_profile_uses_the_same_rule(taxonomy):
    from core.gaps.profile import ProfileSkills
    from core.skills.contextual import ContextExtractor

    extraction = ContextExtractor(taxonomy, None).extract("Skills\nPython (6 years), Docker", "resume")
    profile = ProfileSkills.from_extraction(extraction)
    assert profile.level("python") == 4 and profile.level("docker") == DEFAULT_LEVEL
    assert profile.assumed == frozenset({"docker"})


DE_RESUME = """Jordan Miller
Senior Data Engineer

Skills
Python, SQL, k8s, Apache Spark, Airflow, AWS, Docker

Experience
Senior Data Engineer, Acme — Mar 2021 – Present
- Built batch pipelines in Python and Spark; orchestrated Airflow DAGs.
- Modelled the warehouse with dbt on Snowflake; tuned SQL queries.

Data Engineer, Beta — 2016 – 2021
- Wrote ETL jobs in Python and SQL; ran Spark jobs on EMR.
"""
BOTH = "Senior Data Engineer, Acme (Mar 2021 – Present) and Data Engineer, Beta (2016 – 2021): 10.8 years -> L4"

CASES = {
    # name: (resume text, {surface: (skill_id, years stated on the mention)}, {skill_id: (level, source, note)})
    "one role, Python in a bullet": (
        "Experience\nData Engineer, Acme — Jan 2019 – Present\n- Built pipelines in Python.\n",
        {"Python": ("python", None)},
        {"python": (4, "roles", "Data Engineer, Acme (Jan 2019 – Present): 7.9 years -> L4")}),
    "Skills line only": (
        "Skills\nPython, Docker\n\nExperience\nData Engineer, Acme — Jan 2019 – Present\n- Built Python jobs.\n",
        {"Docker": ("docker", None)},
        {"docker": (2, "default", "no dated role mentions it -> assumed L2")}),
    "overlapping roles counted once": (
        "Experience\nEngineer, A — Jan 2018 – Dec 2020\n- Python services.\n\n"
        "Consultant, B — Jan 2020 – Dec 2021\n- Python tooling.\n",
        {"Python": ("python", None)},
        {"python": (3, "roles", "Consultant, B (Jan 2020 – Dec 2021) and Engineer, A (Jan 2018 – Dec 2020): "
                               "4 years -> L3")}),
    "5+ years of SQL beats a 2-year role": (
        "Summary\n5+ years of SQL.\n\nExperience\nAnalyst, Beta — Jan 2020 – Dec 2021\n- Reports in SQL.\n",
        {"SQL": ("sql", 5.0)},
        {"sql": (4, "years", "5 years of use stated (its dated roles cover 2) -> L4")}),
    "stated beginner wins": (
        "Skills\nPython (beginner)\n\nExperience\nData Engineer, Acme — Jan 2019 – Present\n- Python jobs.\n",
        {"Python": ("python", None)},
        {"python": (1, "stated", "level stated next to it -> L1")}),
    "two-role data engineer": (
        DE_RESUME,
        {"Python": ("python", None), "SQL": ("sql", None), "Apache Spark": ("spark", None), "Spark": ("spark", None),
         "Docker": ("docker", None), "dbt": ("dbt", None), "k8s": ("kubernetes", None)},
        {"python": (4, "roles", BOTH), "sql": (4, "roles", BOTH), "spark": (4, "roles", BOTH),
         "dbt": (4, "roles", "Senior Data Engineer, Acme (Mar 2021 – Present): 5.8 years -> L4"),
         "docker": (2, "default", "no dated role mentions it -> assumed L2"),
         "kubernetes": (2, "default", "no dated role mentions it -> assumed L2")}),
}


def _extraction(text: str, found: dict[str, tuple[str, float | None]]) -> Extraction:
    """Every whole-word occurrence of each surface as a mention (as an extractor would find them)."""
    mentions = [SkillMention(skill_id, surface, surface, m.start(), m.end(), years=years)
                for surface, (skill_id, years) in found.items()
                for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text)]
    return Extraction(sorted(mentions, key=lambda m: m.start), kind="resume")


@pytest.mark.parametrize("case", list(CASES))
def test_levels_from_evidence(case):
    text, found, expected = CASES[case]
    extraction = apply_levels(_extraction(text, found), text, today=TODAY)
    rows = {}
    for row in extraction.diagnostics["levels"]:
        rows.setdefault(row["skill_id"], (row["level"], row["source"], row["note"]))
    assert {sid: rows[sid] for sid in expected} == expected
    years = {row["skill_id"]: row["years"] for row in extraction.diagnostics["levels"]}
    for m in extraction.mentions:  # one level (and years of use) per skill on every occurrence; defaults stay None
        level, source, _ = rows[m.skill_id]
        assert m.level == (None if source == "default" else level)
        assert m.years == (years[m.skill_id] if source in ("years", "roles") else found[m.surface][1])


def test_spark_in_bullets_counts_for_the_listed_apache_spark():
    text, found = DE_RESUME, {"Apache Spark": ("spark", None)}  # only the Skills-line surface was extracted
    extraction = _extraction(text, found)
    extraction.mentions.append(SkillMention("spark", "Apache Spark", "Spark", text.index("Spark;"),
                                            text.index("Spark;") + 5))
    got = level_reasons(apply_levels(extraction, text, today=TODAY))["spark"]
    assert (got.level, got.source) == (4, "roles")
    assert got.text.startswith("used in Senior Data Engineer, Acme (Mar 2021 – Present)")


def test_assumed_skills_are_listed_and_read_back():
    text, found, _ = CASES["two-role data engineer"]
    extraction = apply_levels(_extraction(text, found), text, today=TODAY)
    assert extraction.diagnostics["assumptions"] == ["k8s: no dated role mentions it -> assumed L2",
                                                     "Docker: no dated role mentions it -> assumed L2"]
    reasons = level_reasons(extraction)
    assert reasons["docker"].text == "no dated role mentions it" and reasons["python"].level == 4
    assert level_reasons(Extraction(kind="resume")) == {}  # cached before reasons existed


def test_profile_reads_the_levels_from_dates():
    from core.gaps.profile import ProfileSkills

    text, found, _ = CASES["two-role data engineer"]
    profile = ProfileSkills.from_extraction(apply_levels(_extraction(text, found), text, today=TODAY))
    assert {sid: profile.level(sid) for sid in ("python", "sql", "spark", "docker")} == {
        "python": 4, "sql": 4, "spark": 4, "docker": 2}
    assert profile.assumptions == ("Docker level assumed L2 (no dated role mentions it)",
                                   "k8s level assumed L2 (no dated role mentions it)")


def test_levels_are_the_same_when_applied_twice():
    """The extractor and the resume judge both apply levels: years written back from dated roles are not read
    the second time as years the person stated."""
    text, found, _ = CASES["two-role data engineer"]
    once = apply_levels(_extraction(text, found), text, today=TODAY)
    rows = [(r["skill_id"], r["level"], r["source"], r["note"]) for r in once.diagnostics["levels"]]
    twice = apply_levels(once, text, today=TODAY)
    assert [(r["skill_id"], r["level"], r["source"], r["note"]) for r in twice.diagnostics["levels"]] == rows
    assert level_reasons(twice)["python"].source == "roles"
