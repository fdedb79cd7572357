"""The question plan: gaps first, then the target's topics the person has, resume/target mismatches, behavioural.

`build_plan` is deterministic (the template bank); `core.interview.writer.write_questions` may then let an LLM
reword the questions (same slots, same key points, fabrication-checked).
"""

from __future__ import annotations

import math
import zlib

from core.errors import InvalidInput
from core.interview.bank import (
    CATEGORY_SCENARIO, DEPTH_TEMPLATES, GAP_TEMPLATES, LEVEL_TEMPLATE, SENIORITY_DIFFICULTY, SENIORITY_THEME,
    SOFT_DEPTH_TEMPLATE, SOFT_TEMPLATE, fill, key_points, stable_pick, themes_for,
)
from core.interview.models import (
    MAX_LENGTH, MIN_LENGTH, DepthTopic, Difficulty, GapTopic, Mismatch, Plan, PlanInputs, Question,
)
from core.taxonomy.models import Taxonomy

ORDER = ("gap", "depth", "gap", "mismatch")  # technical questions interleave in this pattern


def difficulty_for(seniority: str | None) -> Difficulty:
    """The question difficulty a target seniority calls for (mid when unknown)."""
    return SENIORITY_DIFFICULTY.get((seniority or "").lower(), "mid")


def build_plan(inputs: PlanInputs, taxonomy: Taxonomy, length: int) -> Plan:
    """`length` questions (3-10) drawn from the gaps, the target's topics, mismatches and behavioural themes."""
    if not MIN_LENGTH <= length <= MAX_LENGTH:
        raise InvalidInput(f"An interview has {MIN_LENGTH} to {MAX_LENGTH} questions (got {length}).")
    level = difficulty_for(inputs.seniority)
    pools = {
        "gap": [_gap_question(g, i, inputs, taxonomy, level) for i, g in enumerate(inputs.gaps)],
        "depth": [_depth_question(d, inputs, taxonomy, level) for d in inputs.depth],
        "mismatch": [_mismatch_question(m, inputs, taxonomy, level) for m in inputs.mismatches],
    }
    quota = _quota(length, {k: len(v) for k, v in pools.items()})
    technical = _interleave(pools, quota)
    behavioural = _behavioural(inputs, level, length - len(technical))
    questions = _place_behavioural(technical, behavioural)
    plan_skills = [q.skill_id for q in questions if q.skill_id]
    allowed = dict.fromkeys([*inputs.profile_skills, *inputs.target_skills, *plan_skills])
    return Plan(
        target_label=inputs.target_label, role=inputs.role, difficulty=level, questions=tuple(questions),
        allowed_skills=tuple(allowed), roadmap_weeks=dict(inputs.roadmap_weeks), notes=inputs.notes,
        held_skills=tuple(inputs.profile_skills), gap_skills=tuple(g.skill_id for g in inputs.gaps),
    )


def _quota(length: int, available: dict[str, int]) -> dict[str, int]:
    """How many questions of each technical kind: about 60% gaps, the rest depth, at most two mismatches.

    A short session (3 questions) spends its technical slots on the top gaps; mismatches then only fill slots the
    gaps and held topics cannot.
    """
    behavioural = 1 if length <= 6 else 2
    mismatch = min(available["mismatch"], 0 if length <= 3 else 1 if length < 8 else 2)
    rest = length - behavioural - mismatch
    gap = min(available["gap"], math.ceil(rest * 0.6))
    depth = min(available["depth"], rest - gap)
    gap = min(available["gap"], rest - depth)  # depth ran short: more gap questions
    mismatch += min(available["mismatch"] - mismatch, rest - gap - depth)  # nothing else to ask: mismatches
    return {"gap": gap, "depth": depth, "mismatch": mismatch}


def _interleave(pools: dict[str, list[Question]], quota: dict[str, int]) -> list[Question]:
    """Technical questions in the ORDER pattern, one skill asked once."""
    queues = {kind: list(pools[kind]) for kind in pools}
    taken = {kind: 0 for kind in pools}
    seen: set[str] = set()
    out: list[Question] = []
    while any(taken[k] < quota[k] and queues[k] for k in quota):
        for kind in ORDER:
            while taken[kind] < quota[kind] and queues[kind]:
                question = queues[kind].pop(0)
                if question.skill_id and question.skill_id in seen:
                    continue
                if question.skill_id:
                    seen.add(question.skill_id)
                out.append(question)
                taken[kind] += 1
                break
    for kind in ("gap", "depth", "mismatch"):  # top up when duplicates left a quota unfilled
        for question in queues[kind]:
            if len(out) >= sum(quota.values()):
                return out
            if not (question.skill_id and question.skill_id in seen):
                seen.update([question.skill_id] if question.skill_id else [])
                out.append(question)
    return out


def _place_behavioural(technical: list[Question], behavioural: list[Question]) -> list[Question]:
    """Behavioural questions go last; a second one goes in the middle."""
    if len(behavioural) >= 2 and technical:
        middle = len(technical) // 2 + 1
        return [*technical[:middle], behavioural[0], *technical[middle:], *behavioural[1:]]
    return [*technical, *behavioural]


def _gap_question(gap: GapTopic, rank: int, inputs: PlanInputs, taxonomy: Taxonomy, level: Difficulty) -> Question:
    """A technical question on a gap skill's key concepts (a STAR question for a soft skill)."""
    skill = taxonomy.get(gap.skill_id)
    points = key_points(skill, level)
    soft = skill is not None and skill.category == "soft_skill"
    template = SOFT_TEMPLATE if soft else stable_pick(gap.skill_id, GAP_TEMPLATES[level])
    if gap.status == "partial":
        why = f"you hold it at L{gap.have_level}; the target expects about L{gap.expected_level:g}"
    else:
        why = "it is not on your resume"
    return Question(
        kind="gap", text=fill(template, gap.name, points, role=inputs.role, scenario=_scenario(skill)),
        skill_id=gap.skill_id, skill_name=gap.name, key_points=points, difficulty=level, star=soft,
        reason=f"{gap.name} is gap #{rank + 1} for {inputs.target_label}: {why}.",
    )


def _depth_question(topic: DepthTopic, inputs: PlanInputs, taxonomy: Taxonomy, level: Difficulty) -> Question:
    """A depth question on a skill the target asks for and the resume shows."""
    skill = taxonomy.get(topic.skill_id)
    points = key_points(skill, level)
    soft = skill is not None and skill.category == "soft_skill"
    template = SOFT_DEPTH_TEMPLATE if soft else stable_pick(topic.skill_id, DEPTH_TEMPLATES[level])
    ask = f"{topic.requirement} " if topic.requirement in ("required", "preferred") else ""
    return Question(
        kind="depth", text=fill(template, topic.name, points, scenario=_scenario(skill)),
        skill_id=topic.skill_id, skill_name=topic.name, key_points=points, difficulty=level, star=soft,
        reason=f"{topic.name} is a {ask}skill for {inputs.target_label} and it is on your resume: expect depth.",
    )


def _mismatch_question(m: Mismatch, inputs: PlanInputs, taxonomy: Taxonomy, level: Difficulty) -> Question:
    """A question probing a resume/target mismatch: seniority (STAR) or a skill held below the ask."""
    if m.kind == "level" and m.skill_id:
        skill = taxonomy.get(m.skill_id)
        name = m.name or (skill.name if skill else m.skill_id)
        points = key_points(skill, level, advanced=True)
        return Question(
            kind="mismatch", text=fill(LEVEL_TEMPLATE, name, points, detail=m.detail), skill_id=m.skill_id,
            skill_name=name, key_points=points, difficulty=level, reason=f"Level mismatch: {m.detail}",
        )
    target_level = (inputs.seniority or "senior").lower()
    text = SENIORITY_THEME.text.format(level=target_level, detail=m.detail.rstrip(".") + ".")
    return Question(kind="mismatch", text=text, key_points=SENIORITY_THEME.points, difficulty=level, star=True,
                    reason=f"Experience mismatch: {m.detail}", theme=SENIORITY_THEME.id)


def _behavioural(inputs: PlanInputs, level: Difficulty, count: int) -> list[Question]:
    """`count` behavioural questions, themes rotated by target so different targets get different themes."""
    themes = themes_for(level)
    if count <= 0 or not themes:
        return []
    start = zlib.crc32(inputs.target_label.encode("utf8")) % len(themes)
    picked = [themes[(start + i) % len(themes)] for i in range(min(count, len(themes)))]
    return [Question(kind="behavioural", text=t.text, key_points=t.points, difficulty=level, star=True,
                     reason="Behavioural question: answer with Situation, Task, Action, Result.", theme=t.id)
            for t in picked]


def _scenario(skill) -> str:
    """The scenario noun for a skill's category."""
    return CATEGORY_SCENARIO.get(skill.category if skill else "", "a real project")
