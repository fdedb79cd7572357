"""Every knob of matching in one place: factor weights, retrieval sizes, normalisation ranges."""

from __future__ import annotations

from dataclasses import dataclass, field

# Years of experience a posting's seniority usually asks for: [low, high].
SENIORITY_YEARS = {
    "intern": (0.0, 1.0), "junior": (0.0, 2.0), "mid": (2.0, 5.0),
    "senior": (5.0, 9.0), "lead": (7.0, 12.0), "principal": (10.0, 40.0),
}
SENIORITY_ORDER = ("intern", "junior", "mid", "senior", "lead", "principal")


@dataclass(frozen=True)
class MatchWeights:
    """Weights of the score factors (each factor is in 0..1; the score divides by the total)."""

    skills: float = 0.50
    dense: float = 0.25
    level: float = 0.10
    recency: float = 0.05
    location: float = 0.10

    def as_dict(self) -> dict[str, float]:
        """Factor name -> weight, in display order."""
        return {"skills": self.skills, "dense": self.dense, "level": self.level,
                "recency": self.recency, "location": self.location}

    def total(self) -> float:
        """Sum of the weights."""
        return sum(self.as_dict().values())


@dataclass(frozen=True)
class MatchSettings:
    """Retrieval sizes, factor normalisation and index naming; override per call or from config."""

    weights: MatchWeights = field(default_factory=MatchWeights)
    requirement_weights: dict[str, float] = field(
        default_factory=lambda: {"required": 1.0, "unspecified": 0.75, "preferred": 0.5}
    )
    dense_k: int = 150  # candidates from the vector index
    bm25_k: int = 150  # candidates from BM25
    filtered_overfetch: int = 3  # with a filter, the dense side fetches dense_k x this, then filters
    dense_floor: float = 0.15  # cosine at or below this -> dense factor 0
    dense_ceiling: float = 0.75  # cosine at or above this -> dense factor 1
    recency_half_life_days: float = 30.0
    unknown: float = 0.5  # neutral value of a factor whose inputs are unknown
    under_years_penalty: float = 0.25  # level fit lost per year below the seniority band
    over_years_penalty: float = 0.08  # ... per year above it
    same_country: float = 0.6  # location factor: same country, other city
    elsewhere: float = 0.2  # location factor: another country (relocation)
    embed_top_skills: int = 10  # taxonomy skills named in the posting's embedded text
    embed_description_chars: int = 0  # description head in the embedded text (measured: see docs/benchmarks.md)
    collection: str = "postings_v2"  # bump the suffix when the embedded text recipe changes
    exclude_unknown_salary: bool = True  # with a minimum salary filter, drop postings that state none
