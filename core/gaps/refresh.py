"""The gap-report step of `python -m core refresh` (runs after the market aggregates, so reports see them)."""

from __future__ import annotations

import argparse

from sqlalchemy.engine import Engine

from core.config import Settings
from core.context import AppContext
from core.gaps.store import RefreshOutcome, refresh_reports


def refresh_gap_reports(settings: Settings, engine: Engine, args: argparse.Namespace) -> RefreshOutcome:
    """Re-run stored gap reports older than 7 days or whose inputs changed (the refresh command's step)."""
    from core.skills.extract import make_extractor
    from core.taxonomy.load import load_taxonomy

    taxonomy = load_taxonomy(settings.taxonomy_dir)
    ctx = AppContext(settings=settings, engine=engine, taxonomy=taxonomy, extractor=make_extractor(taxonomy))
    return refresh_reports(ctx)
