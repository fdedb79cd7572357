"""The template roadmap: prerequisites first, then ROI; packed into weeks without exceeding the weekly budget."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence

from core.errors import InvalidInput
from core.gaps.courses import course_note, courses_for
from core.gaps.milestones import milestone_for, review_milestone
from core.gaps.models import SkillGap
from core.gaps.prereqs import prerequisite_chain
from core.gaps.profile import ProfileSkills
from core.taxonomy.load import resources_for
from core.gaps.settings import GapSettings
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
    resources: tuple[Resource, ...] = ()  # () for an experienced level gap with no advanced material
    note: str = ""  # why there is no beginner course


@dataclass(frozen=True)
class RoadmapItem:
    """One skill (or one part of a split skill) in one week."""

    skill_id: str
    name: str
    hours: int
    part: int
    parts: int
    free: Resource | None
    paid: Resource | None
    roi_rank: int | None = None
    prerequisite_for: tuple[str, ...] = ()
    note: str = ""  # e.g. "No course: you have used SQL for 6 years ..."

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
    requested_weeks: int = 0  # weeks asked for; the plan is shorter when the gaps run out
    deferred: tuple[str, ...] = ()  # why a gap was left out (its prerequisite chain would fill over half the plan)

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
    """The template plan: the top `limit` gaps (ROI order), each after the prerequisites it lacks, then further gaps
    while hours are left; a gap whose prerequisite chain would fill over half the plan is deferred; no empty weeks."""
    check_plan_size(hours_per_week, weeks)
    settings = settings or GapSettings()
    ordered, deferred = order_skills(gaps, taxonomy, profile, limit, settings, hours_per_week * weeks)
    slots, unscheduled = _pack(ordered, hours_per_week, weeks)
    slots = [slot for slot in slots if slot]  # packing fills weeks in order: empty ones are only at the end
    parts = _number_parts(slots, {name for name, _ in unscheduled})
    planned = {skill.skill_id for skill in ordered}
    deferred = [skill for skill in deferred if skill.skill_id not in planned]
    left_out = list(dict.fromkeys((skill.name, skill.hours) for skill in deferred))
    return Roadmap(
        weeks=tuple(_week(n, slots[n - 1], parts, taxonomy) for n in range(1, len(slots) + 1)),
        hours_per_week=hours_per_week,
        unscheduled=tuple(unscheduled + left_out),
        requested_weeks=weeks,
        deferred=_deferred_notes(deferred, hours_per_week * weeks),
    )


def order_skills(
    gaps: Sequence[SkillGap], taxonomy: Taxonomy, profile: ProfileSkills, limit: int, settings: GapSettings,
    budget: int | None = None,
) -> tuple[list[PlanSkill], list[PlanSkill]]:
    """(plan order, deferred): each gap by ROI rank preceded by its not-yet-placed missing prerequisites.

    The top `limit` gaps are always placed (what does not fit is unscheduled); later gaps only while the plan has
    hours left. A gap whose new prerequisite hours exceed `max_prerequisite_share` of `budget` is deferred.
    """
    ranked = sorted(gaps, key=lambda g: g.roi_rank or 10**6)
    by_id = {g.skill_id: g for g in gaps}
    cap = settings.max_prerequisite_share * budget if budget else float("inf")
    placed: dict[str, PlanSkill] = {}
    deferred: list[PlanSkill] = []
    used = 0
    for index, gap in enumerate(ranked):
        if gap.skill_id in placed:
            continue
        if index >= limit and budget is not None and used >= budget:
            break
        chain = [(pid, by_id[pid].est_hours if pid in by_id else hours)
                 for pid, hours in prerequisite_chain(gap.skill_id, taxonomy, profile, settings)]
        new = [(pid, hours) for pid, hours in chain if pid not in placed]
        if sum(hours for _, hours in new) > cap:
            deferred += [_prerequisite(pid, hours, gap.name, by_id, taxonomy, settings) for pid, hours in new]
            deferred.append(_gap_skill(gap, taxonomy, settings))
            continue
        for pid, hours in new:
            placed[pid] = _prerequisite(pid, hours, gap.name, by_id, taxonomy, settings)
            used += placed[pid].hours
        for pid, _ in chain:
            if pid in placed and gap.name not in placed[pid].prerequisite_for:
                placed[pid] = replace(placed[pid], prerequisite_for=placed[pid].prerequisite_for + (gap.name,))
        placed[gap.skill_id] = _gap_skill(gap, taxonomy, settings)
        used += placed[gap.skill_id].hours
    return list(placed.values()), deferred


def _gap_skill(gap: SkillGap, taxonomy: Taxonomy, settings: GapSettings) -> PlanSkill:
    """A ranked gap as a plan entry, with the courses it earns."""
    return PlanSkill(gap.skill_id, gap.name, max(1, gap.est_hours), gap.roi_rank,
                     resources=courses_for(gap, taxonomy, settings), note=course_note(gap, settings))


def _prerequisite(pid: str, hours: int, needed_by: str, by_id: dict[str, SkillGap], taxonomy: Taxonomy,
                  settings: GapSettings) -> PlanSkill:
    """A prerequisite as a plan entry (a ranked gap keeps its rank)."""
    gap = by_id.get(pid)
    skill = _gap_skill(gap, taxonomy, settings) if gap else PlanSkill(
        pid, taxonomy.skills[pid].name, max(1, hours), None, resources=resources_for(taxonomy, pid))
    return replace(skill, prerequisite_for=(needed_by,))


def _deferred_notes(deferred: list[PlanSkill], budget: int) -> tuple[str, ...]:
    """One sentence per deferred gap: what it needs first and how many hours that is."""
    notes, chain = [], []
    for skill in deferred:
        if skill.prerequisite_for:
            chain.append(skill)
            continue
        first = ", ".join(p.name for p in chain)
        hours = sum(p.hours for p in chain)
        notes.append(f"{skill.name} needs {first} first ({hours} h before its own {skill.hours} h), more than "
                     f"half of this {budget} h plan: left for a longer plan.")
        chain = []
    return tuple(notes)


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
    resource = (main.free or main.paid).title if (main.free or main.paid) else "your own project"
    milestone = milestone_for(taxonomy.skills[main.skill_id], main.part, main.parts, others[0] if others else None,
                              resource, main.hours)
    summary = "Learn " + ", ".join(f"{item.label} ({item.hours} h)" for item in items) + "."
    return RoadmapWeek(number, items, sum(i.hours for i in items), summary, milestone)


def _item(skill: PlanSkill, hours: int, part: tuple[int, int], taxonomy: Taxonomy) -> RoadmapItem:
    free = next((r for r in skill.resources if not r.paid), None)
    paid = next((r for r in skill.resources if r.paid), None)
    return RoadmapItem(skill.skill_id, skill.name, hours, part[0], part[1], free, paid, skill.roi_rank,
                       skill.prerequisite_for, skill.note)
