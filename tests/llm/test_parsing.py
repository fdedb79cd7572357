"""JSON extraction and schema validation of assistant messages."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from core.errors import LLMInvalidOutput
from core.llm.parsing import extract_json, parse_output


class Score(BaseModel):
    score: int
    note: str = ""


@pytest.mark.parametrize("text, expected", [
    ('{"score": 3}', {"score": 3}),
    ('  \n{"score": 3}\n', {"score": 3}),
    ('```json\n{"score": 2}\n```', {"score": 2}),
    ('Here you go:\n```\n{"score": 1}\n```\nThanks', {"score": 1}),
    ('Sure! {"score": 4, "note": "uses } and { and \\" in text"} Hope this helps.',
     {"score": 4, "note": 'uses } and { and " in text'}),
    ('{broken {"score": 0}', {"score": 0}),
    ('{"a": {"b": [1, {"c": 2}]}}', {"a": {"b": [1, {"c": 2}]}}),
])
def test_extract_json_finds_the_object(text, expected):
    assert extract_json(text) == expected


@pytest.mark.parametrize("text", ["", "no json here", '{"score": ', "{'score': 1}"])
def test_extract_json_rejects_non_json(text):
    with pytest.raises(LLMInvalidOutput, match="did not return valid JSON"):
        extract_json(text)


@pytest.mark.parametrize("text, message", [
    ('{"score": "high"}', "score: Input should be a valid integer"),
    ("{}", "score: Field required"),
    ("[1]", "returned JSON list, not an object"),
])
def test_parse_output_explains_mismatches(text, message):
    with pytest.raises(LLMInvalidOutput, match=message):
        parse_output(text, Score)


def test_parse_output_validates():
    assert parse_output('{"score": 2, "note": "ok"}', Score) == Score(score=2, note="ok")
