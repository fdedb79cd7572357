"""Records of career moves (what the CLI prints and the Gaps page lists)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

MOVES_SHOWN = 5
BRIDGE_SHOWN = 5  # bridging skills listed per move
BRIDGE_HOURS_TOP = 5  # hours to bridge = the top this many bridging skills (prerequisites included), like the roadmap


@dataclass(frozen=True)
class BridgeSkill:
    """One skill the move needs that the resume does not show, ranked by the gaps ROI."""

    skill_id: str
    name: str
    roi_rank: int
    roi_score: float
    hours: int  # the skill plus the prerequisites it needs first
    importance_pct: float  # the skill's weight in the occupation (market share of its family when known)
    hot: bool = False  # O*NET Hot Technology / In Demand


@dataclass(frozen=True)
class CareerMove:
    """One occupation a person could move to."""

    soc: str
    title: str
    family: str
    family_name: str
    job_zone: int | None
    score: float  # 0..1 ranking score (relatedness, overlap, preparation step)
    overlap: float  # 0..1 demand-weighted share of the occupation's skills the resume shows
    relatedness: str  # "O*NET related (primary)" | "... (supplemental)" | "shared skills" ...
    shared_skills: tuple[str, ...]  # names of the occupation's skills the resume shows (most important first)
    bridging: tuple[BridgeSkill, ...]  # ROI order
    hours_to_bridge: int  # sum over the top BRIDGE_HOURS_TOP bridging skills
    notes: tuple[str, ...] = ()  # e.g. "a step down in preparation (job zone 4 -> 3)"
    market_postings: int = 0  # postings of its family in the market (0: demand from O*NET's skill order)

    def to_dict(self) -> dict:
        """Plain JSON (the `moves --json` contract)."""
        out = asdict(self)
        out["overlap_pct"] = round(100 * self.overlap)
        out["bridging"] = [asdict(b) for b in self.bridging]
        return out


@dataclass(frozen=True)
class MovesResult:
    """The person's placed occupation and the moves from it."""

    origin_soc: str | None
    origin_title: str | None
    origin_family: str | None
    placed_by: str  # how the occupation was found: title | alternate | embedding | ... | skills | none
    confidence: float
    moves: tuple[CareerMove, ...]
    notes: tuple[str, ...] = ()
    dataset: str = "demo"  # "demo" | "real" | "none" (no market: demand from O*NET's skill order)

    def to_dict(self) -> dict:
        """Plain JSON (the `moves --json` contract)."""
        return {
            "origin": {"soc": self.origin_soc, "title": self.origin_title, "family": self.origin_family,
                       "placed_by": self.placed_by, "confidence": round(self.confidence, 3)},
            "moves": [m.to_dict() for m in self.moves],
            "notes": list(self.notes),
            "dataset": self.dataset,
        }
