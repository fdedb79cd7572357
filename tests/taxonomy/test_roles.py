"""role_family_for_title on the shipped role families, plus normalisation helpers."""

from __future__ import annotations

import pytest

from core.taxonomy.roles import normalize_title, role_family_for_title, strip_seniority


@pytest.mark.parametrize("title, expected", [
    ("Senior Backend Engineer (Python)", "backend"),
    ("Data Scientist II", "data_scientist"),
    ("Kitchen Porter", "hospitality_food"),
    ("", None),
    ("Sr. Software Engineer", "backend"),
    ("Frontend Software Engineer", "frontend"),
    ("Software Engineer in Test", "qa"),
    ("Lead Data Scientist", "data_scientist"),
    ("Head of Product", "product_manager"),
    ("Test Lead", "qa"),
    ("Senior DevOps Engineer (m/f/d)", "devops"),
    ("Machine Learning Engineer", "ml_engineer"),
    ("Principal Software Engineer, Machine Learning", "ml_engineer"),
    ("Full Stack Developer - React/Node", "fullstack"),
    ("iOS Developer", "mobile"),
    ("Database Administrator (Oracle)", "dba"),
    ("Cloud Infrastructure Engineer", "cloud_architect"),
    ("Senior Product Designer", "ux_designer"),
    ("UI/UX Designer", "ux_designer"),
    ("Business Intelligence Analyst", "data_analyst"),
    ("QA Automation Engineer", "qa"),
    ("Scrum Master", "project_manager"),
    ("Security Analyst, SOC", "security"),
    ("Java Developer", "backend"),
    ("JavaScript Developer", "frontend"),
    (".NET Developer", "backend"),
    ("Data Engineer", "data_engineer"),
    ("Site Reliability Engineer (SRE)", "devops"),
    ("Product Owner", "product_manager"),
    ("Junior Web Developer", "frontend"),
    ("Sales Engineer", "sales"),  # O*NET 41-9031 Sales Engineers: a sales role (was None with tech families only)
    ("Business Developer", "sales"),
    ("Registered Nurse", "nursing"),
    ("Nurse Educator", "nursing"),
    ("Nursery Nurse", "education"),
    ("Staff Accountant", "finance_accounting"),
    ("Financial Analyst", "finance_accounting"),
    ("Data Analyst", "data_analyst"),
    ("Marketing Analyst", "data_analyst"),
    ("Year 5 Teacher", "education"),
    ("Journeyman Electrician", "construction_trades"),
    ("Mobile Crane Operator", "construction_trades"),
    ("Sous Chef", "hospitality_food"),
    ("Paralegal", "legal"),
    ("Data Warehouse Engineer", "data_engineer"),
    ("Information Security Officer", "security"),
    ("Security Officer", "public_safety"),
    ("Product Marketing Manager", "marketing"),
    ("Construction Project Manager", "construction_trades"),
    ("Warehouse Associate", "operations_logistics"),
    ("Customer Service Representative", "customer_service"),
    ("Executive Assistant", "administration"),
    ("Social Worker", "social_services"),
    ("Mechanical Engineer", "engineering"),
    ("Medical Assistant", "allied_health"),
    ("HR Business Partner", "hr"),
    ("CNC Machinist", "manufacturing"),
])
def test_role_family_for_title(taxonomy, title, expected):
    assert role_family_for_title(taxonomy, title) == expected


@pytest.mark.parametrize("raw, normalized", [
    ("Senior Backend Engineer (Python)", "senior backend engineer python"),
    ("Sr. C++ Developer | Remote", "sr c++ developer remote"),
    ("DevOps Engineer (m/w/d)", "devops engineer"),
])
def test_normalize_title(raw, normalized):
    assert normalize_title(raw) == normalized


@pytest.mark.parametrize("normalized, stripped", [
    ("senior backend engineer", "backend engineer"),
    ("data scientist ii", "data scientist"),
    ("sr. principal staff engineer", "engineer"),
])
def test_strip_seniority(normalized, stripped):
    assert strip_seniority(normalized) == stripped
