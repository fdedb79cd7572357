"""Template wording of gap probes: category, impact, probability, reasoning and the question itself."""

from __future__ import annotations

from dataclasses import dataclass, replace

from core.clarify.inputs import ClarifyInputs, TargetSkill

PROBABILITY = {"HIGH": 0.6, "MEDIUM": 0.35, "LOW": 0.15}  # chance the person has the skill unmentioned
RISING = 1.25  # trend ratio from which a skill counts as a recent development
TRANSFERABLE = frozenset({"soft_skill"})
IMPACT = {"required": "HIGH", "unspecified": "MEDIUM", "preferred": "LOW"}
EXCERPT_CHARS = 1500


@dataclass(frozen=True)
class ProbeDraft:
    """A template probe for one target skill, before it becomes a Question."""

    skill_id: str
    name: str
    question_text: str
    category: str
    impact: str
    probability: str
    reasoning: str
    effect: float = 0.0

    def with_effect(self, effect: float) -> "ProbeDraft":
        """A copy with the expected effect set."""
        return replace(self, effect=effect)

    def as_probe(self) -> dict:
        """The ProbeModel fields."""
        return {"skill": self.name, "question_text": self.question_text, "category": self.category,
                "impact": self.impact, "probability": self.probability, "reasoning": self.reasoning}

    def evidence_line(self) -> str:
        """One line of the LLM prompt's gap list."""
        return (f"{self.name} (category {self.category}, impact {self.impact}, probability {self.probability}): "
                f"{self.reasoning}")


def draft_probe(inputs: ClarifyInputs, target: TargetSkill, top_share: float) -> ProbeDraft:
    """The template probe for a missing target skill."""
    skill = inputs.taxonomy.skills[target.skill_id]
    held = [inputs.profile.names.get(sid, sid) for sid in inputs.profile.levels]
    adjacent = [n for n in target.adjacent_from if n in held] or list(target.adjacent_from)
    role = inputs.role_for(adjacent[:1])
    if skill.category in TRANSFERABLE:
        category = "transferable_skills"
    elif target.trend_ratio is not None and target.trend_ratio >= RISING:
        category = "recent_developments"
    elif adjacent:
        category = "experience_depth"
    else:
        category = "technical_skills"
    same_field = any(s.category == skill.category for sid in inputs.profile.levels
                     if (s := inputs.taxonomy.get(sid)) is not None)
    probability = "HIGH" if adjacent else ("MEDIUM" if same_field else "LOW")
    impact = _impact(target, top_share)
    asks = _asks(inputs, target)
    where = f"In your {role.title} role" if role else "In your work so far"
    name = skill.name
    if category == "experience_depth":
        text = f"{asks} You list {adjacent[0]}. {where}, did that work include {name}?"
    elif category == "recent_developments":
        text = f"Demand for {name} is rising. {where}, or on your own, have you picked up {name}?"
    elif category == "transferable_skills":
        text = f"{asks} {where}, did you use {name}, even if your resume does not say so?"
    else:
        text = f"{asks} {where}, did you work with {name}?"
    return ProbeDraft(skill.id, name, text, category, impact, probability,
                      _reasoning(target, name, adjacent, impact, category))


def _asks(inputs: ClarifyInputs, target: TargetSkill) -> str:
    """"The role asks for X." (a posting) or "Data Engineer · Berlin postings often ask for X." (a market)."""
    if inputs.target is not None and inputs.target.kind == "market":
        return f"{inputs.target.label} postings often ask for {target.name}."
    return f"The role asks for {target.name}."


def _impact(target: TargetSkill, top_share: float) -> str:
    """Job: from the requirement; market: from the share relative to the most demanded skill."""
    if target.requirement in IMPACT:
        return IMPACT[target.requirement]
    ratio = target.share / top_share if top_share > 0 else 0.0
    return "HIGH" if ratio >= 0.66 else ("MEDIUM" if ratio >= 0.33 else "LOW")


def _reasoning(target: TargetSkill, name: str, adjacent: list[str], impact: str, category: str) -> str:
    """Why the probe matters, in one or two short sentences."""
    weight = {"HIGH": "A core requirement", "MEDIUM": "A common requirement", "LOW": "A nice-to-have"}[impact]
    parts = [f"{weight} your resume does not mention."]
    if adjacent:
        parts.append(f"You list {adjacent[0]}, which often goes with {name}.")
    if category == "recent_developments":
        parts.append("Its demand is growing.")
    return " ".join(parts)


def excerpt(inputs: ClarifyInputs) -> str:
    """The resume's first EXCERPT_CHARS characters for the LLM prompt."""
    return inputs.text[:EXCERPT_CHARS]
