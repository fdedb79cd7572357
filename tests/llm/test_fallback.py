"""with_fallback: the LLM answer when it is usable, else the template, with a label saying which and why."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from core.config import LLMSettings, Settings
from core.errors import LLMInvalidOutput, LLMUnavailable
from core.llm.client import make_llm
from core.llm.fallback import template, with_fallback, with_fallback_text
from core.llm.fvs import SkillLexicon, skill_guard
from core.llm.mock import MockLLM
from core.llm.prompts import render
from core.taxonomy.models import Skill, Taxonomy
from tests.support.openai_stub import StubReply


class Probes(BaseModel):
    questions: list[str]


TEMPLATE = Probes(questions=["Have you used Docker?"])
PROMPT = render("gap_probes", role="Backend developer", gaps=["Docker: in 80% of postings"],
                resume_excerpt="Python, Flask", max_questions=2)
LEX = SkillLexicon.from_taxonomy(Taxonomy(skills={s.id: s for s in [
    Skill("docker", "Docker", "devops"), Skill("python", "Python", "programming_language"),
    Skill("rust", "Rust", "programming_language"), Skill("kubernetes", "Kubernetes", "devops", aliases=("k8s",)),
]}))


class Counter:
    """A deterministic function that counts its calls."""

    def __init__(self, value):
        self.value, self.calls = value, 0

    def __call__(self):
        self.calls += 1
        return self.value


@pytest.mark.parametrize("settings", [None, Settings(), LLMSettings(), Settings(llm=LLMSettings(model="x"))])
def test_unconfigured_llm_is_none_and_gives_the_template(settings):
    llm = make_llm(settings)
    assert llm is None
    produced = with_fallback(llm, PROMPT, Probes, lambda: TEMPLATE)
    assert produced.value is TEMPLATE and produced.source == "template"
    assert produced.label == "Template (no LLM configured)"
    assert produced.fallback_reason == "no LLM configured"
    assert (produced.prompt_id, produced.prompt_version) == ("gap_probes", PROMPT.version)


def test_llm_answer_is_used_and_template_not_computed():
    det = Counter(TEMPLATE)
    llm = MockLLM([{"questions": ["Which Docker images have you built?"]}])
    produced = with_fallback(llm, PROMPT, Probes, det, timeout_s=3, validate=skill_guard({"docker"}, LEX))
    assert produced.from_llm and produced.value.questions == ["Which Docker images have you built?"]
    assert produced.label == "Written by mock-model (mock)"
    assert produced.produced_by == "mock:mock-model" and produced.latency_ms == 1.0
    assert det.calls == 0
    assert llm.calls[0].timeout_s == 3 and llm.calls[0].schema is Probes


@pytest.mark.parametrize("error, label", [
    (LLMUnavailable("the LLM timed out after 20 s"), "Template — the LLM timed out after 20 s"),
    (LLMInvalidOutput("the LLM did not return valid JSON"), "Template — the LLM did not return valid JSON"),
    (LLMUnavailable(""), "Template — the LLM is unavailable"),
])
def test_llm_errors_give_the_template_with_the_reason(error, label):
    det = Counter(TEMPLATE)
    produced = with_fallback(MockLLM([error]), PROMPT, Probes, det)
    assert produced.value is TEMPLATE and produced.label == label and det.calls == 1
    assert produced.provenance()["fallback_reason"] == label.removeprefix("Template — ")


def test_unexpected_errors_are_not_swallowed():
    with pytest.raises(RuntimeError):
        with_fallback(MockLLM([RuntimeError("bug")]), PROMPT, Probes, lambda: TEMPLATE)


def test_fabricated_skill_through_the_real_client_path_falls_back(openai_stub):
    openai_stub.enqueue(StubReply.json({"questions": ["Have you used Docker?", "Have you shipped Rust or k8s?"]}))
    guard = skill_guard({"docker", "python"}, LEX, scope="your profile and gaps")
    produced = with_fallback(make_llm(openai_stub.settings()), PROMPT, Probes, lambda: TEMPLATE, validate=guard)
    assert produced.value is TEMPLATE and produced.source == "template"
    assert produced.problems == (
        'it names "Rust" (Rust), which is not among your profile and gaps',
        'it names "k8s" (Kubernetes), which is not among your profile and gaps',
    )
    assert produced.label == (
        'Template — the LLM output was rejected: it names "Rust" (Rust), '
        "which is not among your profile and gaps (+1 more)"
    )


def test_clean_output_passes_the_fabrication_check(openai_stub):
    openai_stub.enqueue(StubReply.json({"questions": ["Have you run Docker with Python apps?"]}))
    guard = skill_guard({"docker", "python"}, LEX)
    produced = with_fallback(make_llm(openai_stub.settings()), PROMPT, Probes, lambda: TEMPLATE, validate=guard)
    assert produced.from_llm and produced.problems == ()


@pytest.mark.parametrize("script, expected, source", [
    (["  Polished text.  "], "Polished text.", "llm"),
    ([""], "Plain text.", "template"),
    (["Now learn Rust."], "Plain text.", "template"),
])
def test_text_variant(script, expected, source):
    produced = with_fallback_text(MockLLM(script), PROMPT, lambda: "Plain text.",
                                  validate=skill_guard({"docker"}, LEX))
    assert (produced.value, produced.source) == (expected, source)


def test_template_helper_for_features_that_skip_the_llm():
    produced = template(TEMPLATE, "the user chose the template")
    assert produced.label == "Template — the user chose the template" and produced.prompt_id == ""
