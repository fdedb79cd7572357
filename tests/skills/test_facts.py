"""Section -> requirement, sentence cues, years attachment, levels, posting seniority, resume years."""

from __future__ import annotations

import pytest

from core.skills.gazetteer import GazetteerExtractor
from core.skills.seniority import find_years, level_from_years, posting_seniority

POSTING = """Senior Backend Engineer
We build payment APIs in Python.

Requirements:
- 5+ years of Python
- 3-5 years experience with AWS and GCP
- Docker is a plus
- Kubernetes, ideally on GCP

Nice to have:
- Terraform
- Must know SQL

Benefits:
- Free Linux laptops
"""


@pytest.fixture(params=["stub", "real"])
def any_extractor(request, taxonomy, extractor):
    """The stub-splitter extractor and one using core.documents.sections (when it exists)."""
    if request.param == "stub":
        return extractor
    pytest.importorskip("core.documents.sections", reason="core.documents.sections not written yet")
    return GazetteerExtractor(taxonomy)


def _by_surface(extraction):
    return {(m.surface, m.start): m for m in extraction.mentions}


def test_section_and_cue_decide_requirement(any_extractor):
    ext = any_extractor.extract(POSTING, "job")
    got = [(m.surface, m.section, m.requirement) for m in ext.mentions]
    assert got == [
        ("Python", "intro", "unspecified"),
        ("Python", "requirements", "required"),
        ("AWS", "requirements", "required"),
        ("GCP", "requirements", "required"),
        ("Docker", "requirements", "preferred"),  # "is a plus" beats the section
        ("Kubernetes", "requirements", "preferred"),  # "ideally"
        ("GCP", "requirements", "preferred"),
        ("Terraform", "nice_to_have", "preferred"),
        ("SQL", "nice_to_have", "required"),  # "must" beats the section
        ("Linux", "benefits", "unspecified"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Must have Python, Docker is a plus", {"Python": "required", "Docker": "preferred"}),
        ("Python is required. Docker is nice to have", {"Python": "required", "Docker": "preferred"}),
        ("Bonus: Kubernetes", {"Kubernetes": "preferred"}),
        ("SQL preferred", {"SQL": "preferred"}),
        ("SQL knowledge is not required", {"SQL": "preferred"}),
        ("We use Python daily", {"Python": "unspecified"}),
        ("We are hiring. Requirements: Python and SQL. Nice to have: Docker",
         {"Python": "required", "SQL": "required", "Docker": "preferred"}),
    ],
)
def test_sentence_cues(extractor, text, expected):
    got = {m.surface: m.requirement for m in extractor.extract(text, "job").mentions}
    assert got == expected


def test_resume_mentions_are_unspecified(extractor):
    ext = extractor.extract("Skills\nPython (required by my job), Docker is a plus", "resume")
    assert {m.requirement for m in ext.mentions} == {"unspecified"}


@pytest.mark.parametrize(
    ("text", "kind", "years"),
    [
        ("5+ years of Python", "job", {"Python": 5.0}),
        ("3-5 years experience with AWS and GCP", "job", {"AWS": 3.0, "GCP": 3.0}),
        ("Python (3 years), SQL (Less than 1 year)", "resume", {"Python": 3.0, "SQL": 0.5}),
        ("Python: 4 years of hands-on experience", "job", {"Python": 4.0}),
        ("At least five (5) years of experience in Java. Docker basics", "job", {"Java": 5.0, "Docker": None}),
        ("Python and 2 years of Go", "job", {"Python": None, "Go": 2.0}),
        ("5 years ago we moved to Kubernetes", "job", {"Kubernetes": None}),
    ],
)
def test_years_attach_to_skills_in_the_same_clause(extractor, text, kind, years):
    got = {m.surface: m.years for m in extractor.extract(text, kind).mentions}
    assert got == years


@pytest.mark.parametrize(
    ("years", "level"), [(None, None), (0.5, 1), (1, 2), (2.9, 2), (3, 3), (4.5, 3), (5, 4), (12, 4)]
)
def test_level_from_years(years, level):
    assert level_from_years(years) == level


def test_resume_levels_come_from_years_jobs_have_none(extractor):
    resume = extractor.extract("Skills\nPython (6 years), SQL (2 years), Docker", "resume")
    assert {m.surface: m.level for m in resume.mentions} == {"Python": 4, "SQL": 2, "Docker": None}
    job = extractor.extract("6 years of Python", "job")
    assert [m.level for m in job.mentions] == [None]


@pytest.mark.parametrize(
    ("text", "seniority", "source"),
    [
        ("Senior Data Engineer\nWe need Python", "senior", "title"),
        ("Sr. Java Developer (m/f/d)", "senior", "title"),
        ("Junior Frontend Developer", "junior", "title"),
        ("Software Engineering Intern", "intern", "title"),
        ("Staff Engineer, Platform", "principal", "title"),
        ("Tech Lead - Payments", "lead", "title"),
        ("Mid-level QA Engineer", "mid", "title"),
        ("Backend Engineer\nYou join as a senior engineer in our team.", "senior", "text"),
        ("Backend Engineer\nRequirements: 6+ years of experience with Go", "senior", "years"),
        ("Backend Engineer\nRequirements: 1 year of experience with Go", "junior", "years"),
        ("Backend Engineer\nRequirements: 3 years of experience with Go", "mid", "years"),
        ("Backend Engineer\nWe build things.", None, "none"),
    ],
)
def test_posting_seniority(extractor, text, seniority, source):
    ext = extractor.extract(text, "job")
    assert (ext.seniority, ext.diagnostics["seniority_source"]) == (seniority, source)


def test_posting_years_is_the_largest_requirement(extractor):
    ext = extractor.extract("3+ years of SQL. 5+ years of experience in Python.", "job")
    assert ext.years_experience == 5.0


def test_resume_total_years_from_statement(extractor):
    ext = extractor.extract("Jane Doe\nSummary\nBackend developer with 7+ years of experience in Python.", "resume")
    assert ext.years_experience == 7.0


def test_find_years_ignores_unrelated_numbers():
    assert find_years("Founded 10 years ago, 200 employees, 2 offices") == []


def test_posting_seniority_function_direct():
    assert posting_seniority("Principal Engineer", None) == ("principal", "title")


def test_long_repetitive_text_keeps_every_mention_and_years(extractor):
    line = "Senior Python developer with 5 years of AWS, Docker and Kubernetes. Nice to have: Go programming.\n"
    text = line * 2000
    mentions = extractor.extract(text, "job").mentions
    assert len(mentions) == 5 * 2000
    assert [m.years for m in mentions[:5]] == [None, 5.0, 5.0, 5.0, None]
    assert all(text[m.start:m.end] == m.surface for m in mentions)
