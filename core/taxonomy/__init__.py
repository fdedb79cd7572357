"""Canonical skills, aliases, categories, hours, prerequisites, resources; role families."""
