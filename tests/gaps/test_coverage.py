"""Honest coverage: low-confidence or missing placements and thin families are flagged, with closest families."""

from __future__ import annotations

import pytest

from core.gaps.coverage import MIN_POSTINGS, assess_coverage, family_fit
from core.taxonomy.models import RoleFamily, Taxonomy
from core.taxonomy.occupations import Occupation, OccupationMatch

TAX = Taxonomy(role_families={
    "nursing": RoleFamily("nursing", "Nursing", "29-1141.00", core_skills=("patient_care", "triage", "bls")),
    "allied_health": RoleFamily("allied_health", "Allied Health & Care", "29-2000.00",
                                core_skills=("patient_care", "phlebotomy"), optional_skills=("bls",)),
    "backend": RoleFamily("backend", "Backend Engineer", "15-1252.00", core_skills=("python", "sql", "docker")),
    "education": RoleFamily("education", "Education & Teaching", "25-2021.00", core_skills=("lesson_planning",)),
})
POSTINGS = {"nursing": 300, "allied_health": 120, "backend": 900, "education": 20}
NURSE_SKILLS = {"patient_care", "triage", "bls"}


def _placed(family: str, confidence: float) -> OccupationMatch:
    occ = Occupation(soc="29-1141.00", title="Registered Nurses", family=family)
    return OccupationMatch(occupation=occ, confidence=confidence, method="embedding", matched="Charge Nurse")


@pytest.mark.parametrize("placement, detected, postings, notice, low, thin", [
    (_placed("nursing", 0.95), None, POSTINGS, False, False, False),  # sure and well covered: no notice
    (_placed("nursing", 0.40), None, POSTINGS, True, True, False),  # a guess
    (None, "nursing", POSTINGS, False, False, False),  # title keywords found the family
    (None, None, POSTINGS, True, True, False),  # not placed at all: never a silent default
    (_placed("nursing", 0.95), None, {**POSTINGS, "nursing": MIN_POSTINGS - 1}, True, False, True),  # thin
    (_placed("nursing", 0.95), None, {**POSTINGS, "nursing": MIN_POSTINGS}, False, False, False),  # exactly enough
])
def test_notice_when_unsure_or_thin(placement, detected, postings, notice, low, thin):
    cov = assess_coverage(TAX, NURSE_SKILLS, postings, placement=placement, detected=detected)
    assert (cov.needs_notice, cov.low_confidence, cov.thin) == (notice, low, thin)
    assert (cov.message() is not None) == notice


def test_closest_families_follow_the_skills_not_the_market_size():
    cov = assess_coverage(TAX, NURSE_SKILLS, POSTINGS, placement=None, detected=None)
    assert [o.id for o in cov.closest] == ["nursing", "allied_health"]  # backend has 900 postings but no fit
    assert "Nursing (300 postings)" in cov.message()
    assert "could not tell your occupation" in cov.message()


def test_closest_excludes_the_placed_family_and_families_without_postings():
    cov = assess_coverage(TAX, NURSE_SKILLS | {"lesson_planning"}, {**POSTINGS, "education": 0},
                          placement=_placed("nursing", 0.3))
    assert [o.id for o in cov.closest] == ["allied_health"]
    assert "not sure (confidence 30%)" in cov.message()


def test_thin_message_names_the_count():
    cov = assess_coverage(TAX, {"lesson_planning"}, POSTINGS, detected="education")
    assert cov.thin and "only 20 Education & Teaching postings" in cov.message()


def test_unknown_family_is_treated_as_not_placed():
    cov = assess_coverage(TAX, NURSE_SKILLS, POSTINGS, detected="astronaut")
    assert cov.family is None and cov.low_confidence


def test_fit_weights_core_skills_over_optional():
    fit = family_fit(TAX, {"bls"})
    assert fit["nursing"] > fit["allied_health"] > 0 and fit["backend"] == 0
