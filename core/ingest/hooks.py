"""Optional collaborators, looked up lazily: the extraction cache, the taxonomy, role families, the extractor.

Other parts of core own these; ingestion works without them (no cache, no role family) and uses them when
they exist. Every lookup happens at call time, never at import time.
"""

from __future__ import annotations

import importlib
from typing import Any, Callable

from sqlalchemy.engine import Engine

from core.config import Settings
from core.skills.models import Extraction

ExtractFn = Callable[[str], Extraction]
RoleFamilyFn = Callable[[str], "str | None"]


def optional_attr(module: str, name: str) -> Any | None:
    """module.name if the module imports and defines it, else None."""
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None


def extract_fn(engine: Engine, extractor: Any) -> ExtractFn:
    """Text -> Extraction: an Extractor goes through core.skills.cache when present; a bare callable is used as is."""
    if not hasattr(extractor, "extract") and callable(extractor):
        return lambda text: extractor(text, "job")
    cached = optional_attr("core.skills.cache", "extract_cached")
    if cached is not None:
        return lambda text: cached(engine, extractor, text, "job")
    return lambda text: extractor.extract(text, "job")


def load_taxonomy(settings: Settings) -> Any | None:
    """core.taxonomy.load.load_taxonomy(settings.taxonomy_dir), or None when that module is not there."""
    loader = optional_attr("core.taxonomy.load", "load_taxonomy")
    return loader(settings.taxonomy_dir) if loader is not None else None


def default_extractor(settings: Settings, taxonomy: Any | None = None) -> Any | None:
    """core.skills.extract.make_extractor(taxonomy) when both exist, else None (postings stored without skills)."""
    make = optional_attr("core.skills.extract", "make_extractor")
    taxonomy = taxonomy if taxonomy is not None else load_taxonomy(settings)
    if make is None or taxonomy is None:
        return None
    return make(taxonomy)


def role_family_fn(settings: Settings, taxonomy: Any | None = None) -> RoleFamilyFn:
    """Title -> role family id via core.taxonomy.roles.role_family_for_title, or always None without it."""
    lookup = optional_attr("core.taxonomy.roles", "role_family_for_title")
    if lookup is None:
        return lambda _title: None
    taxonomy = taxonomy if taxonomy is not None else load_taxonomy(settings)
    if taxonomy is None:
        return lambda _title: None
    memo: dict[str, str | None] = {}  # titles repeat a lot within one run

    def family(title: str) -> str | None:
        if title not in memo:
            if len(memo) > 50_000:
                memo.clear()
            memo[title] = lookup(taxonomy, title)
        return memo[title]

    return family
