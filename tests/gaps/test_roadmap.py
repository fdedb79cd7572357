"""Roadmap: weekly budget, prerequisites first, split parts, resources, milestones, validation."""

from __future__ import annotations

import pytest

from core.errors import InvalidInput
from core.gaps.inputs import SegmentDemand
from core.gaps.market_gap import market_gaps
from core.gaps.profile import ProfileSkills
from core.gaps.roadmap import TEMPLATE_LABEL, build_roadmap


@pytest.fixture
def gaps(taxonomy, demand, segment):
    """Ranked market gaps of an empty profile."""
    return market_gaps(ProfileSkills(), segment, demand, taxonomy).gaps


def order_of(roadmap) -> list[str]:
    """Skill ids in the order they first appear."""
    return list(dict.fromkeys(item.skill_id for week in roadmap.weeks for item in week.items))


@pytest.mark.parametrize("hours, weeks", [(8, 4), (1, 2), (3, 5), (10, 12), (40, 3), (60, 2)])
def test_weekly_budget_respected(taxonomy, gaps, hours, weeks):
    roadmap = build_roadmap(gaps, taxonomy, ProfileSkills(), hours, weeks)
    assert len(roadmap.weeks) == weeks or (len(roadmap.weeks) < weeks and not roadmap.unscheduled)
    for week in roadmap.weeks:
        assert week.hours == sum(item.hours for item in week.items) <= hours
    scheduled = sum(w.hours for w in roadmap.weeks) + sum(left for _, left in roadmap.unscheduled)
    assert scheduled >= sum(g.est_hours for g in gaps[:10])


@pytest.mark.parametrize("hours, weeks", [(60, 12), (8, 4), (20, 6)])
def test_prerequisites_come_first(taxonomy, gaps, hours, weeks):
    roadmap = build_roadmap(gaps, taxonomy, ProfileSkills(), hours, weeks)
    order = order_of(roadmap)
    for sid in order:
        for pre in taxonomy.skills[sid].prerequisites:
            if pre in order:
                assert order.index(pre) < order.index(sid), (pre, sid)


def test_missing_prerequisite_is_added(taxonomy, gaps):
    roadmap = build_roadmap(gaps, taxonomy, ProfileSkills(), 60, 12)
    items = {item.skill_id: item for week in roadmap.weeks for item in week.items}
    assert "linux" in items and "Docker" in items["linux"].prerequisite_for
    assert items["linux"].roi_rank is None


def test_held_prerequisite_is_not_added(taxonomy, gaps):
    roadmap = build_roadmap(gaps, taxonomy, ProfileSkills.from_levels({"linux": 1}), 60, 12)
    assert "linux" not in order_of(roadmap)


def test_implied_prerequisite_is_not_added(taxonomy, segment):
    rows = [SegmentDemand("spark", 0.9, 0.9)]
    profile = ProfileSkills.from_levels({"postgresql": 3, "pandas": 2})  # imply SQL and Python
    roadmap = build_roadmap(market_gaps(profile, segment, rows, taxonomy).gaps, taxonomy, profile, 60, 2)
    assert order_of(roadmap) == ["spark"]


def test_roi_order_without_prerequisites(taxonomy, segment):
    rows = [SegmentDemand(sid, 0.9 - i * 0.1, 0.5) for i, sid in enumerate(["git", "aws", "communication"])]
    gaps = market_gaps(ProfileSkills(), segment, rows, taxonomy).gaps
    roadmap = build_roadmap(gaps, taxonomy, ProfileSkills(), 60, 4)
    assert order_of(roadmap) == [g.skill_id for g in gaps]


def small_gaps(taxonomy, segment, *ids):
    """Ranked gaps of an empty profile for a segment demanding `ids` (first most)."""
    rows = [SegmentDemand(sid, 0.9 - i * 0.1, 0.5) for i, sid in enumerate(ids)]
    return market_gaps(ProfileSkills(), segment, rows, taxonomy).gaps


@pytest.mark.parametrize("hours, weeks, parts, hours_in_parts, left", [
    (8, 4, [(1, 4), (2, 4), (3, 4), (4, 4)], [8, 8, 8, 6], None),  # SQL is 30 h
    (20, 2, [(1, 2), (2, 2)], [20, 10], None),
    (8, 2, [(1, 3), (2, 3)], [8, 8], 14),  # the rest (14 h) is part 3, beyond the plan
])
def test_large_skill_split_into_parts(taxonomy, segment, hours, weeks, parts, hours_in_parts, left):
    gaps = small_gaps(taxonomy, segment, "sql")
    roadmap = build_roadmap(gaps, taxonomy, ProfileSkills(), hours, weeks)
    items = [item for week in roadmap.weeks for item in week.items]
    assert [(i.part, i.parts) for i in items] == parts
    assert [i.hours for i in items] == hours_in_parts
    assert items[0].label == f"SQL (part 1/{parts[0][1]})"
    assert roadmap.unscheduled == ((("SQL", left),) if left else ())
    if left:
        assert "Checkpoint" in roadmap.weeks[-1].milestone  # an unfinished skill gets no final project yet


def test_small_remainder_moves_to_next_week(taxonomy, segment):
    first, second = small_gaps(taxonomy, segment, "sql", "git")
    roadmap = build_roadmap((first, second), taxonomy, ProfileSkills(), first.est_hours + 1, 2)  # 1 h left
    assert [i.label for i in roadmap.weeks[0].items] == [first.name]
    assert roadmap.weeks[1].items[0].skill_id == second.skill_id


def test_items_have_free_and_paid_resources(taxonomy, segment):
    roadmap = build_roadmap(small_gaps(taxonomy, segment, "docker", "aws"), taxonomy, ProfileSkills(), 20, 6)
    for week in roadmap.weeks:
        for item in week.items:
            assert item.free.paid is False and item.paid.paid is True
            assert item.free.url.startswith("https://") and item.paid.url.startswith("https://")
    docker = next(i for w in roadmap.weeks for i in w.items if i.skill_id == "docker")
    assert docker.free.provider == "Docker Docs"


@pytest.mark.parametrize("skill_id, words", [
    ("docker", ["Containerise", "Dockerfile"]),
    ("kubernetes", ["kind cluster"]),
    ("communication", ["design note", "feedback"]),
    ("ruby", ["Ruby", "command-line tool"]),  # category template
    ("airflow", ["Apache Airflow"]),
])
def test_milestones_are_concrete(taxonomy, segment, skill_id, words):
    profile = ProfileSkills.from_levels({"linux": 2, "docker": 2, "python": 3})
    rows = [SegmentDemand(skill_id, 0.9, 0.9)]
    gaps = market_gaps(ProfileSkills(), segment, rows, taxonomy).gaps
    roadmap = build_roadmap(gaps, taxonomy, profile, 60, 2)
    assert all(w.milestone and w.summary for w in roadmap.weeks)
    for word in words:
        assert word in roadmap.weeks[0].milestone


def test_no_gaps_gives_no_weeks(taxonomy):
    # issue 18: no filler ("Review and consolidate") weeks; nothing to learn is an empty plan
    roadmap = build_roadmap((), taxonomy, ProfileSkills(), 8, 4)
    assert roadmap.weeks == () and roadmap.requested_weeks == 4
    assert roadmap.generated_by == TEMPLATE_LABEL


@pytest.mark.parametrize("hours, weeks", [(8, 1), (8, 13), (8, 0), (0, 4), (61, 4), (-2, 4)])
def test_out_of_range_is_invalid(taxonomy, gaps, hours, weeks):
    with pytest.raises(InvalidInput):
        build_roadmap(gaps, taxonomy, ProfileSkills(), hours, weeks)


def test_defaults_are_8_hours_and_4_weeks(taxonomy, gaps):
    roadmap = build_roadmap(gaps, taxonomy, ProfileSkills())
    assert roadmap.hours_per_week == 8 and len(roadmap.weeks) == 4
