"""The template roadmap: prerequisites first, then ROI; packed into weeks without exceeding the weekly budget."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from core.errors import InvalidInput
from core.gaps.estimate import estimate_gap, knows
from core.gaps.milestones import milestone_for, review_milestone
from core.gaps.models import SkillGap
from core.gaps.profile import ProfileSkills
from core.taxonomy.load import resources_for
from core.gaps.settings import DEFAULT_LEVEL, GapSettings
from core.taxonomy.models import Resource, Taxonomy

TEMPLATE_LABEL = "Template plan"
MIN_WEEKS, MAX_WEEKS = 2, 12
MIN_HOURS, MAX_HOURS = 1, 60
MIN_CHUNK_HOURS = 2  # never start a skill with less than this left in a week (unless it fits whole)


@dataclass(frozen=True)
class PlanSkill:
    """A skill to schedule: a ranked gap, or a prerequisite the user lacks."""

    skill_id: str
    name: str
    hours: int
    roi_rank: int | None  # None for an added prerequisite
    prerequisite_for: tuple[str, ...] = ()  # names of the skills that need it


@dataclass(frozen=True)
class RoadmapItem:
    """One skill (or one part of a split skill) in one week."""

    skill_id: str
    name: str
    hours: int
    part: int
    parts: int
    free: Resource
    paid: Resource
    roi_rank: int | None = None
    prerequisite_for: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """"Kubernetes (part 1/2)" for split skills, else the name."""
        return f"{self.name} (part {self.part}/{self.parts})" if self.parts > 1 else self.name


@dataclass(frozen=True)
class RoadmapWeek:
    """One week: its items, hours (≤ the budget), a summary line and a milestone project."""

    number: int
    items: tuple[RoadmapItem, ...]
    hours: int
    summary: str
    milestone: str


@dataclass(frozen=True)
class Roadmap:
    """The plan; `generated_by` is "Template plan" unless an LLM polished the wording."""

    weeks: tuple[RoadmapWeek, ...]
    hours_per_week: int
    generated_by: str = TEMPLATE_LABEL
    unscheduled: tuple[tuple[str, int], ...] = ()  # (name, hours left) beyond the plan
    fallback_reason: str | None = None
    intro: str = ""  # one motivating sentence (LLM-polished plans only)

    @property
    def total_hours(self) -> int:
        """Hours scheduled across all weeks."""
        return sum(week.hours for week in self.weeks)


def check_plan_size(hours_per_week: int, weeks: int) -> None:
    """InvalidInput unless 2-12 weeks and 1-60 hours a week."""
    if not isinstance(weeks, int) or not MIN_WEEKS <= weeks <= MAX_WEEKS:
        raise InvalidInput(f"A roadmap is {MIN_WEEKS}-{MAX_WEEKS} weeks long (got {weeks}).")
    if not isinstance(hours_per_week, int) or not MIN_HOURS <= hours_per_week <= MAX_HOURS:
        raise InvalidInput(f"Hours per week must be {MIN_HOURS}-{MAX_HOURS} (got {hours_per_week}).")


def build_roadmap(
    gaps: Sequence[SkillGap],
    taxonomy: Taxonomy,
    profile: ProfileSkills,
    hours_per_week: int = 8,
    weeks: int = 4,
    limit: int = 10,
    settings: GapSettings | None = None,
) -> Roadmap:
    """The template plan for the top `limit` gaps (ROI order) plus the prerequisites they need first."""
    check_plan_size(hours_per_week, weeks)
    ordered = order_skills(gaps, taxonomy, profile, limit, settings or GapSettings())
    slots, unscheduled = _pack(ordered, hours_per_week, weeks)
    parts = _number_parts(slots, {name for name, _ in unscheduled})
    return Roadmap(
        weeks=tuple(_week(n, slots[n - 1], parts, taxonomy) for n in range(1, weeks + 1)),
        hours_per_week=hours_per_week,
        unscheduled=tuple(unscheduled),
    )


def order_skills(
    gaps: Sequence[SkillGap], taxonomy: Taxonomy, profile: ProfileSkills, limit: int, settings: GapSettings
) -> list[PlanSkill]:
    """Topological order: each gap (by ROI rank) preceded by its not-yet-placed prerequisites."""
    chosen = sorted(gaps, key=lambda g: g.roi_rank or 10**6)[:limit]
    by_id = {g.skill_id: g for g in gaps}
    needed_by: dict[str, list[str]] = {}
    order: list[str] = []
    state: dict[str, str] = {}

    def visit(skill_id: str) -> None:
        """Place the missing prerequisites of `skill_id` (depth first), then the skill."""
        if state.get(skill_id):
            return  # placed, or on the stack (a cycle in the data: ignore the back edge)
        state[skill_id] = "visiting"
        skill = taxonomy.get(skill_id)
        for pre in skill.prerequisites if skill else ():
            if pre in taxonomy.skills and not knows(profile, taxonomy, pre):  # held or implied: enough to start
                needed_by.setdefault(pre, []).append(skill.name)
                visit(pre)
        state[skill_id] = "done"
        order.append(skill_id)

    for gap in chosen:
        visit(gap.skill_id)
    return [_plan_skill(sid, by_id.get(sid), needed_by.get(sid, []), taxonomy, profile, settings) for sid in order]


def _plan_skill(
    skill_id: str, gap: SkillGap | None, needed_by: list[str], taxonomy: Taxonomy, profile: ProfileSkills,
    settings: GapSettings,
) -> PlanSkill:
    names = tuple(dict.fromkeys(needed_by))
    if gap is not None:
        return PlanSkill(skill_id, gap.name, max(1, gap.est_hours), gap.roi_rank, names)
    skill = taxonomy.skills[skill_id]
    est = estimate_gap(skill, float(DEFAULT_LEVEL), profile, taxonomy, settings)
    return PlanSkill(skill_id, skill.name, max(1, est.est_hours), None, names)


def _pack(
    skills: list[PlanSkill], budget: int, weeks: int
) -> tuple[list[list[tuple[PlanSkill, int]]], list[tuple[str, int]]]:
    """Fill weeks in order; split a skill across weeks when it does not fit; never exceed the budget."""
    slots: list[list[tuple[PlanSkill, int]]] = [[] for _ in range(weeks)]
    used = [0] * weeks
    unscheduled: list[tuple[str, int]] = []
    week = 0
    for skill in skills:
        left = skill.hours
        while left > 0 and week < weeks:
            room = budget - used[week]
            if room <= 0 or (left > room and room < min(MIN_CHUNK_HOURS, budget)):
                week += 1
                continue
            chunk = min(left, room)
            slots[week].append((skill, chunk))
            used[week] += chunk
            left -= chunk
        if left > 0:
            unscheduled.append((skill.name, left))
    return slots, unscheduled


def _number_parts(
    slots: list[list[tuple[PlanSkill, int]]], unfinished: set[str]
) -> dict[tuple[str, int], tuple[int, int]]:
    """(skill_id, week) -> (part, parts) for every chunk; a skill cut off by the plan's end has one more part."""
    weeks_of: dict[str, list[int]] = {}
    extra: dict[str, int] = {}
    for number, slot in enumerate(slots, start=1):
        for skill, _ in slot:
            weeks_of.setdefault(skill.skill_id, []).append(number)
            extra[skill.skill_id] = 1 if skill.name in unfinished else 0
    return {
        (sid, number): (i, len(numbers) + extra[sid])
        for sid, numbers in weeks_of.items() for i, number in enumerate(numbers, 1)
    }


def _week(
    number: int, slot: list[tuple[PlanSkill, int]], parts: dict[tuple[str, int], tuple[int, int]], taxonomy: Taxonomy
) -> RoadmapWeek:
    items = tuple(_item(skill, hours, parts[(skill.skill_id, number)], taxonomy) for skill, hours in slot)
    if not items:
        return RoadmapWeek(number, (), 0, "Review and consolidate.", review_milestone())
    main = max(items, key=lambda item: (item.part == item.parts, item.hours))  # prefer a skill that completes
    others = [taxonomy.skills[i.skill_id] for i in items if i.skill_id != main.skill_id]
    milestone = milestone_for(taxonomy.skills[main.skill_id], main.part, main.parts, others[0] if others else None,
                              main.free.title, main.hours)
    summary = "Learn " + ", ".join(f"{item.label} ({item.hours} h)" for item in items) + "."
    return RoadmapWeek(number, items, sum(i.hours for i in items), summary, milestone)


def _item(skill: PlanSkill, hours: int, part: tuple[int, int], taxonomy: Taxonomy) -> RoadmapItem:
    free, paid = resources_for(taxonomy, skill.skill_id)
    return RoadmapItem(skill.skill_id, skill.name, hours, part[0], part[1], free, paid, skill.roi_rank,
                       skill.prerequisite_for)
