"""Build a round: every source's questions -> fabrication check -> answered ones hidden -> one question per skill
-> ranked (skills the target asks for first, then the highest expected effect) -> at most `limit` (5).

Rounds hold still: while a question of the current round (`current`, the keys the page showed) is open, the round
shows only those; the next ones come when all of them are answered or skipped. Skills the resume lists in its
Skills section (core.clarify.stated) are never asked about.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Sequence

from core.clarify import fabrication
from core.clarify.base import QuestionSource
from core.clarify.inputs import ClarifyInputs
from core.clarify.models import ClarifyDiagnostics, ClarifyRound, Question
from core.clarify.stated import stated_skills
from core.errors import InvalidInput
from core.llm.fvs import SkillLexicon
from core.taxonomy.models import Taxonomy

ROUND_LIMIT = 5
KIND_ORDER = {"alias": 0, "emerging": 1, "level": 2, "probe": 3}  # the most grounded kind wins a shared skill


class Clarifier:
    """The question sources of one taxonomy, with the lexicon the fabrication check uses (built once)."""

    def __init__(self, taxonomy: Taxonomy, sources: Sequence[QuestionSource], *, limit: int = ROUND_LIMIT) -> None:
        """`sources`: one per question kind."""
        self.taxonomy, self.sources, self.limit = taxonomy, tuple(sources), limit
        self._lexicon: SkillLexicon | None = None

    @property
    def lexicon(self) -> SkillLexicon:
        """The taxonomy's surface forms (for the fabrication check), built on first use."""
        if self._lexicon is None:
            self._lexicon = SkillLexicon.from_taxonomy(self.taxonomy)
        return self._lexicon

    def source(self, kind: str) -> QuestionSource:
        """The source of a question kind (InvalidInput when none)."""
        for source in self.sources:
            if source.kind == kind:
                return source
        raise InvalidInput(f"Unknown question kind {kind!r}.")

    def round(self, inputs: ClarifyInputs, hidden: Iterable[str] = (), assumptions: Sequence[str] | None = None,
              current: Sequence[str] = ()) -> ClarifyRound:
        """The next questions (answered keys in `hidden` never return; the open ones of the `current` round stay
        until all are answered) and the assumptions still standing."""
        inputs = replace(inputs, stated=inputs.stated | stated_skills(inputs.text, self.lexicon))
        generated: dict[str, int] = {}
        proposed: list[Question] = []
        for source in self.sources:
            found = source.questions(inputs)
            generated[source.kind] = generated.get(source.kind, 0) + len(found)
            proposed += found
        kept, dropped = fabrication.check(proposed, inputs, self.lexicon)
        hidden = set(hidden)
        open_ = [q for q in kept if q.key not in hidden]
        unique = sorted(_one_per_skill(open_), key=lambda q: rank(q, inputs))
        carried = [q for q in unique if q.key in set(current)]
        shown = tuple(carried[: self.limit] or unique[: self.limit])
        probes_by = next((q.produced_by for q in proposed if q.probe is not None), "")
        diagnostics = ClarifyDiagnostics(
            generated=generated, fabricated=len(dropped), fabrication_reasons=tuple(dropped),
            answered_hidden=len(kept) - len(open_), duplicates=len(open_) - len(unique),
            over_limit=max(0, len(unique) - self.limit), probes_by=probes_by,
            notes=(f"{len(inputs.stated)} skills listed in the Skills section are not asked about",),
        )
        standing = tuple(assumptions) if assumptions is not None else inputs.profile.assumptions
        return ClarifyRound(shown, standing, len(unique) - len(shown), diagnostics)


def in_demand(question: Question, inputs: ClarifyInputs) -> bool:
    """True when a skill the question asks about (else its first candidate) has a share of the target's demand."""
    ids = question.skills or question.candidates[:1]
    return inputs.target is not None and any(
        (t := inputs.target.get(sid)) is not None and t.share > 0 for sid in ids)


def rank(question: Question, inputs: ClarifyInputs) -> tuple:
    """Sort key: skills the target asks for first, then the higher expected effect, the more grounded kind."""
    return (not in_demand(question, inputs), -question.effect, KIND_ORDER.get(question.kind, 9), question.text)


def primary_skill(question: Question) -> str:
    """What a question is about: its first asked skill, else its first candidate, else its subject."""
    if question.skills:
        return question.skills[0]
    if question.candidates:
        return question.candidates[0]
    return f"{question.kind}:{question.subject.lower()}"


def _one_per_skill(questions: list[Question]) -> list[Question]:
    """Keep one question per skill: the most grounded kind, then the higher effect."""
    best: dict[str, Question] = {}
    for q in questions:
        key = primary_skill(q)
        old = best.get(key)
        if old is None or (KIND_ORDER.get(q.kind, 9), -q.effect) < (KIND_ORDER.get(old.kind, 9), -old.effect):
            best[key] = q
    return list(best.values())
