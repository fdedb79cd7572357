"""Optional LLM polish of the roadmap's wording (summaries and milestones); the template plan is the fallback."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Iterable

from pydantic import BaseModel, Field

from core.gaps.roadmap import TEMPLATE_LABEL, Roadmap
from core.llm.client import LLMClient, Prompt
from core.llm.fallback import with_fallback
from core.llm.claims import ResumeFacts, claims_guard
from core.llm.fvs import SkillLexicon, skill_guard
from core.llm.prompts import render
from core.taxonomy.models import Taxonomy

MAX_CHARS = 400


class PolishedWeek(BaseModel):
    """One week's reworded text."""

    week: int
    summary: str = Field(min_length=1)
    milestone: str = Field(min_length=1)


class PolishedPlan(BaseModel):
    """The LLM's answer: reworded text for every week (plus an optional motivating sentence)."""

    weeks: list[PolishedWeek]
    overall: str = ""


def polish_roadmap(
    roadmap: Roadmap,
    llm: LLMClient | None,
    taxonomy: Taxonomy,
    allowed_skill_ids: Iterable[str] = (),
    timeout_s: float | None = None,
    role: str = "",
) -> Roadmap:
    """The roadmap with LLM-polished wording when valid; else unchanged, labelled "Template plan" with the reason.

    `allowed_skill_ids` are the skills the person holds (the report passes the profile's): besides the plan's
    gaps, the only skills the text may name, and the only ones it may say the resume shows.
    """
    held = set(allowed_skill_ids)
    allowed = {item.skill_id for week in roadmap.weeks for item in week.items} | held
    template = PolishedPlan(weeks=[
        PolishedWeek(week=w.number, summary=w.summary, milestone=w.milestone) for w in roadmap.weeks
    ])
    lexicon = SkillLexicon.from_taxonomy(taxonomy)
    guard = skill_guard(allowed, lexicon, scope="the skills in this plan")
    gaps = {item.skill_id for week in roadmap.weeks for item in week.items}
    claims = claims_guard(lexicon, ResumeFacts.of(held, gaps))
    numbers = [w.number for w in roadmap.weeks]

    def validate(plan: PolishedPlan) -> list[str]:
        """Problems: different weeks, over-long text, or skills outside the plan."""
        problems = [] if [w.week for w in plan.weeks] == numbers else ["the weeks do not match the plan"]
        problems += [f"week {w.week} text is too long" for w in plan.weeks
                     if len(w.summary) > MAX_CHARS or len(w.milestone) > MAX_CHARS]
        problems += ["the overall sentence is too long"] if len(plan.overall) > MAX_CHARS else []
        return problems + guard(plan) + claims(plan)

    names = sorted({taxonomy.skills[sid].name for sid in allowed if sid in taxonomy.skills})
    produced = with_fallback(llm, _prompt(roadmap, role, names), PolishedPlan, lambda: template,
                             timeout_s=timeout_s, validate=validate)
    if not produced.from_llm:
        return replace(roadmap, generated_by=TEMPLATE_LABEL, fallback_reason=produced.fallback_reason)
    texts = {w.week: w for w in produced.value.weeks}
    weeks = tuple(replace(w, summary=texts[w.number].summary.strip(), milestone=texts[w.number].milestone.strip())
                  for w in roadmap.weeks)
    return replace(roadmap, weeks=weeks, generated_by=produced.label, fallback_reason=None,
                   intro=produced.value.overall.strip())


def _prompt(roadmap: Roadmap, role: str, allowed_names: list[str]) -> Prompt:
    """The registered roadmap_polish prompt with the plan's weeks as JSON."""
    weeks = [
        {"week": w.number, "hours": w.hours, "skills": [f"{i.label}: {i.hours} h" for i in w.items],
         "summary": w.summary, "milestone": w.milestone}
        for w in roadmap.weeks
    ]
    return render("roadmap_polish", role=role or "the target role", allowed_skills=", ".join(allowed_names),
                  roadmap=json.dumps({"hours_per_week": roadmap.hours_per_week, "weeks": weeks}, ensure_ascii=False))
