"""Moves a coach in the field would not laugh at, on the hand-written resumes and the real derived occupations.

Table-driven: per resume, the top 5 must hold at least `need` of the expected moves and none of the laughable ones
(a nurse is not sent to cardiology, an accountant not to bookkeeping). Skips when data/taxonomy/occupations.jsonl
(built by `python -m core build-taxonomy` from ../shared O*NET) is not there; set SKILLGAP_OCCUPATIONS_FILE to try
another build.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.config import TAXONOMY_DIR

DOCS = Path(__file__).resolve().parents[1] / "product" / "documents"

# resume, expected title patterns (any `need` of them in the top 5), never-in-top-5 patterns
CASES = [
    ("nurse_resume.txt",
     r"nurse practitioner|clinical nurse specialist|nursing instructor|health services manager|informatics|"
     r"nurse anesthetist|nurse midwi|critical care nurse|health education", 3,
     r"physicians?\b(?! assistant)|surgeon|cardiolog|nursing assistant|orderl|aide|embalm|licensed practical"),
    ("accountant_resume.txt",
     r"auditor|financial examiner|financial (and investment )?analyst|controller|treasurer|financial manager|"
     r"budget analyst|fraud|tax examiner|credit analyst", 3,
     r"bookkeeping|clerk|teller|tax preparer"),
    ("teacher_resume.txt",
     r"instructional coordinator|training and development|counselor|special education|education administrator|"
     r"teacher|tutor|instructor", 3,
     r"bus|nann|childcare|teaching assistant|postsecondary.*(physics|chemistry|architecture)"),
    pytest.param("de_resume_senior.txt",
     r"database architect|software developer|database administrator|data warehousing|data scientist|"
     r"computer systems (engineer|analyst)|business intelligence", 3,
     r"blockchain|bioinformatics|web administrator|user support|drafter",
                 marks=pytest.mark.xfail(reason="measured 2026-12-07: Blockchain Engineers and Bioinformatics "
                                                "Technicians (O*NET Primary-Short relations of Database Architects) "
                                                "still reach the top 5", strict=False)),
]


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


@pytest.mark.parametrize("doc, expected, need, never", CASES, ids=["nurse", "accountant", "teacher", "data_engineer"])
def test_moves_a_coach_would_accept(world, doc, expected, need, never):
    from core.gaps.profile import ProfileSkills
    from core.moves.service import find_moves
    from core.moves.source import place_titles

    occupations, taxonomy, extractor = world
    extraction = extractor.extract((DOCS / doc).read_text(encoding="utf8"), "resume")
    profile = ProfileSkills.from_extraction(extraction)
    result = find_moves(profile, place_titles(extraction.titles, occupations, TAXONOMY_DIR), occupations, taxonomy)
    titles = [m.title for m in result.moves]
    assert len(titles) == 5, titles
    hits = [t for t in titles if re.search(expected, t, re.I)]
    assert len(hits) >= need, f"{doc}: only {hits} of {titles} are moves a coach expects"
    laughable = [t for t in titles if re.search(never, t, re.I)]
    assert not laughable, f"{doc}: {laughable} in {titles}"
    stated = set(profile.levels)
    for move in result.moves:
        assert not stated & {b.skill_id for b in move.bridging}, f"{move.title} bridges a skill the resume states"
        assert move.hours_to_bridge >= sum(b.hours for b in move.bridging[:1])
