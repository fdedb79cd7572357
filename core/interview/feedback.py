"""The end summary: per-category scores, strengths, improvements, and catalog resources for the weak topics.

Category scores, topics and resources are always computed here; an LLM (prompt `interview_feedback`) may reword
strengths and improvements, fabrication-checked, with the template lists as fallback.
"""

from __future__ import annotations

from statistics import mean
from typing import Sequence

from pydantic import BaseModel, Field

from core.errors import NotFound
from core.interview.models import KIND_LABELS, AnswerScore, CategoryScore, InterviewSummary, Plan, TopicAdvice, Turn
from core.llm.client import LLMClient
from core.llm.fallback import NOT_CONFIGURED, with_fallback
from core.llm.claims import claims_guard
from core.llm.fvs import SkillLexicon, skill_guard
from core.llm.prompts import render
from core.taxonomy.load import resources_for
from core.taxonomy.models import Taxonomy

STRONG, WEAK = 3.5, 3.0  # per-answer totals
PART_STRONG, PART_WEAK = 0.67, 0.4  # mean part values
TEMPLATE_FEEDBACK = "Feedback from the template engine"
PART_ADVICE = {
    "structure": ("Well-structured answers.", "Structure your answers: for behavioural questions use STAR "
                  "(situation, task, action, result); for technical ones explain why and give an example."),
    "specificity": ("Specific answers with numbers, tools and outcomes.",
                    "Be more specific: name the tools, give numbers (scale, time, %), and say what changed."),
    "relevance": ("Answers stayed on the question.", "Stay closer to the question asked before widening out."),
}


class FeedbackWire(BaseModel):
    """The JSON the LLM must return for the summary."""

    strengths: list[str] = Field(min_length=1, max_length=4)
    improvements: list[str] = Field(min_length=1, max_length=4)


def summarize(plan: Plan, turns: Sequence[Turn], taxonomy: Taxonomy, *, llm: LLMClient | None = None,
              lexicon: SkillLexicon | None = None, timeout_s: float | None = None) -> InterviewSummary:
    """The summary of a session's turns (template lists, reworded by the LLM when it answers validly)."""
    scored = [t for t in turns if t.score is not None]
    skipped = [t for t in turns if t.status == "skipped"]
    strengths, improvements = _strengths(scored), _improvements(scored, skipped)
    summary = InterviewSummary(
        overall=round(mean(t.score.total for t in scored), 1) if scored else None,
        answered=len(scored), skipped=len(skipped), not_reached=sum(1 for t in turns if t.open),
        categories=_categories(turns),
        strengths=tuple(strengths), improvements=tuple(improvements), topics=_topics(plan, turns, taxonomy),
        label=TEMPLATE_FEEDBACK, fallback_reason=NOT_CONFIGURED if llm is None else None,
    )
    if llm is None or not scored:
        return summary
    return _llm_feedback(summary, plan, scored, llm, lexicon, timeout_s)


def _categories(turns: Sequence[Turn]) -> tuple[CategoryScore, ...]:
    """Average total per question category, in KIND_LABELS order."""
    out = []
    for kind, label in KIND_LABELS.items():
        mine = [t for t in turns if t.question.kind == kind and (t.score is not None or t.status == "skipped")]
        if not mine:
            continue
        totals = [t.score.total for t in mine if t.score is not None]
        out.append(CategoryScore(category=label, average=round(mean(totals), 1) if totals else None,
                                 answered=len(totals), skipped=len(mine) - len(totals)))
    return tuple(out)


def _strengths(scored: Sequence[Turn]) -> list[str]:
    """Strong answers (what they covered) and rubric parts that were consistently high."""
    out = []
    for turn in sorted(scored, key=lambda t: -t.score.total):
        if turn.score.total >= STRONG:
            covered = "; ".join(turn.score.covered[:3])
            out.append(f"{turn.question.topic} ({turn.score.total:g}/5)" + (f": you covered {covered}." if covered
                                                                             else "."))
    if scored and mean(t.score.total for t in scored) >= WEAK:
        out.extend(good for key, (good, _) in PART_ADVICE.items() if _part_mean(scored, key) >= PART_STRONG)
    return out[:4] or (["You answered every question you were given — keep practising to build depth."]
                       if scored else [])


def _improvements(scored: Sequence[Turn], skipped: Sequence[Turn]) -> list[str]:
    """Weak answers (what they missed), skipped topics, and rubric parts that were consistently low."""
    out = []
    for turn in sorted(scored, key=lambda t: t.score.total):
        if turn.score.total < WEAK:
            missing = "; ".join(turn.score.missing[:3])
            out.append(f"{turn.question.topic} ({turn.score.total:g}/5)" + (f": practise {missing}." if missing
                                                                             else ": give a fuller answer."))
    out.extend(f"{t.question.topic}: skipped — prepare an answer." for t in skipped)
    out.extend(bad for key, (_, bad) in PART_ADVICE.items() if scored and _part_mean(scored, key) < PART_WEAK)
    return out[:5]


def _topics(plan: Plan, turns: Sequence[Turn], taxonomy: Taxonomy) -> tuple[TopicAdvice, ...]:
    """Weak or skipped skill topics with catalog resources and their roadmap week, weakest first."""
    weak = [t for t in turns if t.question.skill_id and (
        t.status == "skipped" or (t.score is not None and t.score.total < WEAK))]
    weak.sort(key=lambda t: t.score.total if t.score else -1.0)
    out = []
    for turn in weak:
        sid = turn.question.skill_id
        try:
            free, paid = resources_for(taxonomy, sid)
        except NotFound:
            continue
        out.append(TopicAdvice(
            skill_id=sid, name=turn.question.topic, score=turn.score.total if turn.score else None,
            missing=turn.score.missing if turn.score else turn.question.key_points,
            free_title=free.title, free_url=free.url, paid_title=paid.title, paid_url=paid.url,
            roadmap_week=plan.roadmap_weeks.get(sid),
        ))
    return tuple(out)


def _part_mean(scored: Sequence[Turn], key: str) -> float:
    """Mean value of one rubric part over the scored turns."""
    values = [p.value for t in scored if (p := t.score.part(key)) is not None]
    return mean(values) if values else 0.0


def _guard(plan: Plan, lexicon: SkillLexicon | None):
    """No skill outside the plan's, and no claim about the resume that contradicts it (answers may show any)."""
    if lexicon is None:
        return None
    skills = skill_guard(plan.allowed_skills, lexicon, scope="your resume, the target and the plan")
    claims = claims_guard(lexicon, plan.resume_facts(), resume_only=True)
    return lambda value: skills(value) + claims(value)


def _llm_feedback(summary: InterviewSummary, plan: Plan, scored: Sequence[Turn], llm: LLMClient,
                  lexicon: SkillLexicon | None, timeout_s: float | None) -> InterviewSummary:
    """Strengths and improvements reworded by the LLM (fabrication-checked), else the template lists."""
    results = [_result_line(t.question.topic, t.question.category, t.score) for t in scored]
    prompt = render("interview_feedback", role=plan.role, results=results)
    fallback = FeedbackWire(strengths=list(summary.strengths) or ["-"], improvements=list(summary.improvements)
                            or ["-"])
    guard = _guard(plan, lexicon)
    produced = with_fallback(llm, prompt, FeedbackWire, lambda: fallback, timeout_s=timeout_s, validate=guard)
    if not produced.from_llm:
        label = f"{TEMPLATE_FEEDBACK} — {produced.fallback_reason}"
        return summary.model_copy(update={"label": label, "fallback_reason": produced.fallback_reason})
    return summary.model_copy(update={
        "strengths": tuple(produced.value.strengths), "improvements": tuple(produced.value.improvements),
        "source": "llm", "label": f"Feedback written by {llm.display_name}", "fallback_reason": None,
    })


def _result_line(topic: str, category: str, score: AnswerScore) -> str:
    """One per-question result as prompt text."""
    missing = "; ".join(score.missing) or "nothing"
    return f"{topic} ({category}): {score.total:g}/5; missed: {missing}"
