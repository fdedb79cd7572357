"""A typed skill name -> the taxonomy skill it names (exact name or alias, extractor normalisation), or None."""

from __future__ import annotations

from core.skills.normalize import normalize_form
from core.taxonomy.models import Skill, Taxonomy


def resolve_skill(name: str, taxonomy: Taxonomy) -> Skill | None:
    """The skill whose name or alias equals `name` (case and punctuation as the extractor normalises them)."""
    wanted = normalize_form(name or "")
    if not wanted:
        return None
    lowered = taxonomy.surface_forms().get(" ".join(name.lower().split()))
    if lowered:
        return taxonomy.skills.get(lowered)
    for skill in taxonomy.skills.values():
        if any(normalize_form(form) == wanted for form in (skill.name, *skill.aliases)):
            return skill
    return None
