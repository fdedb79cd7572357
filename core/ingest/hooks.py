"""Collaborators of ingestion: the extraction cache, the taxonomy, role families, the extractor.

Imported inside the functions so importing core.ingest stays cheap; nothing happens at import time.
"""

from __future__ import annotations

from typing import Any, Callable

from sqlalchemy.engine import Engine

from core.config import Settings
from core.skills.models import Extraction

ExtractFn = Callable[[str], Extraction]
ExtractManyFn = Callable[[list[str]], list]  # texts -> an Extraction or the Exception it raised, per text
RoleFamilyFn = Callable[[str], "str | None"]


def extract_fn(engine: Engine, extractor: Any, run: ExtractManyFn | None = None) -> ExtractManyFn:
    """Texts -> Extractions, one call per batch.

    An Extractor goes through the extraction cache (one lookup and one bulk insert per batch; the misses are
    extracted by `run`, e.g. a worker pool, else in this process); a bare callable is used as is (tests).
    """
    if not hasattr(extractor, "extract") and callable(extractor):
        return lambda texts: [_guarded(extractor, text) for text in texts]
    from core.skills.cache import extract_cached_many

    return lambda texts: extract_cached_many(engine, extractor, texts, "job", run=run)


def _guarded(extract: Callable[[str, str], Extraction], text: str):
    try:
        return extract(text, "job")
    except Exception as exc:  # noqa: BLE001 - returned, the writer dead-letters this record only
        return exc


def load_taxonomy(settings: Settings) -> Any:
    """The taxonomy under settings.taxonomy_dir."""
    from core.taxonomy.load import load_taxonomy as load

    return load(settings.taxonomy_dir)


def default_extractor(settings: Settings, taxonomy: Any | None = None) -> Any:
    """The production extractor for the taxonomy."""
    from core.skills.extract import make_extractor

    return make_extractor(taxonomy if taxonomy is not None else load_taxonomy(settings))


def role_family_fn(settings: Settings, taxonomy: Any | None = None) -> RoleFamilyFn:
    """Title -> role family id via core.taxonomy.placement (keywords, then O*NET titles; no embedding), memoised."""
    from core.taxonomy.placement import family_for_title

    taxonomy = taxonomy if taxonomy is not None else load_taxonomy(settings)
    memo: dict[str, str | None] = {}  # titles repeat a lot within one run

    def family(title: str) -> str | None:
        if title not in memo:
            if len(memo) > 50_000:
                memo.clear()
            memo[title] = family_for_title(taxonomy, title, settings.taxonomy_dir)
        return memo[title]

    return family
