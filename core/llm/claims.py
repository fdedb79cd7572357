"""The claims check: what LLM text says the resume shows or lacks must agree with the extraction.

`skill_guard` (core.llm.fvs) only checks which skills are named; "your resume already shows ETL in depth" names an
allowed skill (ETL is a gap, so it is discussed) yet contradicts the extraction. This module finds sentences that
assert possession ("your resume shows / already has / demonstrates X", "you have experience with X", "you're
strong in X", "X is on your resume") or absence ("you lack X", "X is missing", "no evidence of X", "a gap in X",
"you don't yet show X") of a skill named by the taxonomy lexicon, and checks them deterministically:

- a possession claim must be about a held skill;
- an absence claim must not be about a held skill unless it is also a gap (a partial gap may be called either).

Questions, conditionals ("if you have X") and advice ("you should show X") are not claims. Polarity: the nearest
cue before the skill in its clause (or a cue right after a skill list: "X and Y are missing"), flipped by a
negation ("not", "n't", "no", "never", "without") in or just before the cue, or between the cue and the skill.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable

from core.llm.claim_cues import (ABSENCE_POST, CONDITIONAL, MODAL, NEGATION, POSSESSION_POST, PRE_CUES, QUESTION,
                                 RESUME_WORD, clauses)
from core.llm.fvs import SkillHit, SkillLexicon, strings_in

_LIST_GLUE = re.compile(r"^\s*(?:,|/|&|\+|and|or|,\s*and|,\s*or)?\s*$", re.I)
_WORDS_BEFORE = re.compile(r"(?:[\w']+\W+){0,3}$")
# a skill followed by its own verb is the subject of a new clause ("..., ETL should come quickly"), not an object
_OWN_PREDICATE = re.compile(r"^\s*(?:should|will|can|could|would|may|might|must|is|are|was|were|has|have|"
                            r"comes?|takes?|helps?|builds?|makes?)\b", re.I)
_SINGULAR = re.compile(r"\s*(?:is|was|has|comes|takes|helps|builds|makes)$", re.I)


@dataclass(frozen=True)
class Claim:
    """One assertion that the resume shows (`has`) or lacks a skill."""

    skill_id: str
    surface: str
    has: bool
    about_resume: bool  # the clause names the resume / CV / profile
    clause: str


@dataclass(frozen=True)
class ResumeFacts:
    """What the extraction says: skills the resume holds and the target's gaps (partial gaps are in both)."""

    held: frozenset[str]
    gaps: frozenset[str]

    @classmethod
    def of(cls, held: Iterable[str], gaps: Iterable[str]) -> "ResumeFacts":
        """Facts from any iterables of skill ids."""
        return cls(frozenset(held), frozenset(gaps))


def find_claims(text: str, lexicon: SkillLexicon) -> list[Claim]:
    """Every possession / absence claim about a taxonomy skill in `text`, in order."""
    found: list[Claim] = []
    for clause in clauses(text.replace("\u2019", "'")):
        if QUESTION.search(clause):
            continue
        hits = lexicon.find(clause)
        for group in _groups(clause, hits):
            has = _polarity(clause, group)
            if has is None:
                continue
            about = bool(RESUME_WORD.search(clause))
            found.extend(Claim(h.skill_id, h.surface, has, about, clause.strip()) for h in group)
    return found


def claim_problems(text: str, lexicon: SkillLexicon, facts: ResumeFacts, *, resume_only: bool = False) -> list[str]:
    """One problem per claim that contradicts `facts` (only claims naming the resume when `resume_only`)."""
    problems = []
    for claim in find_claims(text, lexicon):
        if resume_only and not claim.about_resume:
            continue
        name = lexicon.name(claim.skill_id)
        if claim.has and claim.skill_id not in facts.held:
            why = "it is one of the gaps" if claim.skill_id in facts.gaps else "the resume does not show it"
            problems.append(f'it says the resume shows "{claim.surface}" ({name}), but {why}')
        elif not claim.has and claim.skill_id in facts.held and claim.skill_id not in facts.gaps:
            problems.append(f'it says the resume lacks "{claim.surface}" ({name}), but the resume shows it')
    return list(dict.fromkeys(problems))


def claims_guard(lexicon: SkillLexicon, facts: ResumeFacts | None, *,
                 resume_only: bool = False) -> Callable[[object], list[str]]:
    """A `validate` hook for with_fallback: problems for claims in any string of the value (none without facts)."""

    def validate(value: object) -> list[str]:
        """Contradicted claims in `value` (a str or pydantic model)."""
        if facts is None:
            return []
        return [p for text in strings_in(value) for p in claim_problems(text, lexicon, facts, resume_only=resume_only)]

    return validate


def _groups(clause: str, hits: list[SkillHit]) -> list[list[SkillHit]]:
    """Hits joined into lists ("ETL, Spark and Airflow"): a cue after the list applies to all of them."""
    groups: list[list[SkillHit]] = []
    for hit in hits:
        glue = clause[groups[-1][-1].end:hit.start] if groups else ""
        own = _OWN_PREDICATE.match(clause[hit.end:])
        splits = own and (glue.strip() == "," or _SINGULAR.match(own.group(0)))  # "Python and ETL is a gap"
        if groups and _LIST_GLUE.match(glue) and not splits:
            groups[-1].append(hit)
        else:
            groups.append([hit])
    return groups


def _polarity(clause: str, group: list[SkillHit]) -> bool | None:
    """True (shows), False (lacks) or None (no claim) for a list of skills in `clause`."""
    after = clause[group[-1].end:]
    for pattern, has in ((ABSENCE_POST, False), (POSSESSION_POST, True)):
        m = pattern.match(after)
        if m:
            return has ^ _odd(NEGATION.findall(m.group(0)))
    if _OWN_PREDICATE.match(after):
        return None
    start = group[0].start
    cue = _nearest_cue(clause, start)
    if cue is None:
        return None
    m, has = cue
    if CONDITIONAL.search(clause[:m.start()]) or (has and MODAL.search(clause[m.start():start])):
        return None
    before = _WORDS_BEFORE.search(clause[:m.start()]).group(0)
    inside = NEGATION.findall(m.group(0)) if has else []  # "no evidence of" / "without" are absence cues themselves
    negations = NEGATION.findall(before) + inside + NEGATION.findall(clause[m.end():start])
    return has ^ _odd(negations)


def _nearest_cue(clause: str, start: int) -> tuple[re.Match, bool] | None:
    """The cue ending closest before `start` (the later one wins), with its polarity."""
    best: tuple[re.Match, bool] | None = None
    for pattern, has, needs_person in PRE_CUES:
        for m in pattern.finditer(clause, 0, start):
            if needs_person and not re.search(r"\byou(?:r|'ve|'re)?\b", clause[:m.start()], re.I):
                continue
            if best is None or m.end() > best[0].end():
                best = (m, has)
    return best


def _odd(items: list) -> bool:
    """True when there is an odd number of negations."""
    return len(items) % 2 == 1
