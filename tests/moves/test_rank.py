"""Ranking moves: O*NET relatedness both ways, skill overlap, the preparation step, gated professions, diversity."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core.moves.rank import MIN_SHARED_OVERLAP, diverse, gate, overlap, rank_moves, relatedness, score_candidate, zone_step
from core.taxonomy.occupations import Occupation
from tests.moves.fixtures import CNA, DOC, EDU, ICU, MGR, NP, OCCUPATIONS, RN

NURSE = {"patient_care", "triage", "ehr", "excel"}
has = NURSE.__contains__
weights = lambda occ: {s: 1.0 for s in occ.skills}  # noqa: E731


def test_related_both_ways_scores_above_one_way():
    rel = relatedness(RN, OCCUPATIONS)
    assert rel["29-1171.00"][0] > rel["25-1072.00"][0]  # RN lists NP and NP lists RN; the instructors only list RN
    assert "11-9111.00" not in rel  # no O*NET relation either way
    assert rel["29-1171.00"][1] == "O*NET related (primary)"


@pytest.mark.parametrize("target_zone, adjust, says", [
    (5, 0.0, "One step up"), (4, 0.0, None), (3, -0.2, "A step down"), (2, -0.3, "A big step down"),
    (None, 0.0, None),
])
def test_zone_step_says_so(target_zone, adjust, says):
    value, note = zone_step(RN, replace(NP, job_zone=target_zone))
    assert value == adjust
    assert (note or "").startswith(says or "") and (note is None) == (says is None)


def test_a_physician_is_gated_for_a_nurse_not_for_a_physician():
    assert gate(RN, DOC) is not None and "medical degree" in gate(RN, DOC)
    assert gate(DOC, replace(DOC, soc="29-1216.00")) is None
    assert gate(RN, replace(DOC, soc="29-1292.00", title="Dental Hygienists")) is None  # 29-129x is not medicine


def test_one_shared_skill_is_not_full_overlap():
    tiny = Occupation("99-0001.00", "Tiny", "x", skills=("excel",))
    value, shared = overlap(weights(tiny), has, {"excel": 1.0})
    assert shared == ("excel",) and value < 0.6


def test_nurse_moves_put_np_first_and_never_a_physician_or_big_step_down_on_top():
    ranked = rank_moves(RN, OCCUPATIONS, weights, has, limit=5)
    titles = [c.occupation.title for c in ranked]
    assert titles[0] == "Nurse Practitioners"
    assert RN.title not in titles
    assert titles.index("Family Medicine Physicians") > titles.index("Nursing Instructors and Teachers, Postsecondary") \
        if "Family Medicine Physicians" in titles else True
    cna = next(c for c in ranked if c.occupation.soc == CNA.soc) if CNA.title in titles else None
    assert cna is None or (titles.index(CNA.title) > titles.index(NP.title) and "big step down" in cna.notes[0])
    doc = next(c for c in ranked if c.occupation.soc == DOC.soc) if DOC.title in titles else None
    assert doc is None or any("medical degree" in n for n in doc.notes)


def test_unrelated_occupation_enters_by_shared_skills(monkeypatch):
    monkeypatch.setattr("core.moves.rank.career_paths", lambda soc: ())  # the curated RN -> manager path aside
    ranked = rank_moves(RN, OCCUPATIONS, weights, has, limit=8)
    mgr = [c for c in ranked if c.occupation.soc == MGR.soc]
    assert mgr and mgr[0].relation == "shared skills" and mgr[0].overlap >= MIN_SHARED_OVERLAP


def test_diversity_caps_one_broad_group():
    cands = [score_candidate(RN, replace(ICU, soc=f"29-1141.0{i}", title=f"Nurse {i}"), (1.0, "r"),
                             weights(ICU), has, {}) for i in range(1, 5)]
    cands.append(score_candidate(RN, EDU, (0.4, "r"), weights(EDU), has, {}))
    picked = diverse(sorted(cands, key=lambda c: -c.score), 5)
    assert sum(c.occupation.soc.startswith("29-114") for c in picked) == 2
    assert EDU.soc in {c.occupation.soc for c in picked}


def test_a_job_the_person_already_held_is_not_a_move():
    ranked = rank_moves(RN, OCCUPATIONS, weights, has, limit=8, held=frozenset({NP.soc}))
    assert NP.soc not in {c.occupation.soc for c in ranked}


def test_weak_moves_only_fill_slots_after_the_family_cap_is_lifted():
    strong = [score_candidate(RN, replace(EDU, soc=f"25-10{i}0.00", title=f"Edu {i}"), (1.0, "r"), weights(EDU),
                              has, {}) for i in range(4)]
    weak = score_candidate(RN, MGR, (0.0, "shared skills"), {"budgeting": 1.0, "ehr": 1.0}, has, {})
    assert 0 < weak.score < 0.3 < strong[0].score
    picked = diverse(sorted([*strong, weak], key=lambda c: -c.score), 5)
    assert [c.occupation.title for c in picked][:4] == [c.occupation.title for c in strong]  # 4th education too
    assert picked[-1] is weak  # the weak one only takes the slot left over
