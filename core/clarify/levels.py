"""Level questions: for the target skills the resume shows, how well the person knows them (L1-L4, in plain words).

Pre-filled with the level the report uses: stated, from years of use (stated, or the dated roles that mention the
skill), else the L2 assumption, shown as an assumption, each with its reason (core.skills.levels.level_reasons).
Skills whose level the user already set are not asked again. Effect: share x the mean change of the
skill's coverage over the four answers, full weight for an assumed level, less for one read from stated years.
"""

from __future__ import annotations

from core.clarify.base import BASE_EFFECT, coverage, sentence_around, share
from core.clarify.inputs import ClarifyInputs
from core.clarify.models import AnswerEffect, Option, Question, Reply, question_key
from core.errors import InvalidInput
from core.gaps.settings import LEVELS, level_label
from core.skills.levels import LevelReason, level_reasons
from core.skills.models import UserCorrection
from core.taxonomy.models import Taxonomy

LEVEL_WORDS = {
    1: ("Beginner", "You have tried it or followed a tutorial; real work still needs help."),
    2: ("Working", "You have used it on real tasks and get things done, looking things up now and then."),
    3: ("Proficient", "You use it on your own for complex work and could review others' work."),
    4: ("Expert", "You design with it, teach it, and people bring you their hardest problems."),
}
FROM_YEARS_WEIGHT = 0.4  # a level read from stated years is less uncertain than an assumed one


def level_name(level: int) -> str:
    """"L3 · Proficient"."""
    return f"L{level} · {LEVEL_WORDS[level][0]}"


class LevelSource:
    """Questions about the level of held skills that matter to the target."""

    kind = "level"

    def questions(self, inputs: ClarifyInputs) -> list[Question]:
        """One question per held target skill whose level the user has not set and that could move the report."""
        if inputs.target is None:
            return []
        out, reasons = [], level_reasons(inputs.extraction)
        for skill_id, target in inputs.target.skills.items():
            have = inputs.profile.level(skill_id)
            if have == 0 or skill_id in inputs.levelled or inputs.taxonomy.get(skill_id) is None:
                continue
            now = coverage(inputs, skill_id)
            spread = sum(abs(coverage(inputs, skill_id, lvl) - now) for lvl in LEVELS) / len(LEVELS)
            assumed = inputs.profile.notes.get(skill_id)  # also "added without a level" after a confirmation
            effect = share(inputs, skill_id) * spread * (1.0 if assumed else FROM_YEARS_WEIGHT)
            if effect <= 0:
                continue
            out.append(Question(
                key=question_key(self.kind, skill_id), kind="level", subject=skill_id,
                text=f"How well do you know {target.name}?",
                options=tuple(Option(str(lvl), level_name(lvl), LEVEL_WORDS[lvl][1]) for lvl in LEVELS),
                skills=(skill_id,), default=str(have), evidence=_evidence(inputs, skill_id),
                assumption=_assumption(have, bool(assumed), reasons.get(skill_id)),
                reason=f"{inputs.target.label} expects {level_label(target.expected_level)}; "
                       f"your level changes how big this gap is.",
                effect=max(effect, BASE_EFFECT),
            ))
        return out

    def effect(self, question: Question, reply: Reply, taxonomy: Taxonomy) -> AnswerEffect:
        """A set_level correction for the chosen level."""
        if not reply.choice.isdigit() or int(reply.choice) not in LEVELS:
            raise InvalidInput("Pick a level from L1 to L4.")
        level = int(reply.choice)
        skill = taxonomy.get(question.subject)
        name = skill.name if skill else question.subject
        return AnswerEffect((UserCorrection("set_level", question.subject, name, level=level, note="clarify level"),),
                            None, f"{name} set to {level_name(level)}")


def _assumption(have: int, assumed: bool, why: LevelReason | None) -> str:
    """The pre-filled level and where it came from ("L4 · Expert, read from your resume: used in ...")."""
    if assumed:
        if why is not None and why.source == "default":
            return f"Assumed {level_name(have)}: no dated role in your resume mentions it, and it states no years."
        return f"Assumed {level_name(have)}: your resume states no years for it."
    if why is not None and why.level == have:
        return f"{level_name(have)}, read from your resume: {why.text}."
    return f"{level_name(have)}, read from your resume."


def _evidence(inputs: ClarifyInputs, skill_id: str) -> str | None:
    """The sentence of the skill's first mention outside the skills list (else its first mention)."""
    mentions = [m for m in inputs.extraction.occurrences() if m.skill_id == skill_id]
    if not mentions:
        return None
    best = next((m for m in mentions if m.section != "skills"), mentions[0])
    return sentence_around(inputs.text, best.start, best.end)
