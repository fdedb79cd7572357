"""Optional LLM features: contract (client.py), OpenAI-compatible client, deterministic fallback, prompts, FVS checks.

Import from the submodules; importing this package (or client/fallback/prompts/fvs/mock) never imports `openai`,
which is loaded only by `make_llm` when an endpoint is configured.
"""
