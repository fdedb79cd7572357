"""Turn an assistant message into a validated pydantic object, or raise LLMInvalidOutput saying why."""

from __future__ import annotations

import json
import re
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from core.errors import LLMInvalidOutput

M = TypeVar("M", bound=BaseModel)

_FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)```", re.S)
MAX_ERRORS_SHOWN = 3


def schema_instruction(schema: type[BaseModel]) -> str:
    """The sentence appended to the system prompt so any server (JSON mode or not) knows the shape."""
    spec = json.dumps(schema.model_json_schema(), separators=(",", ":"), sort_keys=True)
    return (
        "Reply with exactly one JSON object and nothing else (no prose, no code fences). "
        f"It must validate against this JSON Schema: {spec}"
    )


def extract_json(text: str) -> object:
    """The JSON value in `text`: the whole text, a ```json fence, or the first balanced {...} block."""
    candidates = [text.strip(), *(m.group(1).strip() for m in _FENCE.finditer(text))]
    block = _first_object(text)
    if block:
        candidates.append(block)
    for candidate in candidates:
        if not candidate:
            continue
        try:
            return json.loads(candidate)
        except ValueError:
            continue
    raise LLMInvalidOutput("the LLM did not return valid JSON")


def parse_output(text: str, schema: type[M]) -> M:
    """`text` parsed as JSON and validated as `schema`."""
    data = extract_json(text)
    if not isinstance(data, dict):
        raise LLMInvalidOutput(f"the LLM returned JSON {type(data).__name__}, not an object")
    try:
        return schema.model_validate(data)
    except ValidationError as err:
        raise LLMInvalidOutput(f"the LLM output did not match the expected shape: {describe(err)}") from None


def describe(err: ValidationError) -> str:
    """A short human summary of a pydantic validation error ("items.0.title: Field required; ...")."""
    parts = []
    for item in err.errors()[:MAX_ERRORS_SHOWN]:
        loc = ".".join(str(p) for p in item["loc"]) or "(root)"
        parts.append(f"{loc}: {item['msg']}")
    more = len(err.errors()) - MAX_ERRORS_SHOWN
    return "; ".join(parts) + (f" (+{more} more)" if more > 0 else "")


def _first_object(text: str) -> str | None:
    """The first balanced {...} substring (string-aware), or None."""
    start = text.find("{")
    while start != -1:
        depth, in_str, escaped = 0, False, False
        for i in range(start, len(text)):
            ch = text[i]
            if in_str:
                if escaped:
                    escaped = False
                elif ch == "\\":
                    escaped = True
                elif ch == '"':
                    in_str = False
                continue
            if ch == '"':
                in_str = True
            elif ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth == 0:
                    return text[start:i + 1]
        start = text.find("{", start + 1)
    return None
