"""Rankers: one file per ranking variant, all implementing `Ranker` (rankers/base.py)."""
