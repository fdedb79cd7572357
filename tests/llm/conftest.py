"""LLM test fixtures: the local OpenAI stub server (shared with other test dirs via tests.support)."""

from tests.support.openai_stub import openai_stub  # noqa: F401 - pytest fixture
