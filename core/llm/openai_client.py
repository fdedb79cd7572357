"""The default LLMClient: any OpenAI-compatible chat-completions endpoint (OpenAI, Ollama, vLLM, llama.cpp...).

JSON answers use JSON mode (`response_format={"type": "json_object"}`); when a server rejects that parameter
(HTTP 400/422) the call is repeated once without it, the JSON is extracted from the text, and the client
remembers not to send it again. Every failure leaves this module as a core.errors exception whose message says
what happened (timeout, unreachable, HTTP 429/5xx, invalid JSON, schema mismatch).
"""

from __future__ import annotations

import time
from typing import TypeVar

import openai
from pydantic import BaseModel

from core.config import LLMSettings
from core.errors import LLMInvalidOutput, LLMUnavailable
from core.llm.client import OPENAI_BASE_URL, LLMResult, Prompt, endpoint_kind, public_url
from core.llm.deadline import call_deadline, deadline_http_client
from core.llm.parsing import parse_output, schema_instruction

M = TypeVar("M", bound=BaseModel)

JSON_MODE = {"type": "json_object"}
NO_KEY = "not-needed"  # local servers (Ollama, vLLM) ignore the key but the client requires one
MAX_RETRIES = 0  # fail fast: with_fallback has a deterministic answer ready


class OpenAIClient:
    """LLMClient over the `openai` package; constructing it opens no connection."""

    def __init__(self, settings: LLMSettings, *, http_client: object | None = None) -> None:
        """A client for `settings` (base_url, api_key, model, timeout_s)."""
        self.settings = settings
        self.model = settings.model
        self.base_url = settings.base_url or OPENAI_BASE_URL
        self.display_name = f"{self.model} ({endpoint_kind(self.base_url)})"
        self.produced_by = f"llm:{self.model}@{public_url(self.base_url)}"
        self.json_mode = True  # flipped off once the server rejects response_format
        self._client = openai.OpenAI(
            base_url=self.base_url,
            api_key=settings.api_key or NO_KEY,
            timeout=settings.timeout_s,
            max_retries=MAX_RETRIES,
            http_client=http_client if http_client is not None else deadline_http_client(settings.timeout_s),
        )

    def complete_json(self, prompt: Prompt, schema: type[M], *, timeout_s: float | None = None) -> LLMResult[M]:
        """The answer validated as `schema`; the whole call (with a JSON-mode retry) ends by one deadline."""
        timeout = self._timeout(timeout_s)
        with call_deadline(timeout):
            return self._complete_json(prompt, schema, timeout)

    def complete_text(self, prompt: Prompt, *, timeout_s: float | None = None) -> LLMResult[str]:
        """The answer as plain text (stripped), within one deadline; an empty answer is LLMInvalidOutput."""
        timeout = self._timeout(timeout_s)
        started = time.perf_counter()
        with call_deadline(timeout):
            raw = self._chat(prompt, prompt.system, timeout, None)
        if not raw.strip():
            raise LLMInvalidOutput("the LLM returned an empty answer")
        return self._result(raw.strip(), raw, prompt, started, ())

    def _timeout(self, timeout_s: float | None) -> float:
        """The call's overall timeout: the per-call one, else the configured one."""
        return timeout_s if timeout_s is not None else self.settings.timeout_s

    def _complete_json(self, prompt: Prompt, schema: type[M], timeout_s: float) -> LLMResult[M]:
        """JSON mode, or JSON extracted from text when the server does not support it."""
        started = time.perf_counter()
        system = f"{prompt.system}\n\n{schema_instruction(schema)}".strip()
        notes: tuple[str, ...] = ()
        if self.json_mode:
            try:
                raw = self._chat(prompt, system, timeout_s, JSON_MODE)
            except _JsonModeRejected:
                raw = self._chat(prompt, system, timeout_s, None)  # raises if the 400 had another cause
                self.json_mode = False
                notes = ("response_format rejected by the server: JSON extracted from text",)
        else:
            notes = ("response_format unsupported: JSON extracted from text",)
            raw = self._chat(prompt, system, timeout_s, None)
        value = parse_output(raw, schema)
        return self._result(value, raw, prompt, started, notes)

    def _result(self, value, raw: str, prompt: Prompt, started: float, notes: tuple[str, ...]) -> LLMResult:
        """Wrap a validated value with its provenance."""
        latency_ms = (time.perf_counter() - started) * 1000
        return LLMResult(value, self.produced_by, latency_ms, raw, prompt.id, prompt.version, notes)

    def _chat(self, prompt: Prompt, system: str, timeout: float, response_format: dict | None) -> str:
        """One chat-completions request; returns the assistant content or raises a core.errors exception."""
        messages = [{"role": "user", "content": prompt.user}]
        if system:
            messages.insert(0, {"role": "system", "content": system})
        extra = {"response_format": response_format} if response_format else {}
        try:
            completion = self._client.chat.completions.create(
                model=self.model, messages=messages, temperature=prompt.temperature, timeout=timeout, **extra
            )
        except openai.OpenAIError as err:
            if response_format and _rejects_json_mode(err):
                raise _JsonModeRejected() from err
            raise translate(err, timeout, self.model) from None
        except ValueError:  # a body that is not JSON at all
            raise LLMInvalidOutput("the LLM endpoint sent a response that is not JSON") from None
        return _content(completion)


class _JsonModeRejected(Exception):
    """Internal signal: the server refused response_format; retry without it."""


def _rejects_json_mode(err: Exception) -> bool:
    """True for the 400/422 a server sends when it does not support response_format."""
    return isinstance(err, (openai.BadRequestError, openai.UnprocessableEntityError))


def _content(completion: object) -> str:
    """The first choice's message content, or LLMInvalidOutput when there is none or it was cut off."""
    choices = getattr(completion, "choices", None) or []
    if not choices:
        raise LLMInvalidOutput("the LLM endpoint returned no choices")
    choice = choices[0]
    content = getattr(getattr(choice, "message", None), "content", None)
    if getattr(choice, "finish_reason", None) == "length":
        raise LLMInvalidOutput("the LLM answer was cut off (length limit)")
    if not isinstance(content, str):
        raise LLMInvalidOutput("the LLM endpoint returned no message content")
    return content


def translate(err: Exception, timeout_s: float, model: str) -> LLMUnavailable:
    """The core.errors exception (with a message fit for a label) for an openai exception."""
    if isinstance(err, openai.APITimeoutError):
        return LLMUnavailable(f"the LLM timed out after {timeout_s:g} s")
    if isinstance(err, openai.APIConnectionError):
        return LLMUnavailable("the LLM endpoint could not be reached")
    if isinstance(err, openai.RateLimitError):
        after = err.response.headers.get("retry-after")
        hint = f"; retry after {after} s" if after else ""
        return LLMUnavailable(f"the LLM endpoint is rate-limited (HTTP 429{hint})")
    if isinstance(err, (openai.AuthenticationError, openai.PermissionDeniedError)):
        return LLMUnavailable(f"the LLM endpoint refused the API key (HTTP {err.status_code})")
    if isinstance(err, openai.NotFoundError):
        return LLMUnavailable(f"the LLM endpoint does not serve model {model!r} (HTTP 404)")
    if isinstance(err, openai.APIStatusError):
        if err.status_code >= 500:
            return LLMUnavailable(f"the LLM endpoint failed (HTTP {err.status_code})")
        return LLMUnavailable(f"the LLM endpoint rejected the request (HTTP {err.status_code})")
    if isinstance(err, openai.APIResponseValidationError):
        return LLMInvalidOutput("the LLM endpoint sent a response that is not a chat completion")
    return LLMUnavailable(f"the LLM call failed ({err.__class__.__name__})")
