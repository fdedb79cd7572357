"""The one way features use an LLM: try it, validate it, and fall back to a deterministic answer with a label.

    produced = with_fallback(llm, render("gap_probes", ...), ProbeSet, lambda: template_probes(gaps),
                             validate=skill_guard(allowed, lexicon))
    produced.value     # a ProbeSet either way
    produced.label     # "Written by gpt-4o-mini (local endpoint)" / "Template — the LLM timed out after 20 s"

The deterministic function is called only when the LLM is absent, fails, or its output is rejected; it must be
useful on its own (the product works with no LLM at all). `validate` is the fabrication hook: it returns a list
of problems and any problem sends the feature to the template, with the problems as the reason.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Generic, Literal, TypeVar

from pydantic import BaseModel

from core.errors import LLMUnavailable
from core.llm.client import LLMClient, LLMResult, Prompt

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)
Source = Literal["llm", "template"]
Validator = Callable[[T], list[str]]

log = logging.getLogger(__name__)

TEMPLATE = "template"
NOT_CONFIGURED = "no LLM configured"


@dataclass(frozen=True)
class Produced(Generic[T]):
    """A feature's answer and who produced it; show `label` next to the value in the UI."""

    value: T
    source: Source
    label: str  # human text
    produced_by: str  # machine label: "llm:<model>@<url>" or "template"
    fallback_reason: str | None = None  # why the template was used (None when source == "llm")
    prompt_id: str = ""
    prompt_version: int = 0
    latency_ms: float | None = None  # LLM latency when the LLM answered
    problems: tuple[str, ...] = ()  # validation problems that rejected the LLM output

    @property
    def from_llm(self) -> bool:
        """True when the LLM's answer was used."""
        return self.source == "llm"

    def provenance(self) -> dict:
        """Everything but the value, JSON-able (for storing next to a cached result)."""
        return {
            "source": self.source, "label": self.label, "produced_by": self.produced_by,
            "fallback_reason": self.fallback_reason, "prompt_id": self.prompt_id,
            "prompt_version": self.prompt_version, "problems": list(self.problems),
        }


def with_fallback(
    llm: LLMClient | None,
    prompt: Prompt,
    schema: type[M],
    deterministic: Callable[[], M],
    *,
    timeout_s: float | None = None,
    validate: Validator[M] | None = None,
) -> Produced[M]:
    """The LLM's answer validated as `schema` (and by `validate`), else `deterministic()`, labelled either way."""
    call = None if llm is None else (lambda: llm.complete_json(prompt, schema, timeout_s=timeout_s))
    return _run(llm, call, prompt, deterministic, validate)


def with_fallback_text(
    llm: LLMClient | None,
    prompt: Prompt,
    deterministic: Callable[[], str],
    *,
    timeout_s: float | None = None,
    validate: Validator[str] | None = None,
) -> Produced[str]:
    """The same pattern for a plain-text answer (e.g. a polished paragraph)."""
    call = None if llm is None else (lambda: llm.complete_text(prompt, timeout_s=timeout_s))
    return _run(llm, call, prompt, deterministic, validate)


def template(value: T, reason: str, prompt: Prompt | None = None, problems: tuple[str, ...] = ()) -> Produced[T]:
    """A template-produced answer with the label for `reason` (also for features that skip the LLM on purpose)."""
    label = "Template (no LLM configured)" if reason == NOT_CONFIGURED else f"Template — {reason}"
    return Produced(
        value, "template", label, TEMPLATE, reason,
        prompt.id if prompt else "", prompt.version if prompt else 0, None, problems,
    )


def _run(llm, call, prompt: Prompt, deterministic: Callable[[], T], validate) -> Produced[T]:
    """Shared body of with_fallback / with_fallback_text."""
    if llm is None or call is None:
        return template(deterministic(), NOT_CONFIGURED, prompt)
    try:
        result: LLMResult = call()
    except LLMUnavailable as err:  # includes LLMInvalidOutput; the message says which
        return _fallback(deterministic, prompt, str(err) or "the LLM is unavailable")
    problems = tuple(validate(result.value)) if validate else ()
    if problems:
        more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
        reason = f"the LLM output was rejected: {problems[0]}{more}"
        return _fallback(deterministic, prompt, reason, problems)
    return Produced(
        result.value, "llm", f"Written by {llm.display_name}", result.produced_by, None,
        prompt.id, prompt.version, result.latency_ms,
    )


def _fallback(deterministic: Callable[[], T], prompt: Prompt, reason: str, problems: tuple[str, ...] = ()):
    """Log and build the template answer."""
    log.info("LLM fallback for prompt %s v%s: %s", prompt.id, prompt.version, reason)
    return template(deterministic(), reason, prompt, problems)

