"""The rules that make moves a coach's list: lateral cap, known paths, niche and assistant roles held back, bridging
without what the person's own occupation needs or bare office tools, occupation skills without O*NET tech noise."""

from __future__ import annotations

from dataclasses import replace

from core.gaps.profile import ProfileSkills
from core.moves.bridge import bridging_gaps
from core.moves.demand import occupation_demand
from core.moves.rank import MAX_LATERAL, head_noun, lateral, rank_moves, score_candidate
from core.taxonomy.build.occupation_skills import occupation_skills
from core.taxonomy.models import Skill, Taxonomy
from core.taxonomy.occupations import Occupation
from tests.moves.fixtures import MGR, NP, OCCUPATIONS, RN, TAXONOMY

weights = lambda occ: {s: 1.0 for s in occ.skills}  # noqa: E731
TEACH = ("teaching", "curriculum")
ELEM = Occupation("25-2021.00", "Elementary School Teachers, Except Special Education", "education", 4,
                  related=tuple(f"25-20{i}1.00" for i in range(3, 9)), skills=TEACH)
GRADES = {f"25-20{i}1.00": Occupation(f"25-20{i}1.00", f"Grade {i} Teachers", "education", 4 + (i > 6),
                                      related=("25-2021.00",), skills=TEACH) for i in range(3, 9)}
TRAINER = Occupation("13-1151.00", "Training and Development Specialists", "hr", 4, skills=("teaching", "budgeting"))
WORLD = {ELEM.soc: ELEM, TRAINER.soc: TRAINER, **GRADES}


def test_head_noun_and_lateral():
    assert head_noun("Area, Ethnic, and Cultural Studies Teachers, Postsecondary") == "teachers"
    assert head_noun("Education Administrators, Kindergarten through Secondary") == "administrators"
    assert lateral(ELEM, GRADES["25-2081.00"])  # a step up in zone, still another grade of teacher
    assert not lateral(ELEM, TRAINER) and not lateral(RN, NP)
    assert not lateral(ELEM, replace(ELEM, soc="11-9032.00", title="Education Administrators", job_zone=4))


def test_at_most_two_lateral_moves_when_a_known_path_exists():
    """Six grades of teacher used to fill the list; the curated teacher -> trainer path now takes a slot."""
    ranked = rank_moves(ELEM, WORLD, weights, set(TEACH).__contains__, limit=3)
    assert sum(lateral(ELEM, c.occupation) for c in ranked) == MAX_LATERAL
    trainer = next(c for c in ranked if c.occupation.soc == TRAINER.soc)
    assert trainer.relation == "a common career path"
    more = rank_moves(ELEM, WORLD, weights, set(TEACH).__contains__, limit=5)  # nothing else left: laterals fill
    assert len(more) == 5 and TRAINER.soc in {c.occupation.soc for c in more}


def test_nurse_path_to_health_services_management():
    ranked = rank_moves(RN, OCCUPATIONS, weights, {"patient_care", "triage", "ehr", "excel"}.__contains__, limit=5)
    assert MGR.soc in {c.occupation.soc for c in ranked}


def test_niche_and_assistant_roles_are_held_back():
    base = score_candidate(RN, NP, (1.0, "r"), weights(NP), lambda s: False, {})
    niche = score_candidate(RN, replace(NP, soc="29-1299.07"), (1.0, "r"), weights(NP), lambda s: False, {})
    aide = score_candidate(RN, replace(NP, title="Nursing Assistants"), (1.0, "r"), weights(NP), lambda s: False, {})
    pa = score_candidate(RN, replace(NP, title="Physician Assistants"), (1.0, "r"), weights(NP), lambda s: False, {})
    assert niche.score < base.score and aide.score < base.score and pa.score == base.score
    assert any("assistant role" in n for n in aide.notes)


def test_bridging_skips_what_the_origin_needs_and_bare_office_tools():
    tax = Taxonomy(skills={**TAXONOMY.skills, "outlook": Skill("outlook", "Outlook", "tool", hours=2)})
    occ = replace(NP, skills=("patient_care", "outlook", "prescribing", "advanced_assessment"))
    nobody = ProfileSkills.from_levels({})
    ids = [g.skill_id for g in bridging_gaps(nobody, occ, occupation_demand(occ), tax, typical=frozenset(RN.skills))]
    assert "patient_care" not in ids and "outlook" not in ids and set(ids) == {"prescribing", "advanced_assessment"}
    only_office = replace(NP, skills=("outlook",))
    assert [g.skill_id for g in bridging_gaps(nobody, only_office, occupation_demand(only_office), tax)] == ["outlook"]


def test_occupation_skills_drop_tech_noise_outside_tech_families_and_lead_with_signature():
    cats = {"nursing": "healthcare", "dotnet": "framework", "spark": "data_ml", "epic": "healthcare",
            "python": "programming_language", "pharmacology": "healthcare", "clinical_diagnosis": "healthcare",
            "matlab": "programming_language"}
    crna = occupation_skills("29-1151.00", "nursing", ["nursing"], ["dotnet", "spark", "epic"], cats)
    assert crna[:2] == ["pharmacology", "clinical_diagnosis"] and "dotnet" not in crna and "spark" not in crna
    assert "epic" in crna
    assert "python" in occupation_skills("15-1252.00", "backend", [], ["python"], cats)
    assert "matlab" in occupation_skills("17-2141.00", "engineering", [], ["matlab", "dotnet"], cats)
    assert "dotnet" not in occupation_skills("17-2141.00", "engineering", [], ["matlab", "dotnet"], cats)
    assert "python" in occupation_skills("29-1141.00", "nursing", ["python"], ["python"], cats)  # family core kept


def test_the_long_tail_of_onet_tools_is_never_a_bridge():
    """Seen on the Gaps page: a move to Secondary School Teachers asked an elementary teacher to learn Branding
    (80 h) and Video Editing, O*NET tool examples at the end of the occupation's list."""
    tail = {f"tool_{i}": Skill(f"tool_{i}", f"Tool {i}", "tool", hours=30) for i in range(14)}
    tax = Taxonomy(skills={**TAXONOMY.skills, **tail}, role_families=TAXONOMY.role_families)
    occ = replace(NP, skills=("prescribing", *tail), hot=())
    nobody = ProfileSkills.from_levels({})
    ids = [g.skill_id for g in bridging_gaps(nobody, occ, occupation_demand(occ), tax)]
    assert "prescribing" in ids and not {"tool_12", "tool_13"} & set(ids)  # past the first 12: tail
    held_all = ProfileSkills.from_levels({"prescribing": 3, **{f"tool_{i}": 3 for i in range(11)}})
    assert bridging_gaps(held_all, occ, occupation_demand(occ), tax) == ()  # nothing defining missing
