"""split_sections / section_at: heading tables for jobs and resumes, inline markers, full coverage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.documents.sections import JOB_SECTIONS, RESUME_SECTIONS, Section, section_at, split_sections

DOTIN = Path(__file__).resolve().parents[2] / "../shared/data/dotin_resumes/train.jsonl"


def _covers(text: str, sections: list[Section]) -> bool:
    starts_ok = all(a.end == b.start for a, b in zip(sections, sections[1:]))
    return sections[0].start == 0 and sections[-1].end == len(text) and starts_ok


def _name_of(text: str, sections: list[Section], needle: str) -> str:
    return section_at(sections, text.index(needle)).name


JOB = """Acme is hiring a Senior Data Engineer in Berlin.

About the role
You will own our ingestion platform.

What you'll do:
- Build ETL jobs in Python
- Run Airflow in production

**Requirements**
- 5+ years of Python
- Nice to have: Kafka
- Strong SQL

Nice to have: Kubernetes, Terraform
- Go

What we offer
- 30 days of vacation

How to apply
Send your CV."""


def test_job_posting_sections_in_order_with_headings():
    sections = split_sections(JOB, "job")
    assert _covers(JOB, sections)
    got = [(s.name, s.heading, JOB[s.start:s.end].split("\n")[0]) for s in sections]
    assert got == [
        ("intro", None, "Acme is hiring a Senior Data Engineer in Berlin."),
        ("intro", "About the role", "About the role"),
        ("responsibilities", "What you'll do", "What you'll do:"),
        ("requirements", "Requirements", "**Requirements**"),
        ("nice_to_have", "Nice to have", "- Nice to have: Kafka"),  # a bullet marker covers its own line
        ("requirements", None, "- Strong SQL"),
        ("nice_to_have", "Nice to have", "Nice to have: Kubernetes, Terraform"),  # line-start marker switches
        ("benefits", "What we offer", "What we offer"),
        ("other", "How to apply", "How to apply"),
    ]
    assert _name_of(JOB, sections, "- Go") == "nice_to_have"
    assert {s.name for s in sections} <= set(JOB_SECTIONS)


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Requirements", "requirements"), ("What you'll need:", "requirements"), ("What you’ll need", "requirements"),
        ("Qualifications", "requirements"), ("Must have", "requirements"), ("Must-haves:", "requirements"),
        ("REQUIREMENTS", "requirements"), ("## Requirements", "requirements"), ("1. Requirements", "requirements"),
        ("Who you are", "requirements"), ("Skills & Experience", "requirements"),
        ("Nice to have", "nice_to_have"), ("Nice-to-haves:", "nice_to_have"), ("Bonus points", "nice_to_have"),
        ("Bonus points if you have:", "nice_to_have"), ("Preferred qualifications", "nice_to_have"),
        ("Pluses:", "nice_to_have"), ("**Nice to have:**", "nice_to_have"), ("Good to have", "nice_to_have"),
        ("What we offer", "benefits"), ("Benefits", "benefits"), ("Perks & Benefits", "benefits"),
        ("Responsibilities", "responsibilities"), ("What you'll do", "responsibilities"),
        ("Key Responsibilities:", "responsibilities"), ("Roles and Responsibilities", "responsibilities"),
        ("About the role", "intro"), ("Job Description", "intro"),
        ("About us", "other"), ("Equal Opportunity Employer", "other"),
    ],
)
def test_job_heading_variants(heading, expected):
    text = f"Intro sentence about the company.\n{heading}\nPython and SQL on AWS\n"
    sections = split_sections(text, "job")
    assert _name_of(text, sections, "Python and SQL") == expected
    assert _name_of(text, sections, "Intro sentence") == "intro"


def test_job_metadata_markers_cover_their_paragraph_only():
    text = "Senior Engineer\nLocation: Berlin\nSalary: 90k EUR\n\nWe build payment APIs.\nExperience: 5+ years\n- Go"
    sections = split_sections(text, "job")
    assert [(s.name, s.heading) for s in sections] == [
        ("intro", None), ("other", "Location"), ("benefits", "Salary"), ("intro", None),
        ("requirements", "Experience"),
    ]
    assert _name_of(text, sections, "- Go") == "requirements"


@pytest.mark.parametrize(
    "line",
    [
        "Benefits administration experience is a plus for this team",
        "Experience with Python is required.",
        "Requirements gathering with stakeholders across the business and turning them into plans",
        "- Requirements",  # a bullet is list content, not a heading
        "We offer flexible hours and a great team",
    ],
)
def test_job_lines_that_are_not_headings(line):
    text = f"Responsibilities\n{line}\nmore text\n"
    sections = split_sections(text, "job")
    assert [s.name for s in sections] == ["responsibilities"]


RESUME = """Jane Doe
Senior Software Engineer
jane@example.com | +1 415 555 0134
Berlin, Germany

Pragmatic backend engineer with a decade of shipping payments systems at scale, most recently in Go.

WORK EXPERIENCE
Senior Software Engineer, Acme Corp
Jan 2019 - Present
Skills: Go, Kafka, PostgreSQL

Software Engineer, Globex Inc
2015 - 2018

Education:
B.Sc. Computer Science

Technical Skills
Go, Python

Projects
Open-source rate limiter

CERTIFICATIONS/LICENSES
AWS Solutions Architect

Interests
Climbing"""


def test_resume_sections_preamble_inline_paragraph_and_headings():
    sections = split_sections(RESUME, "resume")
    assert _covers(RESUME, sections)
    got = [(s.name, s.heading) for s in sections]
    assert got == [
        ("contact", None), ("summary", None), ("experience", "WORK EXPERIENCE"), ("skills", "Skills"),
        ("experience", None), ("education", "Education"), ("skills", "Technical Skills"), ("projects", "Projects"),
        ("certifications", "CERTIFICATIONS/LICENSES"), ("other", "Interests"),
    ]
    assert _name_of(RESUME, sections, "Berlin, Germany") == "contact"
    assert _name_of(RESUME, sections, "Pragmatic backend") == "summary"
    assert _name_of(RESUME, sections, "Software Engineer, Globex") == "experience"  # inline 'Skills:' ended
    assert {s.name for s in sections} <= set(RESUME_SECTIONS)


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("WORK EXPERIENCE", "experience"), ("Professional Experience", "experience"),
        ("Employment History", "experience"), ("Work History:", "experience"),
        ("Career Experience/Job History", "experience"), ("EDUCATION", "education"),
        ("Academic Qualifications", "education"), ("EDUCATION DETAILS", "education"), ("SKILLS", "skills"),
        ("Technical Skills:", "skills"), ("Core Competencies", "skills"), ("Summary", "summary"),
        ("Profile", "summary"), ("Objective", "summary"), ("Professional Summary", "summary"),
        ("PROJECTS", "projects"), ("Academic Projects", "projects"), ("Certifications", "certifications"),
        ("Licenses & Certifications", "certifications"), ("ADDITIONAL INFORMATION", "other"),
        ("Languages", "other"), ("Contact", "contact"),
    ],
)
def test_resume_heading_variants(heading, expected):
    text = f"Jane Doe\n\n{heading}\nPython, SQL and data work at Acme\n"
    sections = split_sections(text, "resume")
    assert _name_of(text, sections, "Python, SQL") == expected
    assert _name_of(text, sections, "Jane Doe") == "contact"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Jane Doe\njane@example.com\n\nEXPERIENCE\nEngineer", ["contact", "experience"]),
        ("A long opening summary sentence that is clearly not a name or an address line, at all.\nSKILLS\nGo",
         ["summary", "skills"]),
        ("Jane Doe\n• Built things for ten years across many teams\nEDUCATION\nBSc", ["contact", "summary", "education"]),
        ("Only one line of text", ["contact"]),
    ],
)
def test_resume_preamble_split(text, names):
    assert [s.name for s in split_sections(text, "resume")] == names


def test_resume_bullet_labels_do_not_open_sections():
    text = "TECHNICAL SKILLS\n• Languages: Java, Python\n• Databases: Oracle"
    assert [s.name for s in split_sections(text, "resume")] == ["skills"]


@pytest.mark.parametrize(("kind", "first"), [("job", "intro"), ("resume", "contact")])
def test_empty_and_headingless_text(kind, first):
    assert split_sections("", kind) == [Section(first, 0, 0, None)]
    text = "just a few words"
    assert split_sections(text, kind) == [Section(first, 0, len(text), None)]


def test_unknown_kind_is_rejected():
    with pytest.raises(ValueError, match="kind"):
        split_sections("text", "cover_letter")


def test_section_at_boundaries_and_clamping():
    sections = split_sections(JOB, "job")
    for section in sections:
        assert section_at(sections, section.start) == section
        assert section_at(sections, section.end - 1) == section
    assert section_at(sections, len(JOB)) == sections[-1]
    assert section_at(sections, -5) == sections[0]
    with pytest.raises(ValueError):
        section_at([], 0)


def test_every_dotin_resume_is_covered_and_work_experience_found():
    if not DOTIN.is_file():
        pytest.skip(f"shared data not present: {DOTIN} (the dotin resume set lives in ../shared/data)")
    rows = [json.loads(line) for line in DOTIN.read_text(encoding="utf8").splitlines()]
    with_heading = 0
    for row in rows:
        sections = split_sections(row["text"], "resume")
        assert _covers(row["text"], sections), row["id"]
        if "\nWORK EXPERIENCE\n" in row["text"]:
            with_heading += 1
            assert "experience" in {s.name for s in sections}, row["id"]
    assert with_heading >= 50
