"""Settings: built once at the edge (app.py or a CLI command) from env and .streamlit/secrets.toml."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Mapping

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = PROJECT_ROOT / "data" / "runtime"
TAXONOMY_DIR = PROJECT_ROOT / "data" / "taxonomy"


@dataclass(frozen=True)
class Limits:
    """Input limits for documents and fetches."""

    max_file_bytes: int = 10 * 1024 * 1024
    max_chars: int = 1_000_000
    max_pages: int = 50
    fetch_timeout_s: float = 10.0
    fetch_max_bytes: int = 5 * 1024 * 1024


@dataclass(frozen=True)
class GateSettings:
    """CRAG-style mapping gate thresholds (open-vocabulary skill -> taxonomy)."""

    min_hits: int = 2
    min_margin: float = 0.08
    max_retries: int = 3
    top_k: int = 8
    top_k_step: int = 4
    top_k_max: int = 20
    min_similarity: float = 0.62
    max_literal_reject: float = 0.5  # share of accepted hits sharing no word stem with the span, above which not confident
    max_span_words: int = 8  # longer open-vocabulary spans are kept as emerging without retrieval


@dataclass(frozen=True)
class LLMSettings:
    """An OpenAI-compatible endpoint; `enabled` only when a base URL or key is given."""

    base_url: str | None = None
    api_key: str | None = None
    model: str = "gpt-4o-mini"
    timeout_s: float = 20.0

    @property
    def enabled(self) -> bool:
        """True when an endpoint is configured."""
        return bool(self.base_url or self.api_key)


@dataclass(frozen=True)
class Settings:
    """Everything configurable, with defaults that work offline out of the box."""

    data_dir: Path = DEFAULT_DATA_DIR
    database_url: str | None = None
    taxonomy_dir: Path = TAXONOMY_DIR
    embedding_model_path: Path | None = None
    limits: Limits = field(default_factory=Limits)
    gate: GateSettings = field(default_factory=GateSettings)
    llm: LLMSettings = field(default_factory=LLMSettings)
    demo_postings: int = 4_000  # every role family >= 50 postings; first start <= 90 s (docs/benchmarks.md)
    demo_seed: int = 7

    @property
    def db_url(self) -> str:
        """DATABASE_URL if given, else SQLite under the data dir."""
        if self.database_url:
            return _normalize_db_url(self.database_url)
        return f"sqlite:///{self.data_dir / 'skillgap.db'}"

    @property
    def chroma_path(self) -> Path:
        """Where the local Chroma index lives."""
        return self.data_dir / "chroma"

    def with_(self, **changes) -> "Settings":
        """A copy with some fields changed (tests, CLI flags)."""
        return replace(self, **changes)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, secrets_path: Path | None = None) -> "Settings":
        """Read SKILLGAP_* / DATABASE_URL / OPENAI_* / LLM_* variables, then secrets.toml for what is unset."""
        env = dict(os.environ if env is None else env)
        secrets = _read_secrets(secrets_path or PROJECT_ROOT / ".streamlit" / "secrets.toml")
        get = lambda key: env.get(key) or (str(secrets[key]) if key in secrets else None)  # noqa: E731
        data_dir = Path(get("SKILLGAP_DATA_DIR") or DEFAULT_DATA_DIR).expanduser()
        llm = LLMSettings(
            base_url=get("LLM_BASE_URL") or get("OPENAI_BASE_URL"),
            api_key=get("LLM_API_KEY") or get("OPENAI_API_KEY"),
            model=get("LLM_MODEL") or get("OPENAI_MODEL") or LLMSettings.model,
            timeout_s=float(get("LLM_TIMEOUT") or LLMSettings.timeout_s),
        )
        model_path = get("SKILLGAP_EMBEDDING_MODEL")
        return cls(
            data_dir=data_dir,
            database_url=get("DATABASE_URL"),
            embedding_model_path=Path(model_path) if model_path else None,
            llm=llm,
            demo_postings=int(get("SKILLGAP_DEMO_POSTINGS") or cls.demo_postings),
        )


def _read_secrets(path: Path) -> dict:
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf8"))
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def _normalize_db_url(url: str) -> str:
    """Use the psycopg 3 driver for plain postgres URLs."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url
