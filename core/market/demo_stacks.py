"""Technology stacks for the demo market: postings cluster (Java + Spring Boot, React + Redux, AWS not Azure).

Rival sets (data/demo/market.json "rivals": languages, backend frameworks, clouds, warehouses, BI tools...) meet
each role family's skills: a posting picks one anchor per set present (odds ~ the skill's base probability),
which is then almost always asked for; its rivals (and their partners) become less likely and its stack partners
(taxonomy prerequisites either way: Spring Boot needs Java, Django needs Python) more likely. Sets are visited in
order and later anchors are drawn with the earlier sets' effects (Python chosen -> Django, not Spring Boot). Trend and soft skills stay
independent. The lists are global; nothing is hand-listed per family.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.taxonomy.models import Taxonomy

ANCHOR_P = 0.9
PARTNER_BOOST = 1.6
RIVAL_DAMP = 0.22


@dataclass(frozen=True)
class Anchor:
    """One possible anchor of a rival set and what choosing it does to the other skills."""

    skill_id: str
    weight: float
    factors: dict[str, float]  # skill id -> multiplier of its probability
    steer: dict[str, float]  # skill id -> multiplier of its odds of anchoring a later rival set


def family_groups(taxonomy: Taxonomy, base: dict[str, float], rivals: tuple[tuple[str, ...], ...],
                  independent: set[str] = frozenset()) -> list[list[Anchor]]:
    """Per rival set with 2+ of the family's skills, the possible anchors (`base`: skill id -> base probability)."""
    skills = {sid: taxonomy.skills[sid] for sid in base if sid in taxonomy.skills}
    sets = [[sid for sid in rival_set if sid in skills and sid not in independent] for rival_set in rivals]
    sets = [ids for ids in sets if len(ids) >= 2]
    grouped = {sid for ids in sets for sid in ids}
    out = []
    for ids in sets:
        partners = {sid: _partners(skills, sid) - set(ids) for sid in ids}
        group = []
        for sid in ids:
            rival_partners = {o for rival in ids if rival != sid for o in partners[rival]} - partners[sid]
            factors = {o: RIVAL_DAMP for o in rival_partners - grouped}
            factors.update({o: PARTNER_BOOST for o in partners[sid] - grouped})
            factors.update({o: RIVAL_DAMP for o in ids if o != sid})
            steer = {o: RIVAL_DAMP for o in rival_partners & grouped}
            steer.update({o: PARTNER_BOOST ** 2 for o in partners[sid] & grouped})
            group.append(Anchor(sid, base[sid], factors, steer))
        out.append(group)
    return out


def _partners(skills: dict, sid: str) -> set[str]:
    """The family's skills linked to `sid` by a prerequisite either way (Spring Boot <-> Java)."""
    return {o for o, s in skills.items() if sid in s.prerequisites} | {p for p in skills[sid].prerequisites
                                                                      if p in skills}
