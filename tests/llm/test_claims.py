"""The claims check: what a reply says the resume shows or lacks must agree with the extraction."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from core.llm.claims import ResumeFacts, claim_problems, claims_guard, find_claims
from core.llm.fallback import with_fallback
from core.llm.fvs import SkillLexicon, skill_guard
from core.llm.mock import MockLLM
from core.llm.prompts import render
from core.taxonomy.models import Skill, Taxonomy

LEX = SkillLexicon.from_taxonomy(Taxonomy(skills={s.id: s for s in [
    Skill("etl", "ETL", "data", aliases=("extract, transform, load", "data pipelines")),
    Skill("python", "Python", "programming_language"),
    Skill("sql", "SQL", "data"),
    Skill("spark", "Apache Spark", "data", aliases=("Spark",)),
    Skill("docker", "Docker", "devops"),
]}))
# held: Python, SQL, Docker (Docker is held below the target's level: a partial gap); gaps: ETL, Spark, Docker
FACTS = ResumeFacts.of(held={"python", "sql", "docker"}, gaps={"etl", "spark", "docker"})

# (text, expected (skill, has) claims)
CLAIMS = [
    ("Your resume already shows ETL in depth.", [("etl", True)]),
    ("Your CV clearly demonstrates Spark.", [("spark", True)]),
    ("You have experience with ETL and Spark.", [("etl", True), ("spark", True)]),
    ("You're strong in Python.", [("python", True)]),
    ("You already know data pipelines well.", [("etl", True)]),
    ("ETL is already on your resume.", [("etl", True)]),
    ("Your strengths include SQL and ETL.", [("sql", True), ("etl", True)]),
    ("You've built Spark jobs before — how did you tune them?", [("spark", True)]),
    ("You lack ETL.", [("etl", False)]),
    ("ETL is missing from your resume.", [("etl", False)]),
    ("There is no evidence of Spark on your resume.", [("spark", False)]),
    ("Your biggest gap is ETL.", [("etl", False)]),
    ("You don't yet show ETL.", [("etl", False)]),
    ("Your resume does not mention Spark.", [("spark", False)]),
    ("You have no experience with ETL.", [("etl", False)]),
    ("You haven't used Spark yet.", [("spark", False)]),
    ("ETL and Spark are not on your resume.", [("etl", False), ("spark", False)]),
    ("Your resume shows Python, but you lack ETL.", [("python", True), ("etl", False)]),
    ("You're missing SQL.", [("sql", False)]),
    ("You don't lack Python.", [("python", True)]),
    ("Your resume shows Python and ETL is a gap.", [("python", True), ("etl", False)]),
    ("Given your experience with Python, ETL should come quickly.", [("python", True)]),
    ("You have experience with Python, which helps with ETL.", [("python", True)]),
    # not claims: questions, advice, conditionals, plain mentions
    ("Have you used ETL in a project?", []),
    ("You should show ETL work in your next project.", []),
    ("If you have experience with Spark, add it.", []),
    ("Learn ETL next, then Spark.", []),
    ("The role asks for experience with ETL.", []),
    ("Describe how you used Spark.", []),
]


@pytest.mark.parametrize("text, expected", CLAIMS, ids=[c[0] for c in CLAIMS])
def test_claims_are_found_with_their_direction(text, expected):
    assert [(c.skill_id, c.has) for c in find_claims(text, LEX)] == expected


# (text, problem substring or None when the claim agrees with the extraction)
VERDICTS = [
    ("Your resume already shows ETL in depth.", 'shows "ETL" (ETL), but it is one of the gaps'),
    ("You have experience with Spark.", 'shows "Spark" (Apache Spark), but it is one of the gaps'),
    ("You're strong in data pipelines.", 'shows "data pipelines" (ETL)'),
    ("ETL is already on your resume.", "one of the gaps"),
    ("You lack Python.", 'lacks "Python" (Python), but the resume shows it'),
    ("There is no evidence of SQL in your CV.", 'lacks "SQL" (SQL)'),
    ("Your resume does not mention Python.", 'lacks "Python"'),
    ("Python is your top gap.", 'lacks "Python"'),
    ("Your resume shows Python and SQL.", None),
    ("You don't yet show ETL.", None),
    ("You lack ETL and Spark.", None),
    ("ETL is your biggest gap.", None),
    ("Your resume shows Docker, but not at the level asked.", None),  # partial gap: held and a gap
    ("Docker is a gap at this level.", None),
    ("You're strong in Python; ETL is missing.", None),
    ("Have you built ETL pipelines?", None),
]


@pytest.mark.parametrize("text, problem", VERDICTS, ids=[v[0] for v in VERDICTS])
def test_claims_are_checked_against_held_skills_and_gaps(text, problem):
    problems = claim_problems(text, LEX, FACTS)
    if problem is None:
        assert problems == []
    else:
        assert len(problems) == 1 and problem in problems[0]


def test_resume_only_mode_ignores_claims_about_the_interview_answer():
    text = "You showed ETL clearly in this answer."
    assert claim_problems(text, LEX, FACTS) and not claim_problems(text, LEX, FACTS, resume_only=True)
    assert claim_problems("Your resume already shows ETL.", LEX, FACTS, resume_only=True)


class Feedback(BaseModel):
    strengths: list[str]


def test_a_contradicting_reply_falls_back_labelled_although_every_skill_is_allowed():
    """The issue's case: ETL is the top gap, so skill_guard allows it; the claim is what is false."""
    prompt = render("gap_probes", role="Data Engineer", gaps=["ETL"], resume_excerpt="Python", max_questions=1)
    reply = {"strengths": ["Your resume already shows ETL in depth."]}
    template = Feedback(strengths=["Python is solid; ETL is your top gap."])
    fvs = skill_guard({"etl", "python"}, LEX)
    assert fvs(Feedback(**reply)) == []  # today's check passes it
    guard = claims_guard(LEX, FACTS)
    produced = with_fallback(MockLLM([reply]), prompt, Feedback, lambda: template,
                             validate=lambda v: fvs(v) + guard(v))
    assert produced.value is template and produced.source == "template"
    assert produced.label == ('Template — the LLM output was rejected: it says the resume shows "ETL" (ETL), '
                              "but it is one of the gaps")


def test_guard_without_facts_checks_nothing():
    assert claims_guard(LEX, None)("Your resume shows ETL.") == []
