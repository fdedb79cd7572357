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
    remote_elsewhere: float = 0.7  # location factor: remote, based outside the person's city (theirs scores 1.0)
    elsewhere: float = 0.2  # location factor: another country (relocation)
    # Penalties (score multipliers, core/matching/penalties.py): what no skill match makes up for.
    # Grace 2 years: 7 years on a mid (2-5) posting is the next level, which the level factor already prices; a
    # grace of 1 penalised it too and cost the real-model demo precision (data scientist 0.5, see benchmarks.md).
    far_level_grace_years: float = 2.0  # years outside the posting's seniority band before the level penalty
    far_level_per_year: float = 0.06  # ... then this much of the score per further year
    far_level_floor: float = 0.4  # ... never below this multiplier
    far_level_per_step: float = 0.15  # without years: per seniority step beyond the next one
    # Demo-market precision@10 (1,500 postings over 24 months, hashed embedder) with the age penalty starting at
    # 60 / 120 / 180 / 270 days: mean 0.87 / 0.91 / 0.94 / 0.96 (0.99 without): older starts keep own-family first.
    # Floor 0.75, not 0.5: halving an old posting's score put a fresh posting of another family above it (real
    # all-MiniLM model, 900-posting demo: data scientist 0.5); x0.75 still ranks an 18-month-old full match below
    # fresh ones missing 2 of 8 skills (tests/matching/test_person_ranking.py).
    stale_after_days: float = 270.0  # postings older than this (9 months) lose score, linearly ...
    stale_full_days: float = 540.0  # ... down to stale_floor at 18 months and beyond
    stale_floor: float = 0.75
    outside_city: float = 0.85  # remote posting elsewhere when the person chose a city (Jobs "City" filter)
    fresh_days: int = 14  # retrieval: postings dated within this many days are always candidates ...
    fresh_k: int = 50  # ... the newest this many of them
    embed_top_skills: int = 10  # taxonomy skills named in the posting's embedded text
    embed_description_chars: int = 0  # description head in the embedded text (measured: see docs/benchmarks.md)
    collection: str = "postings_v2"  # bump the suffix when the embedded text recipe changes
    exclude_unknown_salary: bool = True  # with a minimum salary filter, drop postings that state none
