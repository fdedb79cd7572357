"""Gap probes: "The role asks for microservices. In your Senior Software Engineer role, did you work with them?"

Asked for target skills the resume does not show, structured like a gap-analysis API returns them (question_text,
category, impact, probability, reasoning). Template-built by default (core.clarify.probe_text); written by the
LLM through `with_fallback` when one is configured (prompt "gap_probes"), the template answering whenever the LLM
is absent, fails or names no skill we asked about. A "yes" adds the skill at the level the answer implies.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from typing import Literal

from pydantic import BaseModel, Field

from core.clarify.base import BASE_EFFECT, gain
from core.clarify.inputs import ClarifyInputs, TargetSkill
from core.clarify.models import AnswerEffect, GapProbe, Option, Question, Reply, question_key
from core.clarify.probe_text import PROBABILITY, ProbeDraft, draft_probe, excerpt
from core.clarify.resolve import resolve_skill
from core.errors import InvalidInput
from core.clarify.fabrication import resume_facts
from core.llm.claims import claims_guard
from core.llm.client import LLMClient
from core.llm.fvs import SkillLexicon
from core.llm.fallback import Produced, with_fallback
from core.llm.prompts import render
from core.skills.models import UserCorrection
from core.taxonomy.models import Taxonomy

ANSWERS = {"deep": 3, "yes": 2, "some": 1, "no": 0}
OPTIONS = (
    Option("deep", "Yes, in depth", "counted at L3 · Proficient"),
    Option("yes", "Yes, regularly", "counted at L2 · Working"),
    Option("some", "A little", "counted at L1 · Beginner"),
    Option("no", "No", "it stays a gap"),
)
MAX_PROBES = 8
MEMO_SIZE = 64
FALLBACK_RETRY_S = 60.0  # a failed LLM call is retried after this long (its template answer is reused until then)


class ProbeModel(BaseModel):
    """One probe as the LLM writes it."""

    skill: str = Field(description="the skill's name exactly as listed")
    question_text: str
    category: Literal["technical_skills", "experience_depth", "transferable_skills", "recent_developments"]
    impact: Literal["HIGH", "MEDIUM", "LOW"]
    probability: Literal["HIGH", "MEDIUM", "LOW"]
    reasoning: str


class ProbeSet(BaseModel):
    """The LLM's answer: probes, one skill each."""

    probes: list[ProbeModel] = Field(default_factory=list)


class ProbeSource:
    """Probes for missing target skills; `llm` (optional) rewrites them, results memoised per prompt."""

    kind = "probe"

    def __init__(self, llm: LLMClient | None = None, timeout_s: float | None = None,
                 retry_after_s: float = FALLBACK_RETRY_S) -> None:
        """Template probes, or LLM-written ones when `llm` is given."""
        self.llm, self.timeout_s, self.retry_after_s = llm, timeout_s, retry_after_s
        self._memo: OrderedDict[str, tuple[Produced, float]] = OrderedDict()  # prompt -> (result, expires at)
        self._lock = threading.Lock()

    def questions(self, inputs: ClarifyInputs) -> list[Question]:
        """One probe per missing target skill, up to MAX_PROBES by expected effect."""
        drafts = self._drafts(inputs)
        if not drafts:
            return []
        produced = self._produce(inputs, drafts)
        by_name = {d.skill_id: d for d in drafts}
        out = []
        for probe in produced.value.probes:
            skill = resolve_skill(probe.skill, inputs.taxonomy)
            draft = by_name.get(skill.id) if skill else None
            skill_id = skill.id if skill else f"unknown:{probe.skill[:60]}"
            out.append(Question(
                key=question_key(self.kind, skill_id), kind="probe", subject=skill_id, text=probe.question_text,
                options=OPTIONS, skills=(skill_id,),
                assumption=f"Counted as missing: your resume does not mention {probe.skill}.",
                reason=probe.reasoning, effect=draft.effect if draft else BASE_EFFECT,
                probe=GapProbe(probe.question_text, probe.category, probe.impact, probe.probability, probe.reasoning),
                produced_by=produced.label,
            ))
        return out

    def _drafts(self, inputs: ClarifyInputs) -> list[ProbeDraft]:
        if inputs.target is None:
            return []
        top = max((t.share for t in inputs.target.skills.values()), default=0.0)
        drafts = []
        for target in inputs.target.skills.values():
            if self._askable(inputs, target):
                draft = draft_probe(inputs, target, top)
                effect = gain(inputs, target.skill_id, 2) * PROBABILITY[draft.probability]
                if effect > 0:
                    drafts.append(draft.with_effect(effect))
        drafts.sort(key=lambda d: (-d.effect, d.name.lower()))
        return drafts[:MAX_PROBES]

    @staticmethod
    def _askable(inputs: ClarifyInputs, target: TargetSkill) -> bool:
        return (inputs.profile.level(target.skill_id) == 0 and target.skill_id not in inputs.corrected
                and target.skill_id in inputs.taxonomy.skills and target.skill_id not in inputs.stated)

    def _produce(self, inputs: ClarifyInputs, drafts: list[ProbeDraft]) -> Produced[ProbeSet]:
        """LLM-written probes (memoised by prompt) or the template ones, labelled."""
        template = ProbeSet(probes=[ProbeModel(**d.as_probe()) for d in drafts])
        prompt = render("gap_probes", role=inputs.target.label if inputs.target else "",
                        gaps=[d.evidence_line() for d in drafts], resume_excerpt=excerpt(inputs),
                        max_questions=len(drafts))
        if self.llm is None:
            return with_fallback(None, prompt, ProbeSet, lambda: template)
        key = prompt.fingerprint()
        with self._lock:
            cached, expires = self._memo.get(key, (None, 0.0))
        if cached is not None and time.monotonic() < expires:
            return cached
        names = {d.name.lower() for d in drafts}
        claims = claims_guard(SkillLexicon.from_taxonomy(inputs.taxonomy), resume_facts(inputs))
        produced = with_fallback(
            self.llm, prompt, ProbeSet, lambda: template, timeout_s=self.timeout_s,
            validate=lambda value: ([] if any(p.skill.lower() in names for p in value.probes)
                                    else ["it wrote no probe about the skills listed"]) + claims(value),
        )
        expires = math.inf if produced.from_llm else time.monotonic() + self.retry_after_s
        with self._lock:
            self._memo[key] = (produced, expires)
            while len(self._memo) > MEMO_SIZE:
                self._memo.popitem(last=False)
        return produced

    def effect(self, question: Question, reply: Reply, taxonomy: Taxonomy) -> AnswerEffect:
        """yes / in depth / a little -> the skill added at L2 / L3 / L1; no -> nothing changes."""
        if reply.choice not in ANSWERS:
            raise InvalidInput("Pick one of the answers offered.")
        skill = taxonomy.get(question.subject)
        name = skill.name if skill else question.subject
        level = ANSWERS[reply.choice]
        if level == 0 or skill is None:
            return AnswerEffect((), None, f"{name} stays a gap")
        fix = UserCorrection("add", skill.id, skill.name, level=level, note="clarify probe")
        return AnswerEffect((fix,), None, f"{name} added at L{level}")
