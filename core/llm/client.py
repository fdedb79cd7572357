"""The LLM contract: a `Prompt` in, a validated `LLMResult` out, failures raised as core.errors.

Every client (the OpenAI-compatible one, the MockLLM for tests, any later variant in its own file) implements
`LLMClient`. Clients translate their own failures at the edge: `LLMUnavailable` when the endpoint timed out,
refused or failed, `LLMInvalidOutput` when it answered with something that is not the requested shape.
Features never call a client directly; they go through `core.llm.fallback.with_fallback`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar, runtime_checkable
from urllib.parse import urlsplit

from pydantic import BaseModel

if TYPE_CHECKING:
    from core.config import LLMSettings, Settings

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)

OPENAI_BASE_URL = "https://api.openai.com/v1"


@dataclass(frozen=True)
class Prompt:
    """One rendered prompt: what is sent, plus the id/version that name it in labels and cache keys."""

    id: str
    version: int
    system: str
    user: str
    temperature: float = 0.2

    def fingerprint(self) -> str:
        """A stable sha256 of everything sent (for caching LLM results)."""
        blob = json.dumps([self.id, self.version, self.system, self.user, self.temperature])
        return hashlib.sha256(blob.encode("utf8")).hexdigest()


@dataclass(frozen=True)
class LLMResult(Generic[T]):
    """A validated answer: `produced_by` is a machine label such as "llm:gpt-4o-mini@http://host:8000/v1"."""

    value: T
    produced_by: str
    latency_ms: float
    raw: str = ""  # the assistant message exactly as received
    prompt_id: str = ""
    prompt_version: int = 0
    notes: tuple[str, ...] = field(default=())  # e.g. "response_format unsupported: JSON extracted from text"


@runtime_checkable
class LLMClient(Protocol):
    """Anything that can answer a Prompt with text or with JSON validated against a pydantic model."""

    model: str
    display_name: str  # human text, e.g. "gpt-4o-mini (local endpoint)"

    def complete_json(self, prompt: Prompt, schema: type[M], *, timeout_s: float | None = None) -> LLMResult[M]:
        """The answer parsed and validated as `schema`; raises LLMUnavailable / LLMInvalidOutput."""
        ...

    def complete_text(self, prompt: Prompt, *, timeout_s: float | None = None) -> LLMResult[str]:
        """The answer as plain text; raises LLMUnavailable / LLMInvalidOutput (empty answer)."""
        ...


def endpoint_kind(base_url: str | None) -> str:
    """Human description of where an endpoint lives: "OpenAI", "local endpoint" or its host name."""
    host = (urlsplit(base_url or OPENAI_BASE_URL).hostname or "").lower()
    if host == "api.openai.com":
        return "OpenAI"
    if host in {"localhost", "127.0.0.1", "::1", "0.0.0.0", "host.docker.internal"} or host.endswith(".local"):
        return "local endpoint"
    if host.startswith(("10.", "192.168.", "127.")) or _is_172_private(host):
        return "local endpoint"
    return host or "unknown endpoint"


def public_url(base_url: str | None) -> str:
    """The base URL without credentials, query or fragment (safe to show and store)."""
    parts = urlsplit(base_url or OPENAI_BASE_URL)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path.rstrip('/')}"


def _is_172_private(host: str) -> bool:
    """True for 172.16.0.0/12 addresses."""
    bits = host.split(".")
    return len(bits) == 4 and bits[0] == "172" and bits[1].isdigit() and 16 <= int(bits[1]) <= 31


def make_llm(settings: "Settings | LLMSettings | None") -> LLMClient | None:
    """The configured OpenAI-compatible client, or None when no endpoint is configured (no network here)."""
    if settings is None:
        return None
    llm_settings = getattr(settings, "llm", settings)
    if not llm_settings.enabled:
        return None
    from core.llm.openai_client import OpenAIClient  # lazy: importing openai is slow and only needed here

    return OpenAIClient(llm_settings)
