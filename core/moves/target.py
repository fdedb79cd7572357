"""A career move as a gap target: the occupation's skills, weighted by its family's market where it has them."""

from __future__ import annotations

from core.errors import InvalidInput
from core.gaps.inputs import SegmentDemand, TargetSegment
from core.moves.demand import occupation_demand
from core.moves.service import market_family_demand
from core.moves.source import load_occupation_map


def occupation_segment(ctx, market, target) -> tuple[TargetSegment, list[SegmentDemand], tuple[str, ...], bool]:
    """(segment, demand rows, notes, is_demo) of a GapTarget naming an occupation; InvalidInput when unknown."""
    occupations = load_occupation_map(ctx.settings.taxonomy_dir)
    occ = occupations.get(target.occupation or "")
    if occ is None:
        raise InvalidInput(f"Occupation {target.occupation} is not in the taxonomy (it may have been rebuilt): "
                           "choose another move.")
    family = market_family_demand(market)
    rows = family.rows(occ.family)
    postings = int(family.postings.get(occ.family, 0))
    family_name = family.names.get(occ.family) or (
        ctx.taxonomy.role_families[occ.family].name if occ.family in ctx.taxonomy.role_families else occ.family)
    segment = TargetSegment(occ.family, total_postings=postings, label=f"{occ.title} · {family_name}")
    demand = occupation_demand(occ, rows)
    if not demand:
        raise InvalidInput(f"The taxonomy lists no skills for {occ.title}: no gap report can be made for it.")
    source = (f"weighted by the {postings:,} {family_name} postings where they show the skill, else by O*NET's order"
              if rows else "weighted by O*NET's order (the market has no postings for this family)")
    notes = (f"Career move target: the skills O*NET lists for {occ.title} ({occ.soc}), {source}.",)
    return segment, demand, notes, family.dataset != "real"
