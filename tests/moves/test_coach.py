"""Moves a coach in the field would not laugh at, on the hand-written resumes and the real derived occupations.

Table-driven: per resume, at least `need` of the 5 moves come from the expected set, none from the laughable set
(a nurse is not sent to cardiology, a teacher not to a teaching-assistant job), at most 2 are lateral moves inside
the person's family (where stronger moves exist), no bridging skill is one the resume states or one the person's own occupation typically needs,
and no programming / framework / devops / cloud / database skill bridges a move outside the software & data
families. Skips when data/taxonomy/occupations.jsonl (built by `python -m core build-taxonomy` from ../shared O*NET)
is not there; set SKILLGAP_OCCUPATIONS_FILE to try another build.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.config import TAXONOMY_DIR
from core.taxonomy.build.occupation_skills import TECH_CATEGORIES, TECH_FAMILIES

DOCS = Path(__file__).resolve().parents[1] / "product" / "documents"
NEED = 2

# resume -> (expected title patterns, never-in-top-5 patterns); LATERAL_CAPPED: a mix, at most 2 lateral moves (a
# chef or an electrician may get a third lateral move when nothing stronger is on offer, rather than a stranger)
LATERAL_CAPPED = {"teacher_resume.txt", "nurse_resume.txt", "accountant_resume.txt", "de_resume_senior.txt"}
CASES = {
    "teacher_resume.txt": (
        r"instructional coordinator|training and development|counselor|education administrator|instructional design|"
        r"special education|kindergarten|secondary school|middle school",
        r"bus\b|nann|childcare|teaching assistant|postsecondary"),
    "nurse_resume.txt": (
        r"nurse practitioner|clinical nurse specialist|nursing instructor|health services manager|informatics|"
        r"nurse anesthetist|nurse midwi|health education|physician assistant",
        r"physicians?\b(?! assistant)|surgeon|cardiolog|nursing assistant|orderl|aide|embalm|licensed practical|"
        r"medical assistant"),
    "accountant_resume.txt": (
        r"financial examiner|financial (and investment )?analyst|controller|financial manager|budget analyst|fraud|"
        r"tax examiner|credit analyst|management analyst",
        r"bookkeeping|clerk|teller|tax preparer|compensation and benefits manager"),
    "accountant2_resume.txt": (
        r"financial examiner|financial (and investment )?analyst|controller|financial manager|budget analyst|fraud|"
        r"tax examiner|credit analyst|management analyst",
        r"bookkeeping|clerk|teller|tax preparer|compensation and benefits manager"),
    "de_resume_senior.txt": (
        r"database administrator|software developer|data warehousing|data scientist|computer systems (engineer|analyst)|"
        r"business intelligence|computer programmer",
        r"blockchain|bioinformatics|web administrator|user support|drafter"),
    "electrician_resume.txt": (
        r"electrical|electronics|inspector|construction manager|estimator|plumber|power",
        r"helper|lighting technician|assembler|graphic"),
    "chef_resume.txt": (
        r"cook|food service manager|supervisors of food|lodging manager|food scien",
        r"skincare|cleaning|waiter|bakers|dishwasher|fast food"),
    "paralegal_resume.txt": (
        r"compliance|title examiner|legal secretar|court|arbitrator|claims",
        r"lawyer|judge|file clerk"),
    "sales_resume.txt": (r"sales|account|business development|agent", r"cashier|parts salesperson"),
    "hr_resume.txt": (
        r"compensation|labor relations|training and development|equal opportunity|human resources manager",
        r"psychologist|eligibility interviewer"),
    "marketing_resume.txt": (
        r"advertising|public relations|marketing|search marketing|fundraising",
        r"advertising sales agent|telemarketer"),
    "logistics_resume.txt": (
        r"transportation|supply chain|logistic|chief executive|production manager|operations",
        r"driver|laborer|stocker"),
}


@pytest.fixture(scope="module")
def world():
    from core.moves.source import load_occupation_map
    from core.skills.extract import make_extractor
    from core.taxonomy.load import load_taxonomy

    occupations = load_occupation_map(TAXONOMY_DIR)
    if not occupations:
        pytest.skip("no derived occupations (data/taxonomy/occupations.jsonl): run `python -m core build-taxonomy`")
    taxonomy = load_taxonomy(TAXONOMY_DIR)
    return occupations, taxonomy, make_extractor(taxonomy)


@pytest.mark.parametrize("doc", sorted(CASES), ids=[d.removesuffix(".txt") for d in sorted(CASES)])
def test_moves_a_coach_would_accept(world, doc):
    from core.gaps.profile import ProfileSkills
    from core.moves.rank import MAX_LATERAL, lateral
    from core.moves.service import family_core, find_moves
    from core.moves.source import place_titles

    expected, never = CASES[doc]
    occupations, taxonomy, extractor = world
    extraction = extractor.extract((DOCS / doc).read_text(encoding="utf8"), "resume")
    profile = ProfileSkills.from_extraction(extraction)
    result = find_moves(profile, place_titles(extraction.titles, occupations, TAXONOMY_DIR), occupations, taxonomy)
    titles = [m.title for m in result.moves]
    assert len(titles) == 5, titles
    hits = [t for t in titles if re.search(expected, t, re.I)]
    assert len(hits) >= NEED, f"{doc}: only {hits} of {titles} are moves a coach expects"
    laughable = [t for t in titles if re.search(never, t, re.I)]
    assert not laughable, f"{doc}: {laughable} in {titles}"
    origin = occupations[result.origin_soc]
    if doc in LATERAL_CAPPED:
        assert sum(lateral(origin, occupations[m.soc]) for m in result.moves) <= MAX_LATERAL, titles
    typical = family_core(origin, taxonomy) | set(origin.skills)
    for move in result.moves:
        bridging = {b.skill_id for b in move.bridging}
        assert not set(profile.levels) & bridging, f"{move.title} bridges a skill the resume states"
        assert not typical & bridging, f"{move.title} bridges what a {origin.title} already needs"
        if move.family not in TECH_FAMILIES:
            tech = [b.name for b in move.bridging if taxonomy.skills[b.skill_id].category in TECH_CATEGORIES]
            assert not tech, f"{move.title} ({move.family}) is bridged by programming skills {tech}"
        assert move.hours_to_bridge >= sum(b.hours for b in move.bridging[:1])
