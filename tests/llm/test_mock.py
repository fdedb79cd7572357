"""MockLLM scripting: queue order, per-prompt and default answers, raised errors, recorded calls."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from core.errors import LLMInvalidOutput, LLMUnavailable
from core.llm.client import LLMClient, Prompt
from core.llm.mock import MockLLM


class Out(BaseModel):
    n: int


A = Prompt("a", 1, "sys", "user a")
B = Prompt("b", 2, "sys", "user b")


def test_queue_then_by_prompt_then_default():
    llm = MockLLM([{"n": 1}, Out(n=2)], by_prompt={"b": '{"n": 3}'}, default={"n": 4})
    assert [llm.complete_json(A, Out).value.n for _ in range(2)] == [1, 2]
    assert llm.complete_json(B, Out).value.n == 3
    assert llm.complete_json(A, Out).value.n == 4
    assert [c.prompt.id for c in llm.calls] == ["a", "a", "b", "a"]


def test_scripted_errors_and_invalid_output():
    llm = MockLLM([LLMUnavailable("down"), {"m": 1}, "not json"])
    with pytest.raises(LLMUnavailable, match="down"):
        llm.complete_json(A, Out)
    with pytest.raises(LLMInvalidOutput, match="n: Field required"):
        llm.complete_json(A, Out)
    with pytest.raises(LLMInvalidOutput, match="valid JSON"):
        llm.complete_json(A, Out)
    with pytest.raises(LLMUnavailable, match="no response scripted"):
        llm.complete_json(A, Out)


def test_mock_satisfies_the_protocol_and_labels_results():
    llm = MockLLM(["hello"], model="tiny")
    assert isinstance(llm, LLMClient)
    result = llm.complete_text(B)
    assert (result.value, result.produced_by, result.prompt_id, result.prompt_version) == ("hello", "mock:tiny", "b", 2)
