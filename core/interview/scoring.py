"""The deterministic scoring engine: 0-5 from four rubric parts, feedback naming what was missing, follow-ups.

Technical questions weigh coverage of the skill's key concepts most; STAR questions (behavioural, seniority, soft
skills) weigh structure most. Answers under FULL_LENGTH_WORDS words are scaled down (a thin answer cannot score
high however on-topic it is).
"""

from __future__ import annotations

from core.interview.coverage import Coverage, TextEncoder, measure
from core.interview.models import AnswerScore, Question, RubricPart
from core.interview.rubric import STAR_PROMPTS, Signal, specificity_signal, star_signal, technical_structure
from core.interview.text import human_join, substance_words, word_count
from core.interview.tools import named_tools
from core.llm.fvs import SkillLexicon

WEIGHTS = {  # coverage, structure, specificity, relevance
    False: (0.45, 0.15, 0.20, 0.20),
    True: (0.25, 0.35, 0.25, 0.15),
}
FULL_LENGTH_WORDS = 40
THIN_WORDS = 25
THIN_COVERAGE = 0.34
SUBSTANCE_FULL = 10  # content words beyond the skill's name for full relevance ("I used Spark a bit" has none)
MAX_NAMED_MISSING = 3


def score_answer(question: Question, answer: str, *, encoder: TextEncoder | None = None,
                 lexicon: SkillLexicon | None = None) -> AnswerScore:
    """Score one answer 0-5 on the rubric, with the parts, the key points covered/missed and feedback."""
    coverage = measure(question.text, question.skill_name or "", question.key_points, answer, encoder)
    structure = star_signal(answer) if question.star else technical_structure(answer)
    exclude = [question.skill_id] if question.skill_id else []  # naming the asked skill is not a specific
    specificity = specificity_signal(answer, named_tools(answer, lexicon, exclude))
    parts = _parts(question, coverage, structure, specificity, answer)
    total = weighted_total(parts) * length_factor(answer)
    covered, partly = coverage.names(1.0), coverage.names(0.5)
    missing = coverage.names(0.0)
    return AnswerScore(
        total=round(min(5.0, total), 1), parts=parts, covered=covered, partly=partly, missing=missing,
        feedback=feedback(question, answer, missing, partly, structure, specificity), method=coverage.method,
    )


def weighted_total(parts: tuple[RubricPart, ...]) -> float:
    """5 x the weighted mean of the parts."""
    weight = sum(p.weight for p in parts) or 1.0
    return 5.0 * sum(p.value * p.weight for p in parts) / weight


def length_factor(answer: str) -> float:
    """1 for answers of FULL_LENGTH_WORDS words or more, else sqrt(words / FULL_LENGTH_WORDS)."""
    return min(1.0, word_count(answer) / FULL_LENGTH_WORDS) ** 0.5


def needs_follow_up(question: Question, score: AnswerScore, answer: str) -> bool:
    """True when an answer is thin: short, low on the key points, without specifics, or (STAR) half-structured."""
    coverage, structure, specificity = (score.part(k) for k in ("coverage", "structure", "specificity"))
    if word_count(answer) < THIN_WORDS:
        return True
    if coverage and coverage.value < THIN_COVERAGE:
        return True
    if question.star and structure and structure.value < 0.75:
        return True
    return bool(specificity and specificity.value == 0.0)


def follow_up_for(question: Question, score: AnswerScore) -> str:
    """The follow-up question for a thin answer: the missing STAR parts, else missing key points, else specifics."""
    if question.star:
        missing = star_signal_missing(score)
        if missing:
            asks = human_join([STAR_PROMPTS[p] for p in missing])
            return f"Let's make that concrete. Tell me {asks}."
    points = list(score.missing or score.partly)[:2]
    if points:
        return (f"Can you go one level deeper on {point_list(points)}? A concrete example from your own work "
                "helps.")
    return "Can you add specifics: which tools you used, any numbers (scale, time, %), and what the outcome was?"


def point_list(points) -> str:
    """Key points joined with semicolons (points often contain commas and "and" themselves)."""
    return "; ".join(points)


def star_signal_missing(score: AnswerScore) -> list[str]:
    """STAR parts marked ✗ in a score's structure detail."""
    part = score.part("structure")
    if part is None:
        return []
    return [name for name in STAR_PROMPTS if f"{name} ✗" in part.detail]


def feedback(question: Question, answer: str, missing: tuple[str, ...], partly: tuple[str, ...],
             structure: Signal, specificity: Signal) -> str:
    """Feedback that names what was missing: key points, STAR parts, specifics, length."""
    lines = []
    if missing:
        shown = point_list(missing[:MAX_NAMED_MISSING])
        more = f" (and {len(missing) - MAX_NAMED_MISSING} more)" if len(missing) > MAX_NAMED_MISSING else ""
        lines.append(f"You did not mention: {shown}{more}.")
    if partly:
        lines.append(f"Only touched on: {point_list(partly)}.")
    if question.star and structure.missing:
        lines.append(f"STAR: add {human_join([STAR_PROMPTS[p] for p in structure.missing])}.")
    elif not question.star and structure.value < 0.5:
        lines.append("Structure: explain why, and give an example from your own work.")
    if specificity.missing:
        lines.append(f"Be specific: add {human_join(list(specificity.missing))}.")
    if word_count(answer) < FULL_LENGTH_WORDS:
        lines.append(f"Short answer ({word_count(answer)} words): aim for a few sentences.")
    return " ".join(lines) or "Strong answer: complete, structured and specific."


def relevance_part(question: Question, coverage: Coverage, answer: str, how: str, weight: float) -> RubricPart:
    """Similarity to the question, scaled down when the answer says little beyond naming the skill."""
    substance = len(substance_words(answer, question.topic))
    factor = min(1.0, substance / SUBSTANCE_FULL)
    value = round(coverage.relevance * factor, 3)
    detail = f"Similarity to the question ({how}): {coverage.relevance:.0%}."
    if factor < 1.0:
        detail = (f"On the question's topic ({how}: {coverage.relevance:.0%}), but only {substance} word"
                  f"{'' if substance == 1 else 's'} of substance beyond naming the skill, so it counts "
                  f"{value:.0%}.")
    return RubricPart(key="relevance", label="Relevance", value=value, weight=weight, detail=detail)


def _parts(question: Question, coverage: Coverage, structure: Signal, specificity: Signal,
           answer: str) -> tuple[RubricPart, ...]:
    """The four rubric parts with their weights for this kind of question."""
    w_cov, w_struct, w_spec, w_rel = WEIGHTS[question.star]
    how = "semantic similarity" if coverage.method == "semantic" else "word match"
    n = len(question.key_points)
    covered = sum(m.credit for m in coverage.marks)
    return (
        RubricPart(key="coverage", label="Key points", value=round(coverage.value, 3), weight=w_cov,
                   detail=f"{covered:g} of {n} key points covered ({how})."),
        RubricPart(key="structure", label="Structure (STAR)" if question.star else "Structure",
                   value=structure.value, weight=w_struct, detail=structure.detail),
        RubricPart(key="specificity", label="Specificity", value=specificity.value, weight=w_spec,
                   detail=specificity.detail),
        relevance_part(question, coverage, answer, how, w_rel),
    )
