"""LLM rewording of a template plan (prompt `interview_questions`): same slots and key points, checked for fabrication.

The template plan is the deterministic answer; the LLM's questions replace its wording only when every slot is
answered exactly once, each skill question names its skill, and no question names a skill outside the resume,
the target and the plan.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from core.interview.models import Plan
from core.llm.client import LLMClient
from core.llm.fallback import NOT_CONFIGURED, with_fallback
from core.llm.claims import claims_guard
from core.llm.fvs import SkillLexicon, skill_guard
from core.llm.prompts import render

TEMPLATE_QUESTIONS = "Questions from the template bank"


class WrittenQuestion(BaseModel):
    """One slot's question."""

    slot: int
    question: str = Field(min_length=10, max_length=700)


class WrittenQuestions(BaseModel):
    """The JSON the LLM must return."""

    questions: list[WrittenQuestion]


def write_questions(plan: Plan, llm: LLMClient | None, lexicon: SkillLexicon | None,
                    timeout_s: float | None = None) -> Plan:
    """The plan with LLM-written questions when valid, else the template wording; labelled either way."""
    slots = [_slot_line(i + 1, q) for i, q in enumerate(plan.questions)]
    prompt = render("interview_questions", role=plan.role, level=plan.difficulty, slots="\n".join(slots),
                    count=len(plan.questions))
    template = WrittenQuestions(questions=[WrittenQuestion(slot=i + 1, question=q.text)
                                           for i, q in enumerate(plan.questions)])
    produced = with_fallback(llm, prompt, WrittenQuestions, lambda: template, timeout_s=timeout_s,
                             validate=_validator(plan, lexicon))
    if not produced.from_llm:
        reason = produced.fallback_reason
        label = TEMPLATE_QUESTIONS if reason in (None, NOT_CONFIGURED) else f"{TEMPLATE_QUESTIONS} — {reason}"
        return plan.model_copy(update={"source": "template", "label": label, "fallback_reason": reason})
    by_slot = {w.slot: w.question.strip() for w in produced.value.questions}
    questions = tuple(q.model_copy(update={"text": by_slot[i + 1]}) for i, q in enumerate(plan.questions))
    return plan.model_copy(update={"questions": questions, "source": "llm",
                                   "label": f"Questions written by {llm.display_name}", "fallback_reason": None})


def _slot_line(number: int, question) -> str:
    """One slot as a prompt line."""
    about = question.skill_name or f"theme: {question.theme or question.kind}"
    return (f"{number}. [{question.kind} · {about}] key points: {'; '.join(question.key_points)} "
            f"| draft: {question.text}")


def _validator(plan: Plan, lexicon: SkillLexicon | None):
    """Every slot once, skill questions name their skill, no skill outside the allowed set."""
    guard = skill_guard(plan.allowed_skills, lexicon, scope="your resume, the target and the plan") \
        if lexicon is not None else None
    claims = claims_guard(lexicon, plan.resume_facts()) if lexicon is not None else None

    def validate(value: WrittenQuestions) -> list[str]:
        problems = []
        slots = [w.slot for w in value.questions]
        expected = list(range(1, len(plan.questions) + 1))
        if sorted(slots) != expected:
            problems.append(f"it returned slots {sorted(slots)} instead of {expected}")
            return problems
        for written in value.questions:
            question = plan.questions[written.slot - 1]
            if question.skill_name and not _names(written.question, question, lexicon):
                problems.append(f"question {written.slot} does not name {question.skill_name}")
        if guard is not None:
            problems.extend(guard(value))
        if claims is not None:
            problems.extend(claims(value))
        return problems

    return validate


def _names(text: str, question, lexicon: SkillLexicon | None) -> bool:
    """True when `text` names the question's skill (by name, or any alias via the lexicon)."""
    if question.skill_name.lower() in text.lower():
        return True
    return lexicon is not None and any(h.skill_id == question.skill_id for h in lexicon.find(text))
