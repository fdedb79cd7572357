"""Alias and ambiguity questions: "You wrote “k8s” — Kubernetes?", "Is “Go” here the programming language?".

Asked for the extractor's uncertain decisions (core.clarify.candidates): gate rejections without supporting
context, uncertain CRAG mappings, and skills whose every mention rests on weak context. Options: 2-3 candidate
skills, "something else" (typed) and "not a skill". A confirmed candidate becomes a per-profile alias and an
add / confirm correction; "not a skill" rejects a skill that was counted.
"""

from __future__ import annotations

from core.clarify.base import BASE_EFFECT, gain, quote, sentence_around
from core.clarify.candidates import Uncertain, rejected_candidates, weak_mentions
from core.clarify.inputs import ClarifyInputs
from core.clarify.models import NOT_A_SKILL, SOMETHING_ELSE, AnswerEffect, Option, Question, Reply, question_key
from core.clarify.resolve import resolve_skill
from core.errors import InvalidInput
from core.skills.models import UserCorrection
from core.taxonomy.models import Skill, Taxonomy

MAX_CANDIDATES = 3
P_CONFIRM = 0.5  # chance a rejected candidate is the skill after all
P_NOT_SKILL = 0.3  # chance a weakly supported mention is not the skill
YES_WORDS = frozenset({"yes", "y", "yep", "yeah", "correct", "right", "true"})  # typed answers, never skill names
NO_WORDS = frozenset({"no", "n", "nope", "none", "not a skill", "false"})
# none of these may name a skill: the fabrication check drops a question that names one the resume lacks
CATEGORY_NOUNS = {
    "programming_language": "the programming language", "framework": "the framework", "database": "the database",
    "cloud": "the hosting platform", "devops": "the deployment tool", "data_ml": "the data tool",
    "security": "the security skill", "mobile": "the mobile technology", "testing": "the testing tool",
    "analytics_business": "the business skill", "design": "the design skill", "soft_skill": "the soft skill",
    "tool": "the tool", "methodology": "the practice", "healthcare": "the clinical skill",
    "finance": "the finance skill", "education": "the classroom skill", "people_operations": "the workplace skill",
    "operations_trades": "the operational skill", "certification": "the certification",
}


def noun(skill: Skill) -> str:
    """"the programming language" etc. for a skill's category."""
    return CATEGORY_NOUNS.get(skill.category, "the skill")


class AliasSource:
    """Questions about uncertain mappings and ambiguous words."""

    kind = "alias"

    def questions(self, inputs: ClarifyInputs) -> list[Question]:
        """One question per uncertain surface (skills held for sure or listed in the Skills section are not asked)."""
        held = set(inputs.profile.levels)
        out: dict[str, Question] = {}
        for item in weak_mentions(inputs.extraction, inputs.taxonomy) + rejected_candidates(inputs.extraction):
            ids = tuple(i for i in item.skill_ids if i in inputs.taxonomy.skills)
            if not ids or (not item.accepted and ids[0] in held) or (item.accepted and ids[0] in inputs.corrected):
                continue
            if ids[0] in inputs.stated:  # listed in the Skills section: no doubt left to ask about
                continue
            question = self._question(item, _with_neighbours(ids, item.surface, inputs.taxonomy), inputs)
            out.setdefault(question.key, question)
        return list(out.values())

    def _question(self, item: Uncertain, ids: tuple[str, ...], inputs: ClarifyInputs) -> Question:
        tax = inputs.taxonomy
        first = tax.skills[ids[0]]
        said = quote(item.surface)
        if item.accepted:
            same = said.lower() == first.name.lower()
            text = f"Is “{said}” here {noun(first)}{'' if same else ' ' + first.name}?"
            effect = gain(inputs, ids[0], 0) * P_NOT_SKILL
            assumption = f"Counted as {first.name} from weak context."
        else:
            if len(ids) > 1:
                text = f"You wrote “{said}” — which skill is it?"
            elif said.lower() == first.name.lower():
                text = f"You wrote “{said}” — is that {noun(first)}?"
            else:
                text = f"You wrote “{said}” — did you mean {first.name}?"
            effect = gain(inputs, ids[0], 2) * P_CONFIRM
            assumption = f"Not counted as {first.name}: the sentence gave no sign it is a skill."
        if len(ids) == 1:
            options = [Option(ids[0], "Yes", f"count it as {first.name}")]
        else:
            options = [Option(sid, tax.skills[sid].name, noun(tax.skills[sid]).removeprefix("the ")) for sid in ids]
        options += [Option(SOMETHING_ELSE, "Something else", "type the skill you meant"),
                    Option(NOT_A_SKILL, "No, not a skill here", "just ordinary words")]
        return Question(
            key=question_key(self.kind, f"{item.surface}|{ids[0]}"), kind="alias", subject=item.surface,
            text=text, options=tuple(options), skills=(ids[0],) if item.accepted else (), candidates=ids,
            surface=item.surface, evidence=sentence_around(inputs.text, item.start, item.end),
            default=ids[0] if item.accepted else None, assumption=assumption,
            reason=_reason(item, inputs, ids[0]), effect=max(effect, BASE_EFFECT), allows_text=True,
        )

    def effect(self, question: Question, reply: Reply, taxonomy: Taxonomy) -> AnswerEffect:
        """Candidate -> alias + add (confirm when counted); other -> the typed skill; not a skill -> reject."""
        counted = question.skills  # the skill counted from weak context (empty for a rejected candidate)
        surface = question.surface or question.subject
        if reply.choice == NOT_A_SKILL:
            return _not_a_skill(surface, counted)
        if reply.choice == SOMETHING_ELSE:
            return _typed(reply, question, surface, counted, taxonomy)
        skill = taxonomy.get(reply.choice)
        if question.option(reply.choice) is None or reply.choice not in question.candidates or skill is None:
            raise InvalidInput(f"“{reply.choice}” is not one of this question's choices.")
        return _confirm(skill, surface, counted)


def _confirm(skill: Skill, surface: str, counted: tuple[str, ...]) -> AnswerEffect:
    """The candidate confirmed: counted under its taxonomy name (an option label like "Yes" is never a name),
    with the resume's words as its alias; a skill counted for the same words instead is rejected."""
    action = "confirm" if skill.id in counted else "add"
    fixes = [UserCorrection("reject", sid, note="mapped elsewhere") for sid in counted if sid != skill.id]
    fixes.append(UserCorrection(action, skill.id, skill.name, note=f"alias: {surface}"))
    return AnswerEffect(tuple(fixes), (surface, skill.id), f"“{quote(surface)}” counted as {skill.name}")


def _not_a_skill(surface: str, counted: tuple[str, ...]) -> AnswerEffect:
    """No: the words are not the candidate (a skill counted from them is rejected)."""
    rejects = tuple(UserCorrection("reject", sid, note="not a skill") for sid in counted)
    return AnswerEffect(rejects, None, f"“{quote(surface)}” is not counted as a skill")


def _typed(reply: Reply, question: Question, surface: str, counted: tuple[str, ...],
           taxonomy: Taxonomy) -> AnswerEffect:
    """"Something else": the typed name resolved to a taxonomy skill when possible, else kept as typed; a typed
    "yes" / "no" answers the question itself (the first candidate / not a skill), never names a skill."""
    typed = " ".join((reply.text or "").split())
    if not typed:
        raise InvalidInput("Type the skill you meant, or pick another choice.")
    word = typed.lower().strip(" .!")
    if word in YES_WORDS and question.candidates and taxonomy.get(question.candidates[0]):
        return _confirm(taxonomy.skills[question.candidates[0]], surface, counted)
    if word in NO_WORDS:
        return _not_a_skill(surface, counted)
    skill = resolve_skill(typed, taxonomy)
    fixes = [UserCorrection("reject", sid, note="mapped elsewhere") for sid in counted if not skill or sid != skill.id]
    if skill is None:
        fixes.append(UserCorrection("add", None, typed[:80], note=f"own skill: {surface}"))
        return AnswerEffect(tuple(fixes), None, f"“{quote(surface)}” kept as {typed[:80]}")
    fixes.append(UserCorrection("add", skill.id, skill.name, note=f"alias: {surface}"))
    return AnswerEffect(tuple(fixes), (surface, skill.id), f"“{quote(surface)}” counted as {skill.name}")


def _with_neighbours(ids: tuple[str, ...], surface: str, taxonomy: Taxonomy) -> tuple[str, ...]:
    """The candidates plus skills whose names or aliases contain the surface as a word (up to MAX_CANDIDATES)."""
    out = list(ids[:MAX_CANDIDATES])
    word = surface.lower().strip()
    if len(out) < MAX_CANDIDATES and len(word) > 1:
        first = taxonomy.skills[ids[0]]
        for sid in first.related:
            other = taxonomy.get(sid)
            if other and sid not in out and any(word in f.lower().split() for f in (other.name, *other.aliases)):
                out.append(sid)
            if len(out) >= MAX_CANDIDATES:
                break
    return tuple(out)


def _reason(item: Uncertain, inputs: ClarifyInputs, skill_id: str) -> str:
    """Why we ask, in plain words."""
    target = inputs.target.get(skill_id) if inputs.target else None
    stake = f" {target.name} matters for {inputs.target.label}." if target else ""
    if item.accepted:
        return "The words around it barely say it is a skill." + stake
    return "It reads like ordinary words, so we left it out." + stake
