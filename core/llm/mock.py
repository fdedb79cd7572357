"""MockLLM: an LLMClient for unit tests, with canned answers and canned failures.

    llm = MockLLM([{"questions": [...]}, LLMUnavailable("the LLM timed out after 20 s"), "not json"])

Each call takes the next queued response (else `by_prompt[prompt.id]`, else `default`): a dict / pydantic model
is sent as JSON, a str is the raw assistant text, an exception instance is raised. JSON answers go through the
same parse-and-validate path as the real client, so schema mismatches raise LLMInvalidOutput here too.
Use the local OpenAI stub server (tests/support/openai_stub.py) to exercise the real HTTP client path instead.
"""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass
from typing import Iterable, Mapping, TypeVar

from pydantic import BaseModel

from core.errors import LLMInvalidOutput, LLMUnavailable
from core.llm.client import LLMResult, Prompt
from core.llm.parsing import parse_output

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class MockCall:
    """One recorded call."""

    prompt: Prompt
    schema: type[BaseModel] | None
    timeout_s: float | None


class MockLLM:
    """A scripted LLMClient; `calls` records every call."""

    def __init__(
        self,
        responses: Iterable[object] = (),
        *,
        by_prompt: Mapping[str, object] | None = None,
        default: object | None = None,
        model: str = "mock-model",
        latency_ms: float = 1.0,
    ) -> None:
        """Queue `responses`; fall back to `by_prompt[prompt.id]`, then `default`, else LLMUnavailable."""
        self.queue = deque(responses)
        self.by_prompt = dict(by_prompt or {})
        self.default = default
        self.model = model
        self.display_name = f"{model} (mock)"
        self.latency_ms = latency_ms
        self.calls: list[MockCall] = []

    def complete_json(self, prompt: Prompt, schema: type[M], *, timeout_s: float | None = None) -> LLMResult[M]:
        """The next scripted answer validated as `schema`."""
        raw = self._next(prompt, schema, timeout_s)
        return self._result(parse_output(raw, schema), raw, prompt)

    def complete_text(self, prompt: Prompt, *, timeout_s: float | None = None) -> LLMResult[str]:
        """The next scripted answer as text."""
        raw = self._next(prompt, None, timeout_s)
        if not raw.strip():
            raise LLMInvalidOutput("the LLM returned an empty answer")
        return self._result(raw.strip(), raw, prompt)

    def _next(self, prompt: Prompt, schema: type[BaseModel] | None, timeout_s: float | None) -> str:
        """Record the call and return the next raw answer (or raise the scripted error)."""
        self.calls.append(MockCall(prompt, schema, timeout_s))
        if self.queue:
            item = self.queue.popleft()
        elif prompt.id in self.by_prompt:
            item = self.by_prompt[prompt.id]
        elif self.default is not None:
            item = self.default
        else:
            raise LLMUnavailable("the mock LLM has no response scripted")
        if isinstance(item, BaseException):
            raise item
        if isinstance(item, BaseModel):
            return item.model_dump_json()
        if isinstance(item, (dict, list)):
            return json.dumps(item)
        return str(item)

    def _result(self, value, raw: str, prompt: Prompt) -> LLMResult:
        """Wrap a value with the mock's provenance."""
        return LLMResult(value, f"mock:{self.model}", self.latency_ms, raw, prompt.id, prompt.version)
