"""Composition root: build the long-lived services once from Settings (no work at import)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine

from core.config import Settings
from core.skills.extract import Extractor
from core.taxonomy.models import Taxonomy


@dataclass(frozen=True)
class AppContext:
    """Everything a service needs: settings, the engine, the taxonomy and the skill extractor."""

    settings: Settings
    engine: Engine
    taxonomy: Taxonomy
    extractor: Extractor


def build_context(settings: Settings) -> AppContext:
    """Create the engine (schema ensured), load the taxonomy and build the default extractor."""
    from core.db.session import make_engine
    from core.skills.extract import make_extractor
    from core.taxonomy.load import load_taxonomy

    engine = make_engine(settings)
    taxonomy = load_taxonomy(settings.taxonomy_dir)
    return AppContext(settings=settings, engine=engine, taxonomy=taxonomy, extractor=make_extractor(taxonomy))
