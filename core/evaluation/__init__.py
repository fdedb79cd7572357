"""Extraction evaluation: gold data loaders, span metrics and the evaluation runner."""
