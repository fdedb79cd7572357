"""Building a round: every kind, ranking by expected effect, at most five, one per skill, the fabrication check,
LLM-written probes, and the diagnostics shapes read from the extractor."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from core.clarify.inputs import build_inputs, roles_of
from core.clarify.models import NOT_A_SKILL, SOMETHING_ELSE, Option, Question, question_key
from core.clarify.neighbours import LexicalNeighbours
from core.clarify.probes import ProbeSet
from core.clarify import fabrication
from core.clarify.round import Clarifier
from core.clarify.service import make_clarifier
from core.documents.resume import parse_resume
from core.errors import LLMUnavailable
from core.llm.mock import MockLLM
from core.skills.models import Extraction, SkillMention
from tests.clarify.conftest import JOB, RESUME, report_for


@pytest.fixture
def inputs(ctx, asha):
    """Round inputs for the fixture resume against the fixture posting (no corrections)."""
    extraction = ctx.extractor.extract(RESUME, "resume")
    return build_inputs(RESUME, extraction, ctx.taxonomy, roles=roles_of(parse_resume(RESUME)),
                        report=report_for(ctx, asha[1]))


def test_a_round_has_every_kind_ranked_by_effect_at_most_five(clarifier, inputs):
    round_ = clarifier.round(inputs)
    assert round_.diagnostics.generated == {"alias": 2, "emerging": 1, "level": 3, "probe": 4}
    assert len(round_.questions) == 5 and round_.pending > 0
    effects = [q.effect for q in round_.questions]
    assert effects == sorted(effects, reverse=True)
    assert {q.kind for q in round_.questions} >= {"alias", "level", "probe"}
    skills = [q.skills[0] if q.skills else q.candidates[0] for q in round_.questions]
    assert len(skills) == len(set(skills))  # one question per skill
    assert round_.diagnostics.fabricated == 0


def test_probes_are_structured_and_cite_the_resume_role(clarifier, inputs):
    probes = clarifier.source("probe").questions(inputs)
    by_skill = {q.subject: q for q in probes}
    k8s = by_skill["kubernetes"].probe
    assert k8s.question_text == ("The role asks for Kubernetes. You list Docker. In your Senior Software Engineer "
                                 "role, did that work include Kubernetes?")
    assert (k8s.category, k8s.impact, k8s.probability) == ("experience_depth", "HIGH", "HIGH")
    assert "Docker" in k8s.reasoning
    micro = by_skill["microservices"].probe
    assert micro.category == "technical_skills" and micro.impact == "HIGH" and micro.probability == "LOW"
    assert micro.question_text.startswith("The role asks for Microservices. In your Senior Software Engineer role")
    assert by_skill["workflow_orchestration"].probe.impact == "LOW"  # preferred in the posting
    for q in probes:
        assert q.probe.category in {"technical_skills", "experience_depth", "transferable_skills",
                                    "recent_developments"}
        assert q.probe.reasoning and q.text == q.probe.question_text and q.produced_by.startswith("Template")


def test_level_questions_describe_levels_in_plain_words(clarifier, inputs):
    question = next(q for q in clarifier.source("level").questions(inputs) if q.subject == "python")
    assert [o.label for o in question.options] == ["L1 · Beginner", "L2 · Working", "L3 · Proficient",
                                                   "L4 · Expert"]
    assert all(len(o.hint.split()) >= 8 for o in question.options)
    assert question.default == "2" and question.assumption.startswith("Assumed L2")


def test_level_prefilled_from_stated_years(ctx, clarifier, asha, inputs):
    job = replace(JOB, requirements=JOB.requirements + (type(JOB.requirements[0])("postgresql", "required"),))
    inputs = replace(inputs, target=build_inputs(RESUME, inputs.extraction, ctx.taxonomy,
                                                 report=report_for(ctx, asha[1], job)).target)
    pg = next(q for q in clarifier.source("level").questions(inputs) if q.subject == "postgresql")
    assert pg.default == "3" and pg.assumption == "L3 · Proficient, read from your resume."


@pytest.mark.parametrize(
    ("text", "default", "assumption"),
    [
        (RESUME, "4", "L4 · Expert, read from your resume: used in Senior Software Engineer, Nimbus Labs "
                      "(Jan 2021 - Present): 5.9 years."),
        (RESUME.replace("APIs in Python", "APIs in Java"), "2",  # Python only in the Skills line
         "Assumed L2 · Working: no dated role in your resume mentions it, and it states no years."),
    ],
)
def test_level_questions_say_where_the_level_comes_from(ctx, clarifier, asha, text, default, assumption):
    from core.skills.levels import apply_levels

    extraction = apply_levels(ctx.extractor.extract(text, "resume"), text, today=date(2026, 11, 18))
    inputs = build_inputs(text, extraction, ctx.taxonomy, roles=roles_of(parse_resume(text)),
                          report=report_for(ctx, asha[1]))
    python = next(q for q in clarifier.source("level").questions(inputs) if q.subject == "python")
    assert (python.default, python.assumption) == (default, assumption)


def test_without_a_target_only_resume_questions_are_asked(ctx, clarifier, inputs):
    round_ = clarifier.round(replace(inputs, target=None))
    assert {q.kind for q in round_.questions} == {"alias", "emerging"}


class Invented:
    """A source that makes things up (an LLM gone wrong)."""

    kind = "probe"

    def questions(self, inputs):
        def q(subject, text, skills=(), candidates=(), surface=None):
            return Question(question_key("probe", subject), "probe", subject, text,
                            (Option("yes", "Yes"),), skills, candidates, surface, effect=0.9)
        return [
            q("spark", "The role asks for Apache Spark. Did you use it?", skills=("spark",)),
            q("quantum", "Did you use Quantum Basket Weaving?", skills=("quantum_basket_weaving",)),
            q("kubernetes", "Did you run Kubernetes next to Apache Airflow?", skills=("kubernetes",)),
            q("temporal", "You wrote “Temporal.io Cloud”?", surface="Temporal.io Cloud"),
            q("kubernetes-ok", "The role asks for Kubernetes. Did you use it?", skills=("kubernetes",)),
        ]

    def effect(self, question, reply, taxonomy):
        raise AssertionError("not used")


def test_the_fabrication_check_drops_invented_skills_and_counts_them(ctx, inputs):
    round_ = Clarifier(ctx.taxonomy, [Invented()]).round(inputs)
    assert [q.subject for q in round_.questions] == ["kubernetes-ok"]
    assert round_.diagnostics.fabricated == 4
    reasons = " / ".join(round_.diagnostics.fabrication_reasons)
    for needle in ("'Apache Spark'", "'quantum_basket_weaving'", "'Apache Airflow'", "not in the resume"):
        assert needle in reasons


def test_llm_written_probes_are_used_and_their_inventions_dropped(ctx, inputs):
    written = {"probes": [
        {"skill": "Kubernetes", "question_text": "At Nimbus Labs, did you deploy the payment APIs to Kubernetes?",
         "category": "experience_depth", "impact": "HIGH", "probability": "HIGH",
         "reasoning": "Docker experience often extends to Kubernetes."},
        {"skill": "Apache Spark", "question_text": "Have you used Apache Spark?", "category": "technical_skills",
         "impact": "LOW", "probability": "LOW", "reasoning": "Invented."},
    ]}
    llm = MockLLM(by_prompt={"gap_probes": written})
    clarifier = make_clarifier(ctx, llm=llm, neighbours=LexicalNeighbours(ctx.taxonomy))
    round_ = clarifier.round(inputs)
    probes = [q for q in round_.questions if q.kind == "probe"]
    assert [q.text for q in probes] == ["At Nimbus Labs, did you deploy the payment APIs to Kubernetes?"]
    assert probes[0].produced_by == "Written by mock-model (mock)"
    assert round_.diagnostics.fabricated == 1 and round_.diagnostics.probes_by.startswith("Written by")
    assert ProbeSet.model_json_schema()["properties"]["probes"]
    clarifier.round(inputs)
    assert len(llm.calls) == 1  # memoised per prompt


@pytest.mark.parametrize("answer", [LLMUnavailable("the LLM timed out after 20 s"),
                                    {"probes": [{"skill": "Cobol", "question_text": "?", "category":
                                                 "technical_skills", "impact": "LOW", "probability": "LOW",
                                                 "reasoning": "x"}]}])
def test_probes_fall_back_to_the_template(ctx, inputs, answer):
    clarifier = make_clarifier(ctx, llm=MockLLM([answer]), neighbours=LexicalNeighbours(ctx.taxonomy))
    round_ = clarifier.round(inputs)
    assert round_.diagnostics.probes_by.startswith("Template — ")
    assert any(q.kind == "probe" and q.subject == "kubernetes" for q in round_.questions)


def test_uncertain_crag_mappings_become_alias_questions(ctx, clarifier):
    text = "EXPERIENCE\nPlatform Engineer, Orbit\nJan 2020 - Present\nRan our kube stuff and Python jobs.\n"
    start = text.index("kube stuff")
    extraction = Extraction(
        [SkillMention("python", "Python", "Python", text.index("Python"), text.index("Python") + 6)], "resume",
        diagnostics={"mapping": [
            {"surface": "kube stuff", "start": start, "end": start + 10, "decision": "uncertain",
             "skill_id": None, "candidates": [{"skill_id": "kubernetes", "score": 0.71}, "docker"],
             "confidence": 0.5},
            {"surface": "Python jobs", "start": 0, "end": 5, "decision": "mapped", "skill_id": "python"},
        ]},
    )
    round_ = clarifier.round(build_inputs(text, extraction, ctx.taxonomy))
    [question] = [q for q in round_.questions if q.kind == "alias"]
    assert question.text == "You wrote “kube stuff” — which skill is it?"
    assert question.candidates == ("kubernetes", "docker")
    assert [o.value for o in question.options] == ["kubernetes", "docker", SOMETHING_ELSE, NOT_A_SKILL]
    assert question.evidence == "Ran our kube stuff and Python jobs"


def test_vetoed_candidates_are_never_asked(ctx, clarifier):
    text = "SUMMARY\nI like to go to meetups.\n"
    extraction = Extraction([], "resume", diagnostics={"rejected": [
        {"skill_id": "go", "surface": "go", "start": 15, "end": 17, "reason": "followed by 'to'"}]})
    assert clarifier.round(build_inputs(text, extraction, ctx.taxonomy)).questions == ()


def test_llm_probes_claiming_the_resume_shows_a_gap_fall_back_to_the_template(ctx, inputs):
    written = {"probes": [
        {"skill": "Kubernetes", "question_text": "Your resume already shows Kubernetes in depth. Which clusters?",
         "category": "experience_depth", "impact": "HIGH", "probability": "HIGH", "reasoning": "Listed."},
    ]}
    clarifier = make_clarifier(ctx, llm=MockLLM(by_prompt={"gap_probes": written}),
                               neighbours=LexicalNeighbours(ctx.taxonomy))
    probes = [q for q in clarifier.round(inputs).questions if q.kind == "probe"]
    assert probes and all(q.produced_by.startswith("Template") for q in probes)
    assert 'the resume shows "Kubernetes" (Kubernetes), but it is one of the gaps' in probes[0].produced_by
    assert not any("already shows" in q.text for q in probes)


def test_the_fabrication_check_drops_questions_whose_claims_contradict_the_resume(ctx, inputs):
    lexicon = Clarifier(ctx.taxonomy, []).lexicon
    allowed = fabrication.allowed_skills(inputs, lexicon)
    base = Clarifier(ctx.taxonomy, [Invented()]).round(inputs).questions[0]
    lying = replace(base, text="Your resume already shows Kubernetes in depth; which version?")
    honest = replace(base, text="Your resume does not show Kubernetes yet; have you used it?")
    assert any("the resume shows \"Kubernetes\"" in p for p in fabrication.problems(lying, inputs, allowed, lexicon))
    assert fabrication.problems(honest, inputs, allowed, lexicon) == []
