"""The real OpenAI client path against the local stub server: requests sent, answers parsed, failures labelled."""

from __future__ import annotations

import socket
from dataclasses import replace

import pytest
from pydantic import BaseModel

from core.config import LLMSettings, Settings
from core.errors import LLMUnavailable
from core.llm.client import Prompt, make_llm
from core.llm.fallback import with_fallback
from core.llm.openai_client import OpenAIClient
from tests.support.openai_stub import StubReply

PROMPT = Prompt("gap_probes", 3, "You write questions.", "Ask about Docker.", temperature=0.1)


class Probes(BaseModel):
    questions: list[str]


TEMPLATE_VALUE = Probes(questions=["Have you used Docker in a project?"])


def _template() -> Probes:
    return TEMPLATE_VALUE


def test_success_sends_model_messages_and_json_mode(openai_stub):
    openai_stub.enqueue(StubReply.json({"questions": ["How do you build images?"]}))
    llm = make_llm(Settings(llm=openai_stub.settings()))
    result = llm.complete_json(PROMPT, Probes, timeout_s=2)
    assert result.value == Probes(questions=["How do you build images?"])
    assert result.produced_by == f"llm:stub-model@{openai_stub.url}"
    assert (result.prompt_id, result.prompt_version) == ("gap_probes", 3)
    [req] = openai_stub.requests
    assert req.path == "/v1/chat/completions"
    assert req.model == "stub-model"
    assert req.response_format == {"type": "json_object"}
    assert req.body["temperature"] == 0.1
    assert req.headers["authorization"] == "Bearer test-key"
    system, user = req.messages
    assert system["role"] == "system" and system["content"].startswith("You write questions.")
    assert "JSON Schema" in system["content"] and '"questions"' in system["content"]
    assert user == {"role": "user", "content": "Ask about Docker."}


def test_with_fallback_uses_llm_answer_and_labels_it(openai_stub):
    openai_stub.enqueue(StubReply.json({"questions": ["Which registry do you push to?"]}))
    produced = with_fallback(make_llm(openai_stub.settings()), PROMPT, Probes, _template, timeout_s=2)
    assert produced.source == "llm" and produced.from_llm
    assert produced.value.questions == ["Which registry do you push to?"]
    assert produced.label == "Written by stub-model (local endpoint)"
    assert produced.fallback_reason is None
    assert produced.produced_by.startswith("llm:stub-model@http://127.0.0.1:")


def test_keyless_local_server_gets_placeholder_key(openai_stub):
    openai_stub.enqueue(StubReply.json({"questions": []}))
    make_llm(openai_stub.settings(api_key=None)).complete_json(PROMPT, Probes)
    assert openai_stub.requests[0].headers["authorization"] == "Bearer not-needed"


def test_base_url_without_v1_uses_bare_path(openai_stub):
    openai_stub.enqueue(StubReply.json({"questions": []}))
    url = openai_stub.url.removesuffix("/v1")
    OpenAIClient(LLMSettings(base_url=url, model="m")).complete_json(PROMPT, Probes)
    assert openai_stub.requests[0].path == "/chat/completions"


FAILURES = [
    ("malformed json", StubReply.text('{"questions": ["a",'), "the LLM did not return valid JSON"),
    ("prose only", StubReply.text("I cannot help with that."), "the LLM did not return valid JSON"),
    ("json array", StubReply.text('["a", "b"]'), "the LLM returned JSON list, not an object"),
    ("schema mismatch", StubReply.json({"qs": ["a"]}),
     "the LLM output did not match the expected shape: questions: Field required"),
    ("wrong type", StubReply.json({"questions": "a"}),
     "the LLM output did not match the expected shape: questions: Input should be a valid list"),
    ("429", StubReply.error(429, retry_after=7), "the LLM endpoint is rate-limited (HTTP 429; retry after 7 s)"),
    ("429 no header", StubReply.error(429), "the LLM endpoint is rate-limited (HTTP 429)"),
    ("500", StubReply.error(500), "the LLM endpoint failed (HTTP 500)"),
    ("503", StubReply.error(503), "the LLM endpoint failed (HTTP 503)"),
    ("401", StubReply.error(401), "the LLM endpoint refused the API key (HTTP 401)"),
    ("404", StubReply.error(404), "the LLM endpoint does not serve model 'stub-model' (HTTP 404)"),
    ("hang", StubReply.hang(30), "the LLM timed out after 0.5 s"),
    ("not json body", StubReply.raw(b"<html>gateway</html>"), "the LLM endpoint sent a response that is not JSON"),
    ("no choices", StubReply.raw(b'{"id": "x", "object": "chat.completion", "choices": []}'),
     "the LLM endpoint returned no choices"),
    ("cut off", StubReply(content='{"questions": ["a"', finish_reason="length"),
     "the LLM answer was cut off (length limit)"),
    ("null content", StubReply(content=None), "the LLM endpoint returned no message content"),
]


@pytest.mark.parametrize("reply, reason", [f[1:] for f in FAILURES], ids=[f[0] for f in FAILURES])
def test_each_failure_falls_back_to_template_with_reason(openai_stub, reply, reason):
    openai_stub.enqueue(reply)
    llm = make_llm(openai_stub.settings(timeout_s=0.5))
    produced = with_fallback(llm, PROMPT, Probes, _template)
    assert produced.source == "template" and produced.value is TEMPLATE_VALUE
    assert produced.produced_by == "template"
    assert len(openai_stub.requests) == 1  # no hidden retries
    assert produced.fallback_reason == reason
    assert produced.label == f"Template — {produced.fallback_reason}"


def test_per_call_timeout_overrides_settings(openai_stub):
    openai_stub.enqueue(StubReply.hang(30))
    llm = make_llm(openai_stub.settings(timeout_s=30))
    with pytest.raises(LLMUnavailable, match=r"timed out after 0\.3 s"):
        llm.complete_json(PROMPT, Probes, timeout_s=0.3)


def test_unreachable_endpoint_falls_back():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    llm = make_llm(LLMSettings(base_url=f"http://127.0.0.1:{port}/v1", timeout_s=2))
    produced = with_fallback(llm, PROMPT, Probes, _template)
    assert produced.source == "template"
    assert produced.label == "Template — the LLM endpoint could not be reached"


def test_server_without_json_mode_gets_plain_request_and_json_is_extracted(openai_stub):
    openai_stub.supports_json_mode = False
    fenced = 'Sure!\n```json\n{"questions": ["What is a Dockerfile?"]}\n```'
    openai_stub.enqueue(StubReply.text(fenced), StubReply.text('{"questions": []}'))
    llm = make_llm(openai_stub.settings())
    first = llm.complete_json(PROMPT, Probes)
    assert first.value.questions == ["What is a Dockerfile?"]
    assert first.notes and "response_format" in first.notes[0]
    assert [r.response_format for r in openai_stub.requests] == [{"type": "json_object"}, None]
    second = llm.complete_json(PROMPT, Probes)  # remembered: no second rejected attempt
    assert second.value.questions == []
    assert len(openai_stub.requests) == 3 and openai_stub.requests[2].response_format is None


def test_other_400_is_not_mistaken_for_missing_json_mode(openai_stub):
    openai_stub.enqueue(StubReply.error(400, "context too long"), StubReply.error(400, "context too long"))
    llm = make_llm(openai_stub.settings())
    with pytest.raises(LLMUnavailable, match=r"rejected the request \(HTTP 400\)"):
        llm.complete_json(PROMPT, Probes)
    assert llm.json_mode is True
    assert len(openai_stub.requests) == 2


def test_complete_text_returns_stripped_content(openai_stub):
    openai_stub.enqueue(StubReply.text("  Week 1: containers.\n"))
    result = make_llm(openai_stub.settings()).complete_text(PROMPT)
    assert result.value == "Week 1: containers."
    assert openai_stub.requests[0].response_format is None
    assert openai_stub.requests[0].messages[0] == {"role": "system", "content": "You write questions."}


def test_responder_can_answer_by_request(openai_stub):
    openai_stub.responder = lambda req: StubReply.json({"questions": [req.messages[-1]["content"]]})
    result = make_llm(openai_stub.settings()).complete_json(PROMPT, Probes)
    assert result.value.questions == ["Ask about Docker."]


TRICKLE = StubReply.trickle(24, 0.5, content='{"questions": ["Late but valid?"]}')  # 12 s of bytes, then an answer


def test_trickling_endpoint_is_cut_off_at_one_overall_deadline(openai_stub):
    """LLM_TIMEOUT bounds the whole call, not each read: a byte every 0.5 s must not keep a 1.5 s call alive."""
    openai_stub.enqueue(TRICKLE)
    produced = with_fallback(make_llm(openai_stub.settings(timeout_s=1.5)), PROMPT, Probes, _template)
    assert produced.source == "template" and produced.value is TEMPLATE_VALUE
    assert produced.label == "Template — the LLM timed out after 1.5 s"
    [log] = openai_stub.trickles
    assert log.done.wait(15), "the stub never finished the trickled reply"
    assert log.client_closed, "the client kept reading until the server finished"
    assert log.sent < log.total


def test_trickle_deadline_applies_to_text_calls_and_per_call_timeouts(openai_stub):
    openai_stub.enqueue(TRICKLE)
    llm = make_llm(openai_stub.settings(timeout_s=30))
    with pytest.raises(LLMUnavailable, match=r"timed out after 1\.5 s"):
        llm.complete_text(PROMPT, timeout_s=1.5)
    [log] = openai_stub.trickles
    assert log.done.wait(15) and log.client_closed and log.sent < log.total


def test_json_mode_retry_shares_the_call_deadline(openai_stub):
    """Two requests (JSON mode refused, then plain) get one deadline between them, not one each."""
    refused = replace(StubReply.error(400, "response_format is not supported"), delay_s=1.0)
    openai_stub.enqueue(refused, StubReply.json({"questions": ["Too late?"]}, delay_s=1.0))
    produced = with_fallback(make_llm(openai_stub.settings(timeout_s=1.5)), PROMPT, Probes, _template)
    assert len(openai_stub.requests) == 2
    assert produced.source == "template"
    assert produced.fallback_reason == "the LLM timed out after 1.5 s"


def test_slow_but_steady_answer_within_the_deadline_is_used(openai_stub):
    openai_stub.enqueue(StubReply.trickle(3, 0.1, content='{"questions": ["On time?"]}'))
    produced = with_fallback(make_llm(openai_stub.settings(timeout_s=5)), PROMPT, Probes, _template)
    assert produced.from_llm and produced.value.questions == ["On time?"]
    assert not openai_stub.trickles[0].client_closed
