"""Career moves for a person: place their occupation, rank the nearest moves, bridge each with ROI-ranked skills."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence

from core.gaps.estimate import knows
from core.gaps.inputs import SegmentDemand, SimilarityFn, TargetSegment
from core.gaps.profile import ProfileSkills
from core.gaps.settings import GapSettings
from core.moves.bridge import bridge_skills, bridging_gaps, hours_to_bridge
from core.moves.demand import demand_weights, occupation_demand
from core.moves.rank import Candidate, overlap, rank_moves, skill_idf
from core.moves.records import BRIDGE_SHOWN, MOVES_SHOWN, CareerMove, MovesResult
from core.moves.source import Placement
from core.taxonomy.models import Taxonomy
from core.taxonomy.occupations import Occupation

SHARED_SHOWN = 6


@dataclass
class FamilyDemand:
    """Family id -> its market demand rows (memoised); empty rows where the market has no such family."""

    fetch: Callable[[str], Sequence[SegmentDemand]] | None = None
    postings: Mapping[str, int] = field(default_factory=dict)
    names: Mapping[str, str] = field(default_factory=dict)
    dataset: str = "none"  # demo | real | none
    _memo: dict[str, tuple[SegmentDemand, ...]] = field(default_factory=dict)

    def rows(self, family: str) -> tuple[SegmentDemand, ...]:
        """The family's demand rows (empty when the market does not have it)."""
        if family not in self._memo:
            has = self.fetch is not None and self.postings.get(family, 0) > 0
            self._memo[family] = tuple(self.fetch(family)) if has else ()
        return self._memo[family]


def market_family_demand(market) -> FamilyDemand:
    """FamilyDemand over the market service (the default dataset: your postings, else the demo)."""
    from core.gaps.market_signals import RobustMarketDemand

    demo = market.default_demo()
    if demo is None:
        return FamilyDemand()
    options = market.options(demo).role_families
    provider = RobustMarketDemand(market, demo=demo)
    return FamilyDemand(lambda family: provider.segment_demand(TargetSegment(family)),
                        {o.id: int(o.postings) for o in options if o.id}, {o.id: o.name for o in options if o.id},
                        "demo" if demo else "real")


def find_moves(profile: ProfileSkills, placement: Placement, occupations: Mapping[str, Occupation],
               taxonomy: Taxonomy, market: FamilyDemand | None = None, *, settings: GapSettings | None = None,
               similarity: SimilarityFn | None = None, limit: int = MOVES_SHOWN) -> MovesResult:
    """The `limit` nearest moves from the placed occupation (or, unplaced, from the best skill match)."""
    market = market or FamilyDemand()
    settings = settings or GapSettings()
    stated = lambda sid: knows(profile, taxonomy, sid)  # noqa: E731 - a held skill, or one a held skill implies
    weights_of = _weights(market, settings)
    notes = []
    if placement.occupation is None:
        placement = _place_by_skills(occupations, weights_of, stated)
        if placement.occupation is not None:
            notes.append(f"No job title on the resume names an occupation; closest by skills: "
                         f"{placement.occupation.title}.")
    origin = placement.occupation
    core = family_core(origin, taxonomy) if placement.method != "skills" else frozenset()
    has = lambda sid: sid in core or stated(sid)  # noqa: E731 - a placed nurse has the nursing core
    ranked = rank_moves(origin, occupations, weights_of, has, limit, placement.held - {origin.soc if origin else ""})
    typical = core | frozenset(origin.skills) if core else frozenset()
    _prime(similarity, taxonomy, profile, [s for c in ranked for s in c.occupation.skills])
    moves = tuple(_move(c, profile, taxonomy, market, settings, similarity, typical) for c in ranked)
    if market.dataset == "none":
        notes.append("No market data: skill weights follow O*NET's order of each occupation's skills.")
    elif any(m.market_postings == 0 for m in moves):
        notes.append("Families without postings in the market are weighted by O*NET's order of their skills.")
    return MovesResult(origin.soc if origin else None, origin.title if origin else None,
                       origin.family if origin else None, placement.method, placement.confidence, moves,
                       tuple(notes), market.dataset)


def family_core(origin: Occupation | None, taxonomy: Taxonomy) -> frozenset[str]:
    """The core skills of the origin's role family (what anyone placed there is assumed to have)."""
    family = taxonomy.role_families.get(origin.family) if origin is not None else None
    return frozenset(family.core_skills) if family is not None else frozenset()


def _prime(similarity, taxonomy: Taxonomy, profile: ProfileSkills, skill_ids: list[str]) -> None:
    """Embed every name the bridging gaps will compare in one batch (when the similarity supports it)."""
    prime = getattr(similarity, "prime", None)
    if prime is not None:
        ids = set(skill_ids) | set(profile.levels)
        prime(taxonomy.skills[s].name if s in taxonomy.skills else profile.names.get(s, s) for s in ids)


def _weights(market: FamilyDemand, settings: GapSettings):
    memo: dict[str, dict[str, float]] = {}

    def weights_of(occ: Occupation) -> dict[str, float]:
        if occ.soc not in memo:
            rows = occupation_demand(occ, market.rows(occ.family))
            memo[occ.soc] = demand_weights(rows, settings.preferred_weight)
        return memo[occ.soc]
    return weights_of


def _place_by_skills(occupations, weights_of, has) -> Placement:
    """The occupation whose weighted skills the resume shows most (a low-confidence placement)."""
    idf = skill_idf(occupations.values())
    best = max(((overlap(weights_of(o), has, idf)[0], o.soc) for o in occupations.values()), default=(0.0, None))
    if not best[1] or best[0] <= 0:
        return Placement(None, "none", 0.0)
    return Placement(occupations[best[1]], "skills", round(min(0.5, best[0]), 3))


def _move(cand: Candidate, profile: ProfileSkills, taxonomy: Taxonomy, market: FamilyDemand,
          settings: GapSettings, similarity: SimilarityFn | None, typical: frozenset[str]) -> CareerMove:
    occ = cand.occupation
    demand = occupation_demand(occ, market.rows(occ.family))
    gaps = bridging_gaps(profile, occ, demand, taxonomy, settings, similarity, typical)
    name = lambda sid: taxonomy.skills[sid].name if sid in taxonomy.skills else sid  # noqa: E731
    family_name = market.names.get(occ.family) or (
        taxonomy.role_families[occ.family].name if occ.family in taxonomy.role_families else occ.family)
    return CareerMove(
        soc=occ.soc, title=occ.title, family=occ.family, family_name=family_name, job_zone=occ.job_zone,
        score=cand.score, overlap=cand.overlap, relatedness=cand.relation,
        shared_skills=tuple(name(s) for s in cand.shared[:SHARED_SHOWN]),
        bridging=bridge_skills(gaps, occ, BRIDGE_SHOWN), hours_to_bridge=hours_to_bridge(gaps),
        notes=cand.notes, market_postings=int(market.postings.get(occ.family, 0)),
    )


def moves_for_extraction(ctx, services, profile: ProfileSkills, extraction, limit: int = MOVES_SHOWN) -> MovesResult:
    """Moves for an extracted resume: occupations from the taxonomy, demand from the market (when it has any)."""
    from core.moves.source import load_occupation_map, place_titles

    occupations = load_occupation_map(ctx.settings.taxonomy_dir)
    if not occupations:
        from core.errors import InvalidInput

        raise InvalidInput("No occupations in the taxonomy yet: run `python -m core build-taxonomy`.")
    placement = place_titles(list(extraction.titles), occupations, ctx.settings.taxonomy_dir)
    market = market_family_demand(services.market) if services is not None else FamilyDemand()
    return find_moves(profile, placement, occupations, ctx.taxonomy, market,
                      settings=getattr(services, "settings", None), similarity=getattr(services, "similarity", None),
                      limit=limit)


def moves_for_resume(ctx, services, resume_id: int, limit: int = MOVES_SHOWN) -> MovesResult:
    """Moves for a stored resume (the user's corrections and answers applied, as the gap report does)."""
    from core.gaps.compute import resume_skills
    from core.resumes import resume_by_id

    profile, _ = resume_skills(ctx, resume_id)
    return moves_for_extraction(ctx, services, profile, resume_by_id(ctx, resume_id).extraction, limit)
