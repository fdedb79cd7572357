"""Reusable test helpers (local servers, builders) for every test directory."""
