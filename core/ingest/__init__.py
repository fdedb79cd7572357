"""Ingestion: sources (files, posting pages, ATS boards, paste) -> normalized, deduplicated JobPosting rows."""

_LAZY = {"preview_mapping": "core.ingest.preview", "ColumnPreview": "core.ingest.preview"}


def __getattr__(name: str):
    """`from core.ingest import preview_mapping` without importing the readers when the package is imported."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'core.ingest' has no attribute {name!r}")


__all__ = ["preview_mapping", "ColumnPreview"]
