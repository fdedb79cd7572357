"""The question plan: drawn from gaps, held topics, mismatches and behavioural themes; difficulty by seniority."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core.errors import InvalidInput
from core.interview.bank import POINTS_BY_DIFFICULTY
from core.interview.models import PlanInputs
from core.interview.plan import build_plan, difficulty_for


@pytest.mark.parametrize("length", range(5, 11))
def test_plan_has_the_requested_length_and_every_source(inputs, taxonomy, length):
    plan = build_plan(inputs, taxonomy, length)
    kinds = [q.kind for q in plan.questions]
    assert len(plan.questions) == length
    assert {"gap", "depth", "mismatch", "behavioural"} <= set(kinds)
    assert kinds.count("gap") >= kinds.count("depth")
    assert kinds.count("behavioural") == (1 if length <= 6 else 2)
    skills = [q.skill_id for q in plan.questions if q.skill_id]
    assert len(skills) == len(set(skills)), "a skill is asked once"


def test_top_gaps_come_first_and_questions_use_key_concepts(inputs, taxonomy):
    plan = build_plan(inputs, taxonomy, 6)
    first = plan.questions[0]
    assert (first.kind, first.skill_id) == ("gap", "kubernetes")
    assert "gap #1" in first.reason
    concepts = taxonomy.get("kubernetes").key_concepts
    assert first.key_points == concepts[:POINTS_BY_DIFFICULTY["senior"]]
    assert concepts[0] in first.text and "Kubernetes" in first.text
    depth = next(q for q in plan.questions if q.kind == "depth")
    assert depth.skill_id == "python" and "required" in depth.reason


def test_mismatch_and_behavioural_questions_are_star(inputs, taxonomy):
    plan = build_plan(inputs, taxonomy, 8)
    seniority = next(q for q in plan.questions if q.kind == "mismatch" and q.skill_id is None)
    assert seniority.star and "5+ years" in seniority.text and "senior-level" in seniority.text
    assert all(q.star for q in plan.questions if q.kind == "behavioural")
    assert all(not q.star for q in plan.questions if q.kind in ("gap", "depth") and q.skill_id != "communication")


def test_a_soft_skill_gap_becomes_a_star_question(taxonomy):
    from core.interview.models import GapTopic

    inputs = PlanInputs("Team Lead", "Team Lead", "lead", gaps=(GapTopic("leadership", "Leadership"),))
    question = build_plan(inputs, taxonomy, 5).questions[0]
    assert question.skill_id == "leadership" and question.star
    assert question.key_points == taxonomy.get("leadership").key_concepts


@pytest.mark.parametrize("seniority, difficulty", [
    ("intern", "junior"), ("junior", "junior"), ("mid", "mid"), (None, "mid"), ("senior", "senior"),
    ("lead", "senior"), ("principal", "senior"), ("unknown", "mid"),
])
def test_difficulty_follows_the_target_seniority(inputs, taxonomy, seniority, difficulty):
    assert difficulty_for(seniority) == difficulty
    plan = build_plan(replace(inputs, seniority=seniority, mismatches=()), taxonomy, 5)
    assert plan.difficulty == difficulty
    gap = next(q for q in plan.questions if q.kind == "gap")
    assert len(gap.key_points) == min(POINTS_BY_DIFFICULTY[difficulty], len(taxonomy.get(gap.skill_id).key_concepts))


def test_level_mismatch_asks_about_the_advanced_concepts(inputs, taxonomy):
    only_level = replace(inputs, gaps=inputs.gaps[:1], mismatches=inputs.mismatches[1:], seniority="mid")
    plan = build_plan(only_level, taxonomy, 5)
    level = next(q for q in plan.questions if q.kind == "mismatch")
    assert level.skill_id == "postgresql" and "deeper PostgreSQL" in level.text
    assert level.key_points == taxonomy.get("postgresql").key_concepts[-POINTS_BY_DIFFICULTY["mid"]:]


def test_the_plan_is_deterministic_and_the_allowed_set_covers_resume_target_and_plan(inputs, taxonomy):
    a, b = build_plan(inputs, taxonomy, 7), build_plan(inputs, taxonomy, 7)
    assert a == b
    assert set(inputs.profile_skills) | set(inputs.target_skills) <= set(a.allowed_skills)
    assert {q.skill_id for q in a.questions if q.skill_id} <= set(a.allowed_skills)
    assert a.roadmap_weeks == {"kubernetes": 2, "docker": 1, "redis": 3}
    assert a.source == "template"


def test_without_topics_the_plan_is_behavioural(taxonomy):
    plan = build_plan(PlanInputs("Anything", "Anything"), taxonomy, 5)
    assert [q.kind for q in plan.questions] == ["behavioural"] * 5
    assert len({q.theme for q in plan.questions}) == 5


@pytest.mark.parametrize("length", [0, 2, 11])
def test_length_out_of_range_is_refused(inputs, taxonomy, length):
    with pytest.raises(InvalidInput, match="3 to 10 questions"):
        build_plan(inputs, taxonomy, length)


@pytest.mark.parametrize("change, kinds, skills", [
    ({}, ["gap", "gap", "behavioural"], ["kubernetes", "docker"]),  # the two top gaps, then behavioural
    ({"gaps": ()}, ["depth", "depth", "behavioural"], ["python", "sql"]),
    ({"gaps": (), "depth": ()}, ["mismatch", "mismatch", "behavioural"], ["postgresql"]),  # mismatches fill in
    ({"gaps": (), "depth": (), "mismatches": ()}, ["behavioural"] * 3, []),
])
def test_a_three_question_session_asks_the_top_gaps_first(inputs, taxonomy, change, kinds, skills):
    plan = build_plan(replace(inputs, **change), taxonomy, 3)
    assert [q.kind for q in plan.questions] == kinds
    assert [q.skill_id for q in plan.questions if q.skill_id] == skills


@pytest.mark.parametrize("length", [3, 4])
def test_short_sessions_have_the_requested_length_and_put_gaps_first(inputs, taxonomy, length):
    plan = build_plan(inputs, taxonomy, length)
    assert len(plan.questions) == length and plan.questions[0].skill_id == "kubernetes"
    assert [q.kind for q in plan.questions].count("gap") == 2 and plan.questions[-1].kind == "behavioural"
