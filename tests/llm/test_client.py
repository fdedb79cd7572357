"""Client helpers: endpoint descriptions, safe URLs, the factory, and import hygiene."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from core.config import LLMSettings
from core.llm.client import LLMClient, endpoint_kind, make_llm, public_url

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("url, kind", [
    (None, "OpenAI"),
    ("https://api.openai.com/v1", "OpenAI"),
    ("http://localhost:11434/v1", "local endpoint"),
    ("http://127.0.0.1:8000/v1", "local endpoint"),
    ("http://192.168.1.20:8000/v1", "local endpoint"),
    ("http://172.20.0.5:8000/v1", "local endpoint"),
    ("http://gpu-box.local:8000/v1", "local endpoint"),
    ("https://llm.example.com/v1", "llm.example.com"),
    ("http://172.40.0.5/v1", "172.40.0.5"),
])
def test_endpoint_kind(url, kind):
    assert endpoint_kind(url) == kind


@pytest.mark.parametrize("url, public", [
    ("https://user:secret@llm.example.com/v1/?key=abc#x", "https://llm.example.com/v1"),
    ("http://127.0.0.1:8000/v1", "http://127.0.0.1:8000/v1"),
    (None, "https://api.openai.com/v1"),
])
def test_public_url_drops_credentials(url, public):
    assert public_url(url) == public


def test_configured_factory_builds_client_without_network():
    llm = make_llm(LLMSettings(base_url="http://127.0.0.1:9/v1", model="llama3.1"))
    assert isinstance(llm, LLMClient)
    assert llm.display_name == "llama3.1 (local endpoint)"
    assert llm.produced_by == "llm:llama3.1@http://127.0.0.1:9/v1"
    key_only = make_llm(LLMSettings(api_key="sk-test"))
    assert key_only.display_name == "gpt-4o-mini (OpenAI)"


def test_importing_llm_modules_does_not_import_openai():
    code = (
        "import sys; import core.llm, core.llm.client, core.llm.fallback, core.llm.prompts, "
        "core.llm.fvs, core.llm.mock, core.llm.parsing; print('openai' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
