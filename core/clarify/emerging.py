"""Emerging-skill questions: open-vocabulary mentions with no taxonomy match.

"You mention “Temporal”, which is not in our skill list. Is it closest to one of these, or its own skill?"
Options: the closest taxonomy skills by embedding similarity (core.clarify.neighbours), "keep it as its own skill"
(the default) and "not a skill". Choosing a candidate counts the skill (an alias for this profile plus an add).
"""

from __future__ import annotations

from core.clarify.base import BASE_EFFECT, gain, quote, sentence_around
from core.clarify.candidates import unmapped_mentions
from core.clarify.inputs import ClarifyInputs
from core.clarify.models import KEEP_OWN, NOT_A_SKILL, AnswerEffect, Option, Question, Reply, question_key
from core.clarify.neighbours import Neighbours
from core.errors import InvalidInput
from core.skills.models import UserCorrection
from core.taxonomy.models import Taxonomy

MAX_CANDIDATES = 3
MIN_SIMILARITY = 0.35
P_SAME = 0.5


class EmergingSource:
    """Questions about skills the taxonomy does not know yet."""

    kind = "emerging"

    def __init__(self, neighbours: Neighbours | None = None) -> None:
        """`neighbours` ranks taxonomy skills by closeness (None: no candidates, only keep / not a skill)."""
        self.neighbours = neighbours

    def questions(self, inputs: ClarifyInputs) -> list[Question]:
        """One question per unmapped skill name."""
        out = []
        for mention in unmapped_mentions(inputs.extraction):
            near = self._near(mention.name)
            ids = tuple(sid for sid, _ in near)
            said = quote(mention.surface)
            options = [Option(sid, f"Count it as {inputs.taxonomy.skills[sid].name}",
                              f"closest match · {round(score * 100)}% similar") for sid, score in near]
            options += [Option(KEEP_OWN, f"Keep “{said}” as its own skill", "it stays on your profile as written"),
                        Option(NOT_A_SKILL, "Not a skill", "ignore these words")]
            best = max((gain(inputs, sid, 2) * score * P_SAME for sid, score in near), default=0.0)
            text = (f"You mention “{said}”, which is not in our skill list yet. Is it one of these, "
                    f"or its own skill?" if near else f"You mention “{said}”, which is not in our skill list yet. "
                    f"Keep it as its own skill?")
            out.append(Question(
                key=question_key(self.kind, mention.name), kind="emerging", subject=mention.name, text=text,
                options=tuple(options), candidates=ids, surface=mention.surface,
                evidence=sentence_around(inputs.text, mention.start, mention.end), default=KEEP_OWN,
                assumption=f"“{said}” counts for nothing in the report until it maps to a known skill.",
                reason="New tools are not in the skill list yet; a close match lets it count.",
                effect=max(best, BASE_EFFECT),
            ))
        return out

    def _near(self, name: str) -> list[tuple[str, float]]:
        if self.neighbours is None:
            return []
        return [(sid, s) for sid, s in self.neighbours.nearest(name, MAX_CANDIDATES) if s >= MIN_SIMILARITY]

    def effect(self, question: Question, reply: Reply, taxonomy: Taxonomy) -> AnswerEffect:
        """Candidate -> alias + add; keep -> kept as written; not a skill -> dropped."""
        surface = question.surface or question.subject
        if reply.choice == NOT_A_SKILL:
            return AnswerEffect((UserCorrection("reject", None, question.subject, note="not a skill"),), None,
                                f"“{quote(surface)}” is not counted as a skill")
        if reply.choice == KEEP_OWN:
            return AnswerEffect((UserCorrection("add", None, question.subject, note="own skill"),), None,
                                f"“{quote(surface)}” kept as its own skill")
        skill = taxonomy.get(reply.choice)
        if skill is None or reply.choice not in question.candidates:
            raise InvalidInput(f"“{reply.choice}” is not one of this question's choices.")
        return AnswerEffect((UserCorrection("add", skill.id, skill.name, note=f"alias: {surface}"),),
                            (surface, skill.id), f"“{quote(surface)}” counted as {skill.name}")
