"""The LLM endpoint timing out, rate-limited, failing or answering garbage, through the real OpenAI client and
the local stub: the feature falls back to its template with a labelled reason, and uses the LLM again once the
endpoint recovers. Client-level failure modes are in tests/llm/test_openai_client.py (16 cases) and the
interview's in tests/interview/test_llm_path.py; this adds the roadmap polish and the clarification probes.
"""

from __future__ import annotations

import pytest

from core.clarify.inputs import build_inputs, roles_of
from core.clarify.probes import ProbeSource
from core.clarify.round import Clarifier
from core.config import Settings
from core.context import AppContext
from core.db.session import memory_engine
from core.documents.resume import parse_resume
from core.gaps.inputs import SegmentDemand
from core.gaps.market_gap import market_gaps
from core.gaps.polish import polish_roadmap
from core.gaps.profile import ProfileSkills
from core.gaps.roadmap import TEMPLATE_LABEL, build_roadmap
from core.llm.client import make_llm
from core.profiles import create_profile
from core.resumes import add_resume_text
from core.taxonomy.models import Taxonomy
from tests.clarify.conftest import RESUME as CLARIFY_RESUME
from tests.clarify.conftest import SKILLS as CLARIFY_SKILLS
from tests.clarify.conftest import OpenVocabularyExtractor, report_for
from tests.gaps.conftest import RESOURCES, SKILLS
from tests.gaps.conftest import segment as _segment_fixture
from tests.support.openai_stub import StubReply

TIMEOUT_S = 0.5
FAILURES = [
    ("timeout", lambda: StubReply.hang(10), f"the LLM timed out after {TIMEOUT_S:g} s"),
    ("429", lambda: StubReply.error(429, retry_after=30), "rate-limited (HTTP 429; retry after 30 s)"),
    ("500", lambda: StubReply.error(500), "the LLM endpoint failed (HTTP 500)"),
    ("502-html", lambda: StubReply.raw(b"<html><body>Bad gateway</body></html>", status=502),
     "the LLM endpoint failed (HTTP 502)"),
    ("garbage-text", lambda: StubReply.text("Sure! Here is your plan: \x00\x01 {{{"), "did not return valid JSON"),
    ("not-json-body", lambda: StubReply.raw(b"\x89PNG\r\n\x1a\n garbage"), "a response that is not JSON"),
    ("wrong-shape", lambda: StubReply.json({"plan": "no"}), "did not match the expected shape"),
    ("cut-off", lambda: StubReply(content='{"weeks": [', finish_reason="length"), "cut off"),
]


@pytest.fixture
def roadmap():
    taxonomy = Taxonomy(skills={s.id: s for s in SKILLS}, resources=dict(RESOURCES))
    rows = [SegmentDemand("docker", 0.9, 0.9), SegmentDemand("git", 0.5, 0.5)]
    profile = ProfileSkills.from_levels({"linux": 2})
    segment = _segment_fixture.__wrapped__()
    return taxonomy, build_roadmap(market_gaps(profile, segment, rows, taxonomy).gaps, taxonomy, profile, 20, 2)


def _polish_answer(plan) -> dict:
    return {"weeks": [{"week": w.number, "summary": "A focused week.", "milestone": "Ship a Docker image."}
                      for w in plan.weeks], "overall": "Two good weeks."}


@pytest.mark.parametrize("case, reply, reason", FAILURES, ids=[f[0] for f in FAILURES])
def test_roadmap_polish_falls_back_labelled_then_recovers(openai_stub, roadmap, case, reply, reason):
    taxonomy, plan = roadmap
    llm = make_llm(Settings(llm=openai_stub.settings(timeout_s=TIMEOUT_S)))
    openai_stub.enqueue(reply())
    failed = polish_roadmap(plan, llm, taxonomy, timeout_s=TIMEOUT_S)
    assert failed.generated_by == TEMPLATE_LABEL and reason in failed.fallback_reason
    assert failed.weeks == plan.weeks  # the template plan, untouched
    openai_stub.enqueue(StubReply.json(_polish_answer(plan)))
    recovered = polish_roadmap(plan, llm, taxonomy, timeout_s=TIMEOUT_S)
    assert recovered.generated_by == "Written by stub-model (local endpoint)" and recovered.fallback_reason is None
    assert [w.summary for w in recovered.weeks] == ["A focused week."] * len(plan.weeks)


@pytest.fixture
def probe_inputs(tmp_path):
    taxonomy = Taxonomy(skills={s.id: s for s in CLARIFY_SKILLS}, version="clarify-test")
    ctx = AppContext(Settings(data_dir=tmp_path), memory_engine(), taxonomy, OpenVocabularyExtractor(taxonomy))
    resume = add_resume_text(ctx, create_profile(ctx.engine, "Asha").id, CLARIFY_RESUME)
    extraction = ctx.extractor.extract(CLARIFY_RESUME, "resume")
    return taxonomy, build_inputs(CLARIFY_RESUME, extraction, taxonomy, roles=roles_of(parse_resume(CLARIFY_RESUME)),
                                  report=report_for(ctx, resume.id))


def _probes_answer() -> dict:
    return {"probes": [{"skill": "Kubernetes", "question_text": "Did you run the payment APIs on Kubernetes?",
                        "category": "experience_depth", "impact": "HIGH", "probability": "HIGH", "reasoning": "r"}]}


@pytest.mark.parametrize("case, reply, reason", FAILURES[:4], ids=[f[0] for f in FAILURES[:4]])
def test_clarification_probes_fall_back_then_use_the_recovered_endpoint(openai_stub, probe_inputs, case, reply,
                                                                        reason):
    taxonomy, inputs = probe_inputs
    llm = make_llm(Settings(llm=openai_stub.settings(timeout_s=TIMEOUT_S)))
    clarifier = Clarifier(taxonomy, (ProbeSource(llm, TIMEOUT_S, retry_after_s=0),))
    openai_stub.enqueue(reply())
    first = clarifier.round(inputs)
    assert first.diagnostics.probes_by.startswith("Template — ") and reason in first.diagnostics.probes_by
    assert any(q.kind == "probe" and q.subject == "kubernetes" for q in first.questions)
    openai_stub.enqueue(StubReply.json(_probes_answer()))
    second = clarifier.round(inputs)
    assert second.diagnostics.probes_by == "Written by stub-model (local endpoint)"
    assert [q.text for q in second.questions] == ["Did you run the payment APIs on Kubernetes?"]


def test_a_failed_probe_call_is_not_repeated_on_every_rerun_within_the_retry_window(openai_stub, probe_inputs):
    taxonomy, inputs = probe_inputs
    llm = make_llm(Settings(llm=openai_stub.settings(timeout_s=TIMEOUT_S)))
    clarifier = Clarifier(taxonomy, (ProbeSource(llm, TIMEOUT_S, retry_after_s=float("inf")),))
    openai_stub.enqueue(StubReply.error(500), StubReply.json(_probes_answer()))
    labels = {clarifier.round(inputs).diagnostics.probes_by for _ in range(3)}
    assert labels == {"Template — the LLM endpoint failed (HTTP 500)"}
    assert len(openai_stub.requests) == 1  # a page rerun does not wait on a failing endpoint again
