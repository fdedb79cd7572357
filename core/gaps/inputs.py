"""Typed inputs of the gap algorithms; the market and DB layers adapt to these shapes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Protocol

from core.skills.models import Requirement

# Names of two skills -> similarity in [0, 1] (e.g. cosine of their embeddings). Must be cheap: cache upstream.
SimilarityFn = Callable[[str, str], float]


@dataclass(frozen=True)
class TargetSegment:
    """The market segment a profile is compared with: role family + optional city / seniority."""

    role_family: str
    city: str | None = None
    seniority: str | None = None  # intern | junior | mid | senior | lead | principal
    total_postings: int = 0
    label: str = ""  # display name, e.g. "Data Scientist · Bengaluru"; derived when empty

    @property
    def display(self) -> str:
        """A human label for headings."""
        if self.label:
            return self.label
        parts = [self.role_family.replace("_", " ").title()]
        if self.city:
            parts.append(self.city)
        if self.seniority:
            parts.append(self.seniority)
        return " · ".join(parts)


@dataclass(frozen=True)
class SegmentDemand:
    """Demand for one skill in a segment (shares are fractions of the segment's postings, 0..1)."""

    skill_id: str
    share: float  # postings mentioning the skill
    required_share: float = 0.0  # postings listing it as required (<= share)
    salary_with: float | None = None  # median annual salary (USD) of postings with the skill
    salary_without: float | None = None  # ... and without it
    trend_ratio: float | None = None  # postings share, last 6 months / the 6 before (1.0 = flat)
    postings: int = 0


class DemandProvider(Protocol):
    """Anything that can list a segment's skill demand (the market service, a fixture...)."""

    def segment_demand(self, target: TargetSegment) -> list[SegmentDemand]:
        """Demand rows for every skill seen in the segment."""
        ...


@dataclass(frozen=True)
class JobRequirement:
    """One skill a posting asks for."""

    skill_id: str
    requirement: Requirement = "unspecified"
    years: float | None = None


@dataclass(frozen=True)
class JobTarget:
    """A single posting as a gap target."""

    job_id: int | str
    title: str = ""
    company: str | None = None
    seniority: str | None = None
    requirements: tuple[JobRequirement, ...] = ()

    @property
    def display(self) -> str:
        """A human label for headings."""
        title = self.title or f"Job {self.job_id}"
        return f"{title} · {self.company}" if self.company else title
