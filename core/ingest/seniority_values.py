"""Seniority columns of job-board exports ("Seniority Level", "formatted_experience_level", "experience_level")
mapped to the levels the app ranks by: intern | junior | mid | senior | lead | principal."""

from __future__ import annotations

import re

from core.ingest.values import is_blank

# Lower-cased cell (non-letters collapsed to one space) -> level; LinkedIn, Indeed and common ATS wordings.
SENIORITY_VALUES: dict[str, str | None] = {
    "internship": "intern", "intern": "intern", "trainee": "intern", "apprentice": "intern",
    "entry level": "junior", "entry": "junior", "junior": "junior", "jr": "junior", "graduate": "junior",
    "associate": "junior", "entry level associate": "junior", "early career": "junior",
    "mid level": "mid", "mid": "mid", "intermediate": "mid", "experienced": "mid", "mid career": "mid",
    "mid senior level": "senior", "mid senior": "senior", "senior level": "senior", "senior": "senior",
    "sr": "senior", "experienced professional": "senior",
    "lead": "lead", "team lead": "lead", "manager": "lead", "management": "lead", "director": "lead",
    "principal": "principal", "staff": "principal", "executive": "principal", "vp": "principal",
    "distinguished": "principal", "c level": "principal",
    "not applicable": None, "n a": None, "na": None, "none": None, "other": None, "unknown": None,
}
_SUFFIX = re.compile(r"\s+(?:level|role|position)$")


def parse_seniority(value) -> str | None:
    """The app's seniority level for a cell like "Mid-Senior level" or "ENTRY_LEVEL"; None when unknown."""
    if is_blank(value) or not isinstance(value, str):
        return None
    key = re.sub(r"[^a-z]+", " ", value.lower()).strip()
    if key in SENIORITY_VALUES:
        return SENIORITY_VALUES[key]
    short = _SUFFIX.sub("", key)
    return SENIORITY_VALUES.get(short)
