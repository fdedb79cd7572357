"""Moves end to end on the fake world: bridging skills never include what the resume states, ROI order, hours."""

from __future__ import annotations

import json

from core.gaps.inputs import SegmentDemand
from core.gaps.profile import ProfileSkills
from core.moves.bridge import bridging_gaps, hours_to_bridge
from core.moves.demand import occupation_demand, prior_weight
from core.moves.service import FamilyDemand, find_moves
from core.moves.source import Placement, place_titles
from core.skills.models import UserCorrection
from tests.moves.fixtures import MGR, NP, OCCUPATIONS, RN, TAXONOMY

NURSE = ProfileSkills.from_levels({"patient_care": 3, "triage": 3, "ehr": 2, "excel": 2})


def test_bridging_skips_held_and_implied_skills_and_ranks_by_roi():
    demand = occupation_demand(NP)
    gaps = bridging_gaps(NURSE, NP, demand, TAXONOMY)
    assert [g.skill_id for g in gaps] == ["advanced_assessment", "prescribing"]  # O*NET order -> demand -> ROI
    assert [g.roi_rank for g in gaps] == [1, 2]
    implied = ProfileSkills.from_levels({**NURSE.levels, "advanced_assessment": 1})  # held at L1: a level, not a gap
    assert [g.skill_id for g in bridging_gaps(implied, NP, demand, TAXONOMY)] == ["prescribing"]


def test_a_skill_added_by_an_answer_is_never_a_bridge():
    from core.skills.models import Extraction

    profile = ProfileSkills.from_extraction(Extraction(), [UserCorrection("add", "prescribing", "Prescribing", level=2)])
    gaps = bridging_gaps(profile, NP, occupation_demand(NP), TAXONOMY)
    assert "prescribing" not in {g.skill_id for g in gaps}


def test_hours_to_bridge_counts_prerequisites_once():
    gaps = bridging_gaps(NURSE, NP, occupation_demand(NP), TAXONOMY)
    # advanced assessment (60) needs pharmacology (80) first; prescribing 50
    assert hours_to_bridge(gaps) == 60 + 80 + 50
    assert hours_to_bridge(gaps, top=1) == 60 + 80


def test_market_share_replaces_the_onet_prior_where_the_market_has_it():
    rows = occupation_demand(NP, [SegmentDemand("prescribing", share=0.9, required_share=0.9, postings=90)])
    by_id = {r.skill_id: r for r in rows}
    assert by_id["prescribing"].postings == 90
    assert by_id["patient_care"].share == prior_weight(0, 4, False) * 0.5  # unseen by the market: half its prior
    assert [r.skill_id for r in occupation_demand(NP)] == list(NP.skills)


def test_find_moves_json_shape_and_notes(monkeypatch):
    monkeypatch.setattr("core.moves.rank.career_paths", lambda soc: ())  # O*NET relations only in this fake world
    market = FamilyDemand(lambda fam: [], {"nursing": 120}, {"nursing": "Nursing"}, "demo")
    result = find_moves(NURSE, Placement(RN, "title", 0.9), OCCUPATIONS, TAXONOMY, market, limit=5)
    data = json.loads(json.dumps(result.to_dict()))
    assert data["origin"]["soc"] == RN.soc and len(data["moves"]) == 5
    first = data["moves"][0]
    assert first["title"] == NP.title and first["family_name"] == "Nursing" and first["market_postings"] == 120
    assert [b["name"] for b in first["bridging"]] == ["Advanced Health Assessment", "Prescribing"]
    assert first["hours_to_bridge"] == 190 and 0 < first["overlap_pct"] <= 100
    held = {"Patient Care", "Triage", "Electronic Health Records", "Microsoft Excel"}
    assert all(not held & {b["name"] for b in m["bridging"]} for m in data["moves"])


def test_unplaced_resume_is_placed_by_skills_and_says_so():
    result = find_moves(NURSE, Placement(None, "none", 0.0), OCCUPATIONS, TAXONOMY)
    assert result.placed_by == "skills" and result.confidence <= 0.5
    assert any("closest by skills" in n for n in result.notes)


def test_fallback_placement_reads_titles():
    none = lambda title: None  # noqa: E731 - no taxonomy placement
    assert place_titles(["Staff Nurse"], OCCUPATIONS, placer=none).occupation == RN
    assert place_titles(["Senior Nurse Practitioner"], OCCUPATIONS, placer=none).occupation == NP
    assert place_titles(["Medical-Surgical Registered Nurse"], OCCUPATIONS, placer=none).occupation == RN
    assert place_titles(["Astronaut"], OCCUPATIONS, placer=none).occupation is None
    assert MGR.soc in OCCUPATIONS


def test_a_move_target_has_its_own_key_and_survives_storage():
    from core.gaps.records import GapTarget

    family = GapTarget.market("nursing")
    move = GapTarget.market("nursing", occupation="29-1171.00")
    assert family.key == "market:nursing||" and move.key == "market:nursing|||29-1171.00"
    assert GapTarget.occupation_of_key(move.key) == "29-1171.00"
    assert GapTarget.occupation_of_key(family.key) is None and GapTarget.occupation_of_key("job:3") is None
