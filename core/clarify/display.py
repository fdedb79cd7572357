"""The resume's mentions as the user sees them after clarifications: rejected skills gone, confirmed aliases in.

Pages show skill chips from these (core.resumes.group_skills), so "not a skill" removes a chip and a confirmed
"Go" appears with its evidence. Corrections without a place in the text (a probe's "yes") have no chip.
"""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from core.skills.models import SkillMention, UserCorrection
from core.taxonomy.models import Taxonomy


def corrected_mentions(mentions: Sequence[SkillMention], corrections: Sequence[UserCorrection],
                       aliases: Mapping[str, str], text: str, taxonomy: Taxonomy) -> list[SkillMention]:
    """Mentions minus rejected skills (by id, or by name for unmapped ones), plus alias hits in `text` (exact case)."""
    rejected: set[str] = set()
    rejected_names: set[str] = set()
    for c in corrections:  # in order: a later add / confirm revives an earlier reject
        if c.action == "reject" and c.skill_id:
            rejected.add(c.skill_id)
        elif c.action == "reject":
            rejected_names.add((c.name or "").lower())
        elif c.skill_id:
            rejected.discard(c.skill_id)
    mapped = {surface.lower() for surface in aliases}
    kept = [m for m in mentions if (m.skill_id not in rejected if m.skill_id
                                    else m.name.lower() not in rejected_names | mapped)]
    taken = [(m.start, m.end) for m in kept]
    for surface, skill_id in aliases.items():
        skill = taxonomy.get(skill_id)
        if skill is None or skill_id in rejected:
            continue
        for hit in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if not any(s < hit.end() and hit.start() < e for s, e in taken):
                kept.append(SkillMention(skill_id, skill.name, hit.group(), hit.start(), hit.end(), confidence=1.0))
                taken.append((hit.start(), hit.end()))
    return sorted(kept, key=lambda m: (m.start, m.end))
