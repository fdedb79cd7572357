"""LLM scoring of one answer (prompt `interview_score`), validated, with the deterministic engine as fallback.

The LLM marks each key concept with evidence quoted from the answer and rates structure, specificity and
relevance 0-5; the total is computed here with the same weights as the template engine, so scores stay
comparable. Output is rejected (and the turn scored by the template engine, labelled with the reason) when the
JSON does not validate, a key concept is missing or unknown, a quote is not in the answer, or the feedback
names a skill outside the resume, the target and the plan, or says the resume shows or lacks a skill against
the extraction (core.llm.claims; claims about the answer itself are the LLM's to make).
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from core.interview.coverage import TextEncoder
from core.interview.models import TEMPLATE_SCORER, AnswerScore, Question, RubricPart
from core.interview.scoring import WEIGHTS, score_answer, weighted_total
from core.interview.text import words
from core.llm.client import LLMClient
from core.llm.fallback import NOT_CONFIGURED, with_fallback
from core.llm.claims import ResumeFacts, claims_guard
from core.llm.fvs import SkillLexicon, mentioned_skills, skill_guard
from core.llm.prompts import render

EVIDENCE_MIN_OVERLAP = 0.8  # share of a quote's words that must appear in the answer


class ConceptMark(BaseModel):
    """The LLM's verdict on one key concept."""

    concept: str
    covered: bool
    evidence: str = ""


class ScoreWire(BaseModel):
    """The JSON the LLM must return."""

    concepts: list[ConceptMark]
    structure: int = Field(ge=0, le=5)
    specificity: int = Field(ge=0, le=5)
    relevance: int = Field(ge=0, le=5)
    feedback: str = Field(max_length=800)


def score_turn(question: Question, answer: str, *, llm: LLMClient | None, encoder: TextEncoder | None,
               lexicon: SkillLexicon | None, allowed: tuple[str, ...] = (),
               timeout_s: float | None = None, facts: ResumeFacts | None = None) -> AnswerScore:
    """The LLM's score when it answers validly in time, else the template engine's, labelled either way."""
    holder: list[AnswerScore] = []

    def deterministic() -> ScoreWire:
        holder.append(score_answer(question, answer, encoder=encoder, lexicon=lexicon))
        return to_wire(holder[0])

    prompt = render("interview_score", skill=question.topic, question=question.text,
                    key_concepts=list(question.key_points), answer=answer)
    produced = with_fallback(llm, prompt, ScoreWire, deterministic, timeout_s=timeout_s,
                             validate=_validator(question, answer, lexicon, allowed, facts))
    if produced.from_llm:
        return from_wire(produced.value, question, f"Scored by {llm.display_name}")
    reason = produced.fallback_reason
    label = TEMPLATE_SCORER if reason in (None, NOT_CONFIGURED) else f"{TEMPLATE_SCORER} — {reason}"
    return holder[0].model_copy(update={"label": label, "fallback_reason": reason})


def to_wire(score: AnswerScore) -> ScoreWire:
    """A template score in the LLM's shape (so with_fallback has one type either way)."""
    marks = [ConceptMark(concept=p, covered=True) for p in score.covered]
    marks += [ConceptMark(concept=p, covered=False) for p in (*score.partly, *score.missing)]
    parts = {p.key: round(p.value * 5) for p in score.parts}
    return ScoreWire(concepts=marks, structure=parts.get("structure", 0), specificity=parts.get("specificity", 0),
                     relevance=parts.get("relevance", 0), feedback=score.feedback)


def from_wire(wire: ScoreWire, question: Question, label: str) -> AnswerScore:
    """An AnswerScore from a validated LLM verdict (total computed with the template engine's weights)."""
    covered = {_norm(m.concept) for m in wire.concepts if m.covered}
    hit = tuple(p for p in question.key_points if _norm(p) in covered)
    missing = tuple(p for p in question.key_points if _norm(p) not in covered)
    n = len(question.key_points)
    w_cov, w_struct, w_spec, w_rel = WEIGHTS[question.star]
    evidence = {_norm(m.concept): m.evidence for m in wire.concepts if m.covered and m.evidence}
    quotes = "; ".join(f'"{evidence[_norm(p)]}"' for p in hit if _norm(p) in evidence)
    parts = (
        RubricPart(key="coverage", label="Key points", value=round(len(hit) / n, 3) if n else 0.0, weight=w_cov,
                   detail=f"{len(hit)} of {n} key points covered (judged by the LLM)." + (
                       f" Evidence: {quotes}" if quotes else "")),
        RubricPart(key="structure", label="Structure (STAR)" if question.star else "Structure",
                   value=wire.structure / 5, weight=w_struct, detail=f"Rated {wire.structure}/5 by the LLM."),
        RubricPart(key="specificity", label="Specificity", value=wire.specificity / 5, weight=w_spec,
                   detail=f"Rated {wire.specificity}/5 by the LLM."),
        RubricPart(key="relevance", label="Relevance", value=wire.relevance / 5, weight=w_rel,
                   detail=f"Rated {wire.relevance}/5 by the LLM."),
    )
    feedback = wire.feedback.strip()
    if missing and "did not mention" not in feedback.lower():
        feedback = f"You did not mention: {'; '.join(missing)}. {feedback}".strip()
    return AnswerScore(total=round(weighted_total(parts), 1), parts=parts, covered=hit, missing=missing,
                       feedback=feedback, source="llm", label=label, method="llm")


def _validator(question: Question, answer: str, lexicon: SkillLexicon | None, allowed: tuple[str, ...],
               facts: ResumeFacts | None = None):
    """Schema-level checks beyond pydantic: every concept marked once, quotes from the answer, no fabrication."""
    guard = claims = None
    if lexicon is not None:
        claims = claims_guard(lexicon, facts, resume_only=True)
        extra = mentioned_skills(f"{question.text}\n{answer}", lexicon)
        scope = "the skills of your resume, the target, the plan and the answer"
        guard = skill_guard({*allowed, *extra, *([question.skill_id] if question.skill_id else [])}, lexicon,
                            scope=scope)

    def validate(wire: ScoreWire) -> list[str]:
        problems = []
        wanted = {_norm(p): p for p in question.key_points}
        given = [_norm(m.concept) for m in wire.concepts]
        if unknown := [m.concept for m in wire.concepts if _norm(m.concept) not in wanted]:
            problems.append(f"it marked concepts that were not asked: {', '.join(unknown[:3])}")
        if absent := [p for k, p in wanted.items() if k not in given]:
            problems.append(f"it did not mark every key concept (missing: {', '.join(absent[:3])})")
        answer_words = set(words(answer))
        for mark in wire.concepts:
            quote = words(mark.evidence)
            if mark.covered and quote and sum(w in answer_words for w in quote) / len(quote) < EVIDENCE_MIN_OVERLAP:
                problems.append(f'its evidence for "{mark.concept}" is not a quote from the answer')
        if guard is not None:
            problems.extend(guard(wire.feedback))
        if claims is not None:
            problems.extend(claims(wire.feedback))
        return problems

    return validate


def _norm(text: str) -> str:
    """Case/space/punctuation-insensitive key for a concept."""
    return " ".join(words(text))
