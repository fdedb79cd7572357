"""Title placement: O*NET titles, the keyword rules (tech families exactly as before), seniority, the embedding
fallback's confidence (its shipped matrix: test_title_vectors.py) and the ingest/resume family hooks."""

from __future__ import annotations

import pytest

from core.taxonomy.occupations import LOW_CONFIDENCE
from core.taxonomy.placement import family_for_title, place_title, rules_family
from core.taxonomy.placement_embed import confidence
from core.taxonomy.roles import normalize_title, role_family_for_title, strip_seniority

from .conftest import TAXONOMY_DIR


@pytest.mark.parametrize("title, family, soc", [
    ("Registered Nurse", "nursing", "29-1141.00"),
    ("RN - ICU", "nursing", "29-1141.00"),
    ("Staff Nurse", "nursing", None),
    ("Nurse Educator", "nursing", None),
    ("Nurse Practitioner", "nursing", "29-1171.00"),
    ("LPN", "nursing", "29-2061.00"),
    ("Medical Assistant", "allied_health", "31-9092.00"),
    ("Dental Nurse", "allied_health", None),
    ("Staff Accountant", "finance_accounting", "13-2011.00"),
    ("Financial Analyst", "finance_accounting", "13-2051.00"),
    ("Accounts Payable Clerk", "finance_accounting", None),
    ("Data Analyst", "data_analyst", None),
    ("Marketing Analyst", "data_analyst", None),
    ("Business Intelligence Analyst", "data_analyst", None),
    ("Year 5 Teacher", "education", None),
    ("Special Education Teacher", "education", None),
    ("Nursery Nurse", "education", None),
    ("Journeyman Electrician", "construction_trades", "47-2111.00"),
    ("Plumber", "construction_trades", None),
    ("Construction Project Manager", "construction_trades", None),
    ("Sous Chef", "hospitality_food", "35-1011.00"),
    ("Barista", "hospitality_food", None),
    ("Paralegal", "legal", "23-2011.00"),
    ("Sales Engineer", "sales", "41-9031.00"),
    ("Account Executive", "sales", None),
    ("Digital Marketing Manager", "marketing", None),
    ("HR Business Partner", "hr", None),
    ("Warehouse Associate", "operations_logistics", None),
    ("Customer Service Representative", "customer_service", "43-4051.00"),
    ("Executive Assistant", "administration", None),
    ("Operations Manager", "management", "11-1021.00"),
    ("Manager", "management", None),
    ("Research Assistant", "science_research", None),
    ("Mechanical Engineer", "engineering", None),
    ("Social Worker", "social_services", None),
    ("Security Guard", "public_safety", None),
    ("Hairdresser", "personal_care", None),
    ("Farm Worker", "agriculture", None),
    ("CNC Machinist", "manufacturing", None),
    ("Senior Backend Engineer (Python)", "backend", None),
    ("Software Engineer", "backend", "15-1252.00"),
    ("Full Stack Developer", "fullstack", "15-1252.00"),
    ("iOS Developer", "mobile", "15-1252.00"),
    ("Data Scientist II", "data_scientist", None),
    ("Product Manager", "product_manager", None),
    ("Scrum Master", "project_manager", None),
    ("Graphic Designer", "ux_designer", None),
    ("Site Reliability Engineer (SRE)", "devops", None),
    ("Information Security Officer", "security", None),
    ("Data Warehouse Engineer", "data_engineer", None),
])
def test_titles_place_in_their_family(taxonomy, title, family, soc):
    match = place_title(title, TAXONOMY_DIR, taxonomy=taxonomy, embed=False)
    assert match is not None and match.occupation.family == family, (title, match)
    assert soc is None or match.occupation.soc == soc
    assert family_for_title(taxonomy, title, TAXONOMY_DIR) == family


TECH_TITLES = [
    "Senior Backend Engineer (Python)", "Sr. Software Engineer", "Frontend Software Engineer",
    "Software Engineer in Test", "Lead Data Scientist", "Head of Product", "Test Lead",
    "Senior DevOps Engineer (m/f/d)", "Machine Learning Engineer",
    "Principal Software Engineer, Machine Learning", "Full Stack Developer - React/Node", "Database Administrator",
    "Cloud Infrastructure Engineer", "Senior Product Designer", "UI/UX Designer", "QA Automation Engineer",
    "Security Analyst, SOC", "Java Developer", "JavaScript Developer", ".NET Developer", "Junior Web Developer",
    "Programmer", "Coder", "Computer Programmer", "Cloud Software Engineer", "CNC Programmer", "Research Scientist",
    "Quality Engineer", "Production Engineer", "Systems Engineer", "Automation Engineer", "Statistician",
]


@pytest.mark.parametrize("title", TECH_TITLES)
def test_tech_titles_keep_the_family_the_rules_gave(taxonomy, title):
    before = role_family_for_title(taxonomy, title)
    assert before in list(taxonomy.role_families)[:16]
    assert family_for_title(taxonomy, title, TAXONOMY_DIR) == before
    assert place_title(title, TAXONOMY_DIR, taxonomy=taxonomy, embed=False).occupation.family == before


@pytest.mark.parametrize("title", TECH_TITLES + ["Registered Nurse", "Sous Chef", "Kitchen Porter", "Manager", "",
                                                  "Sr. C++ Developer | Remote", "UI/UX Designer", "Astronaut"])
def test_fast_rules_equal_the_regex_rules(taxonomy, title):
    full = normalize_title(title)
    texts = tuple(dict.fromkeys((full, strip_seniority(full))))
    assert rules_family(taxonomy, texts)[0] == role_family_for_title(taxonomy, title)


@pytest.mark.parametrize("title, method, low", [
    ("Registered Nurse", "title", False),
    ("Staff Accountant", "alternate", False),
    ("RN - ICU", "keywords", False),
    ("Manager", "keywords", True),  # a generic word names a family, not an occupation
])
def test_method_and_confidence(taxonomy, title, method, low):
    match = place_title(title, TAXONOMY_DIR, taxonomy=taxonomy, embed=False)
    assert match.method == method and (match.confidence < LOW_CONFIDENCE) == low


@pytest.mark.parametrize("title, seniority", [
    ("Senior Staff Accountant", "senior"), ("Staff Nurse", "mid"), ("Staff Software Engineer", "principal"),
    ("Junior Data Analyst", "junior"), ("Apprentice Electrician", "intern"), ("Barista", "junior"),
])
def test_seniority_from_title_words_else_job_zone(taxonomy, title, seniority):
    assert place_title(title, TAXONOMY_DIR, taxonomy=taxonomy, embed=False).seniority == seniority


def test_unplaceable_title_without_embedding_is_none(taxonomy):
    assert place_title("Astronaut", TAXONOMY_DIR, taxonomy=taxonomy, embed=False) is None
    assert family_for_title(taxonomy, "Astronaut", TAXONOMY_DIR) is None


@pytest.mark.parametrize("best, other, expected", [(1.0, 0.0, 0.85), (0.5, 0.0, 0.0), (0.9, 0.9, 0.51),
                                                    (0.7, 0.62, 0.425)])
def test_embedding_confidence(best, other, expected):
    assert confidence(best, other) == pytest.approx(expected, abs=1e-3)


def test_ingest_and_resume_hooks_use_placement(taxonomy, tmp_path):
    from core.config import Settings
    from core.gaps.compute import detected_role_family
    from core.ingest.hooks import role_family_fn
    from core.skills.models import Extraction

    family = role_family_fn(Settings(data_dir=tmp_path), taxonomy)
    assert [family(t) for t in ("Registered Nurse", "Research Assistant", "Backend Engineer")] == \
        ["nursing", "science_research", "backend"]
    extraction = Extraction(kind="resume", titles=["Volunteer", "Staff Accountant"])
    assert detected_role_family(taxonomy, extraction) == "finance_accounting"
