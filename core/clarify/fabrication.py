"""The fabrication check: every skill a question names must appear in the resume or in the target's requirements.

A question is dropped (and counted in the round's diagnostics) when:
- a skill it asks about (`Question.skills`) is neither in the resume nor among the target's skills;
- a candidate it offers (`Question.candidates`) is not a taxonomy skill (candidates are the mapping choices for
  words that are in the resume, so they need not be in the resume themselves);
- the words it quotes (`Question.surface`) are not in the resume;
- its text or reasoning names a taxonomy skill outside the allowed ones (core.llm.fvs.SkillLexicon);
- its text or reasoning says the resume shows a skill it does not, or lacks one it shows (core.llm.claims).
  Skills offered as candidates are uncertain: the question may say either.
"""

from __future__ import annotations

from core.clarify.candidates import rejected_candidates
from core.clarify.inputs import ClarifyInputs
from core.clarify.models import Question
from core.llm.claims import ResumeFacts, claim_problems
from core.llm.fvs import SkillLexicon


def allowed_skills(inputs: ClarifyInputs, lexicon: SkillLexicon) -> frozenset[str]:
    """Skill ids a question may name: the resume's (mentions, uncertain candidates, role titles) and the target's."""
    ids = set(inputs.extraction.skill_ids()) | set(inputs.profile.levels)
    ids |= {sid for item in rejected_candidates(inputs.extraction) for sid in item.skill_ids[:1]}
    for role in inputs.roles:
        ids |= {hit.skill_id for hit in lexicon.find(role.title)}
    if inputs.target is not None:
        ids |= set(inputs.target.skills)
    return frozenset(ids)


def problems(question: Question, inputs: ClarifyInputs, allowed: frozenset[str], lexicon: SkillLexicon) -> list[str]:
    """Why a question breaks the rule (empty when it is fine)."""
    found = []
    for sid in question.skills:
        if sid not in allowed:
            found.append(f"asks about {lexicon.name(sid)!r}, which is in neither the resume nor the target")
    for sid in question.candidates:
        if sid not in inputs.taxonomy.skills:
            found.append(f"offers {sid!r}, which is not a known skill")
    if question.surface and question.surface.lower() not in inputs.text.lower():
        found.append(f"quotes “{question.surface}”, which is not in the resume")
    named = allowed | set(question.candidates)
    facts = resume_facts(inputs, question)
    for text in (question.text, question.reason):
        for hit in lexicon.find(text or ""):
            if hit.skill_id not in named:
                found.append(f"names {lexicon.name(hit.skill_id)!r}, which is in neither the resume nor the target")
        found.extend(claim_problems(text or "", lexicon, facts))
    return found


def resume_facts(inputs: ClarifyInputs, question: Question | None = None) -> ResumeFacts:
    """Held: the extraction and the corrected profile; gaps: the target's other skills; candidates are both."""
    held = set(inputs.extraction.skill_ids()) | set(inputs.profile.levels)
    uncertain = {sid for item in rejected_candidates(inputs.extraction) for sid in item.skill_ids[:1]}
    uncertain |= set(question.candidates) if question is not None else set()
    target = set(inputs.target.skills) if inputs.target is not None else set()
    return ResumeFacts.of(held | uncertain, (target - held) | uncertain)


def check(questions: list[Question], inputs: ClarifyInputs,
          lexicon: SkillLexicon) -> tuple[list[Question], list[str]]:
    """(questions that pass, one reason per dropped question)."""
    allowed = allowed_skills(inputs, lexicon)
    kept, dropped = [], []
    for question in questions:
        found = problems(question, inputs, allowed, lexicon)
        if found:
            dropped.append(f"{question.kind} question dropped: {found[0]}")
        else:
            kept.append(question)
    return kept, dropped
