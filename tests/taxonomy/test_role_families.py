"""The shipped role families: the 16 tech ids kept, the labour-market families added, skills and O*NET coverage."""

from __future__ import annotations

import pytest

TECH = ("backend frontend fullstack mobile data_scientist ml_engineer data_engineer data_analyst devops "
        "cloud_architect security qa product_manager project_manager ux_designer dba").split()
MORE = ("nursing allied_health finance_accounting sales marketing hr education operations_logistics customer_service "
        "legal design_media construction_trades manufacturing hospitality_food administration management "
        "science_research engineering social_services").split()


def test_tech_ids_kept_and_new_families_present(taxonomy):
    ids = list(taxonomy.role_families)
    assert ids[:16] == TECH
    assert set(MORE) <= set(ids)
    assert set(ids) - set(TECH) - set(MORE) <= {"public_safety", "personal_care", "agriculture"}


def test_every_family_has_known_core_skills_and_socs(taxonomy):
    for fam in taxonomy.role_families.values():
        assert 10 <= len(fam.core_skills) <= 18, fam.id
        assert len(set(fam.core_skills)) == len(fam.core_skills), fam.id
        assert all(s in taxonomy.skills for s in fam.core_skills + fam.optional_skills), fam.id
        assert fam.onet_socs and all(s[:2].isdigit() and s[2] == "-" for s in fam.onet_socs), fam.id


@pytest.mark.parametrize("family, skills", [
    ("nursing", {"patient_assessment", "medication_administration", "bls"}),
    ("finance_accounting", {"month_end_close", "account_reconciliation", "general_ledger"}),
    ("education", {"lesson_planning", "classroom_management", "differentiated_instruction"}),
    ("construction_trades", {"blueprint_reading", "osha_compliance", "electrical_wiring"}),
    ("hr", {"employment_law", "onboarding", "hris"}),
])
def test_core_skills_are_the_core_of_the_job(taxonomy, family, skills):
    assert skills <= set(taxonomy.role_families[family].core_skills)


def test_no_title_keyword_listed_by_two_families(taxonomy):
    owner: dict[str, str] = {}
    clashes = []
    for fam in taxonomy.role_families.values():
        for phrase in fam.title_keywords:
            if owner.setdefault(phrase, fam.id) != fam.id:
                clashes.append((phrase, owner[phrase], fam.id))
    assert clashes == []
