"""Spans predicted by the context extractor before they become mentions, and the span-level completions it adds:
list items next to an accepted skill (coordinated) and, for resumes, further occurrences of an accepted skill."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from core.skills.gazetteer import LexicalPass


@dataclass(slots=True)
class PredictedSpan:
    """A predicted span before it becomes a mention."""

    start: int
    end: int
    layer: str
    confidence: float
    skill_id: str | None = None
    evidence: str = ""


def evidence_occurrences(lex: LexicalPass, found: list[PredictedSpan], used: set[int]) -> list[PredictedSpan]:
    """Resumes: other rule-accepted occurrences of a skill the model accepted somewhere in the document — the
    skill is the person's, and each occurrence is evidence of it ("Deployed services with Docker")."""
    skills = {s.skill_id for s in found if s.skill_id}
    out = []
    for c in lex.accepted:
        if id(c) not in used and c.form.skill_id in skills:
            used.add(id(c))
            out.append(PredictedSpan(c.start, c.end, "knowledge", round(c.confidence * 0.8, 3), c.form.skill_id,
                             "evidence"))
    return out


ROLE_NOUNS = frozenset("""engineer engineers developer developers analyst analysts scientist scientists architect
architects manager managers lead leads specialist specialists consultant consultants administrator administrators
designer designers team teams role position""".split())
DISCIPLINE_HEADS = frozenset("development engineering science analysis analytics design devops operations".split())
_NEXT_WORD = re.compile(r"[\s/-]*([A-Za-z]+)")


def listed(lex: LexicalPass, used: set[int], layer_of, kind: str = "resume", text: str = "") -> list[PredictedSpan]:
    """The listed-skill floor: every taxonomy candidate the rules accepted (case, ambiguity and context rules of
    core.skills.gazetteer) that the model left out. A skill the text names is a skill unless those rules say its
    context is not one ("Go to market", "Spring semester"); the model's annotation conventions (SkillSpan leaves
    many plain tool names untagged) never drop it. In postings the floor skips the benefits section ("visa
    sponsorship") and a discipline named as the job's title ("Backend Engineer" is not a Backend Development
    requirement). `layer_of(skill_id)` gives the mention's layer."""
    out = []
    for c in lex.accepted:
        if id(c) in used:
            continue
        if kind == "job" and (lex.section_of(c.start) == "benefits" or _in_title(text, c)):
            continue
        used.add(id(c))
        out.append(PredictedSpan(c.start, c.end, layer_of(c.form.skill_id), round(c.confidence * 0.85, 3),
                                 c.form.skill_id, "listed"))
    return out


def _in_title(text: str, c) -> bool:
    """True when a discipline ("Backend Development", "Data Science") is named as a role: "Backend Engineer"."""
    if c.form.name.split()[-1].lower() not in DISCIPLINE_HEADS:
        return False
    nxt = _NEXT_WORD.match(text, c.end)
    return c.surface.split()[-1].lower() in ROLE_NOUNS or (nxt is not None and nxt.group(1).lower() in ROLE_NOUNS)


_COORDINATION = re.compile(r"\s*(?:,\s*(?:and|or)?|;|/|&|\+|\band\b|\bor\b)\s*", re.I)


def coordinated(text: str, lex: LexicalPass, found: list[PredictedSpan], used: set[int], passes: int = 4
                ) -> list[PredictedSpan]:
    """Taxonomy candidates the model rejected but listed right next to a skill it accepted ("Python, FastAPI,
    PostgreSQL and Docker"): a list holds one kind of thing, so they are accepted too (chains propagate)."""
    accepted = sorted((s for s in found if s.skill_id), key=lambda s: s.start)
    out: list[PredictedSpan] = []
    for _ in range(passes):
        added, starts = [], [s.start for s in accepted]  # once per pass, not per candidate (was quadratic)
        for c in lex.accepted:
            if id(c) in used:
                continue
            lo = bisect_left(starts, c.start)
            near = [s for s in accepted[max(0, lo - 1):lo + 1]
                    if _COORDINATION.fullmatch(text, min(s.end, c.end), max(s.start, c.start))]
            if near:
                used.add(id(c))
                added.append(PredictedSpan(c.start, c.end, near[0].layer, round(near[0].confidence * 0.9, 3),
                                   c.form.skill_id, "model:list"))
        if not added:
            break
        out += added
        accepted = sorted(accepted + added, key=lambda s: s.start)
    return out
