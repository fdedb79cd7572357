"""Gap analysis: market-level and per-job gaps, ROI ranking, roadmap and the report (pure; service.py reads the DB)."""
