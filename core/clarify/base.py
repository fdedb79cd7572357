"""The one contract of question kinds, and the expected-effect arithmetic they share.

A `QuestionSource` proposes questions from `ClarifyInputs` and turns a reply into an `AnswerEffect` (corrections
over the cached extraction, and for a confirmed mapping a per-profile alias). A new kind is a new file with a new
source; the round builder (core.clarify.round) treats them all alike.

Expected effect: the change of the report's match a reply could make, weighted by how likely that reply is. For a
skill with share `w` of the target, `coverage(level)` is 1 - its gap fraction (core.gaps.estimate) at that level.
"""

from __future__ import annotations

import re
from typing import Protocol, runtime_checkable

from core.clarify.inputs import ClarifyInputs
from core.clarify.models import AnswerEffect, Question, QuestionKind, Reply
from core.gaps.estimate import estimate_gap
from core.gaps.profile import ProfileSkills
from core.taxonomy.models import Taxonomy

BASE_EFFECT = 0.002  # questions that do not touch the target still rank, after those that do
SENTENCE_CHARS = 160


@runtime_checkable
class QuestionSource(Protocol):
    """Anything that asks one kind of question and knows what its answers change."""

    kind: QuestionKind

    def questions(self, inputs: ClarifyInputs) -> list[Question]:
        """Candidate questions of this kind (unranked, unfiltered)."""
        ...

    def effect(self, question: Question, reply: Reply, taxonomy: Taxonomy) -> AnswerEffect:
        """What this reply changes (InvalidInput for a choice the question does not offer)."""
        ...


def with_level(profile: ProfileSkills, skill_id: str, level: int) -> ProfileSkills:
    """A copy of the profile holding `skill_id` at `level` (0 removes it)."""
    levels = dict(profile.levels)
    if level <= 0:
        levels.pop(skill_id, None)
    else:
        levels[skill_id] = level
    return ProfileSkills(levels, profile.names, {k: v for k, v in profile.notes.items() if k != skill_id})


def coverage(inputs: ClarifyInputs, skill_id: str, level: int | None = None) -> float:
    """1 - gap fraction of a target skill, at the profile's level or at `level` (0..4)."""
    target = inputs.target.get(skill_id) if inputs.target else None
    skill = inputs.taxonomy.get(skill_id)
    if target is None or skill is None:
        return 0.0
    profile = inputs.profile if level is None else with_level(inputs.profile, skill_id, level)
    est = estimate_gap(skill, target.expected_level, profile, inputs.taxonomy, inputs.settings)
    return 1.0 - est.gap_fraction


def share(inputs: ClarifyInputs, skill_id: str | None) -> float:
    """The skill's share of the target's match weight (0 when it is not a target skill)."""
    target = inputs.target.get(skill_id) if inputs.target and skill_id else None
    return target.share if target else 0.0


def gain(inputs: ClarifyInputs, skill_id: str, level: int) -> float:
    """Match change (share x coverage change) if the skill were held at `level` instead of now."""
    return share(inputs, skill_id) * abs(coverage(inputs, skill_id, level) - coverage(inputs, skill_id))


def sentence_around(text: str, start: int, end: int, limit: int = SENTENCE_CHARS) -> str:
    """The line/sentence holding text[start:end], clipped to about `limit` characters."""
    lo = max(text.rfind("\n", 0, start), *(text.rfind(p, 0, start) for p in (". ", "• ", "; "))) + 1
    hi_candidates = [i for i in (text.find("\n", end), text.find(". ", end)) if i >= 0]
    hi = min(hi_candidates) if hi_candidates else len(text)
    if start - limit // 2 > lo:  # clipped: start at a word ('medication administration', never 'ion administration')
        lo = start - limit // 2
        while lo < start and not text[lo - 1].isspace():
            lo += 1
    if end + limit // 2 < hi:
        hi = end + limit // 2
        while hi > end and not text[hi].isspace():
            hi -= 1
    return " ".join(text[lo:hi].strip(" .•;-").split())


def quote(surface: str) -> str:
    """A resume surface as quoted in a question (whitespace collapsed, clipped)."""
    words = " ".join(surface.split())
    return words if len(words) <= 60 else words[:57] + "…"


def word_in(text: str, words: str) -> bool:
    """True when `words` occur in `text` as whole words (case-insensitive)."""
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text, re.I) is not None
