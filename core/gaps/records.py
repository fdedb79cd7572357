"""Records of stored gap reports: the target, the plan options, the inputs fingerprint and the stored report."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Literal

from core.errors import InvalidInput
from core.gaps.report import GapReport
from core.gaps.roadmap import check_plan_size

REFRESH_AFTER = timedelta(days=7)
SENIORITIES = ("intern", "junior", "mid", "senior", "lead", "principal")
DATASETS = (None, "demo", "yours")


@dataclass(frozen=True)
class GapTarget:
    """What a profile is compared with: a market segment (role family, city, seniority) or one posting."""

    kind: Literal["market", "job"]
    role_family: str | None = None
    city: str | None = None
    seniority: str | None = None
    job_id: int | None = None
    occupation: str | None = None  # O*NET-SOC code of a career move: its skills instead of the family's demand
    dataset: str | None = None  # "demo" | "yours" (a market segment of that dataset); None = yours when you have any

    @classmethod
    def market(cls, role_family: str, city: str | None = None, seniority: str | None = None,
               occupation: str | None = None, dataset: str | None = None) -> "GapTarget":
        """A market segment (or a career move's occupation); InvalidInput for an empty family, an unknown seniority
        or dataset."""
        role_family = (role_family or "").strip()
        if not role_family:
            raise InvalidInput("Choose a role family to compare with.")
        seniority = (seniority or "").strip().lower() or None
        if seniority is not None and seniority not in SENIORITIES:
            raise InvalidInput(f"Unknown seniority {seniority!r}; use one of: {', '.join(SENIORITIES)}.")
        occupation = (occupation or "").strip() or None
        if dataset not in DATASETS:
            raise InvalidInput(f"Unknown dataset {dataset!r}; use 'demo' or 'yours'.")
        return cls("market", role_family, (city or "").strip() or None, seniority, None, occupation, dataset)

    @classmethod
    def from_row(cls, kind: str, role_family: str | None, city: str | None, seniority: str | None,
                 job_id: int | None, key: str) -> "GapTarget":
        """The target a stored report row describes (its occupation and dataset are kept in the key)."""
        return cls(kind, role_family, city, seniority, job_id, cls.occupation_of_key(key), cls.dataset_of_key(key))

    @property
    def demo(self) -> bool | None:
        """True / False for a chosen dataset, None when the default one is meant."""
        return None if self.dataset is None else self.dataset == "demo"

    @classmethod
    def job(cls, job_id: int) -> "GapTarget":
        """One stored posting."""
        return cls("job", job_id=int(job_id))

    @property
    def key(self) -> str:
        """The stable storage key: "market:<family>|<city>|<seniority>[|<occupation>]" or "job:<id>"."""
        if self.kind == "job":
            return f"job:{self.job_id}"
        key = f"market:{self.role_family}|{self.city or ''}|{self.seniority or ''}"
        key = f"{key}|{self.occupation}" if self.occupation else key
        return f"{key}#{self.dataset}" if self.dataset else key

    @staticmethod
    def occupation_of_key(key: str) -> str | None:
        """The occupation a stored key names (the 4th part of a market key), else None."""
        parts = key.split("#")[0].split("|") if key.startswith("market:") else []
        return parts[3] or None if len(parts) > 3 else None

    @staticmethod
    def dataset_of_key(key: str) -> str | None:
        """The dataset a stored market key names ("#demo" / "#yours" at its end), else None."""
        tail = key.rpartition("#")[2] if key.startswith("market:") and "#" in key else None
        return tail if tail in DATASETS else None


@dataclass(frozen=True)
class ReportOptions:
    """The plan the user asked for: hours per week (default 8) and weeks (default 4, 2-12)."""

    hours_per_week: int = 8
    weeks: int = 4

    def checked(self) -> "ReportOptions":
        """Self, or InvalidInput when out of range."""
        check_plan_size(self.hours_per_week, self.weeks)
        return self


@dataclass(frozen=True)
class ReportInputs:
    """Everything a report depends on besides the target and options; any change makes it stale."""

    resume_id: int
    resume_sha256: str
    corrections_sha256: str
    market_version: int
    market_watermark: int
    taxonomy_version: str

    def fingerprint(self, options: ReportOptions, report_format: int) -> str:
        """sha256 over the inputs, the options and the stored format."""
        payload = json.dumps([asdict(self), asdict(options), report_format], sort_keys=True)
        return hashlib.sha256(payload.encode("utf8")).hexdigest()

    def changes_from(self, other: "ReportInputs") -> list[str]:
        """Human reasons why `other` (the stored inputs) no longer match these (the current ones)."""
        reasons = []
        if other.resume_id != self.resume_id or other.resume_sha256 != self.resume_sha256:
            reasons.append("the resume changed")
        if other.corrections_sha256 != self.corrections_sha256:
            reasons.append("skill corrections changed")
        if (other.market_version, other.market_watermark) != (self.market_version, self.market_watermark):
            reasons.append("the market data changed")
        if other.taxonomy_version != self.taxonomy_version:
            reasons.append("the skill taxonomy changed")
        return reasons


@dataclass(frozen=True)
class StoredReport:
    """A report as stored for a profile and target, with its freshness."""

    id: int
    profile_id: int
    target: GapTarget
    options: ReportOptions
    report: GapReport
    inputs: ReportInputs
    is_demo: bool
    created_at: datetime
    next_refresh_at: datetime
    stale: bool = False
    stale_reason: str | None = None

    def due(self, now: datetime) -> bool:
        """True when the report is stale or its 7 days are over."""
        return self.stale or now >= self.next_refresh_at


@dataclass(frozen=True)
class ComputedReport:
    """A freshly computed report with the inputs it was computed from."""

    report: GapReport
    inputs: ReportInputs
    is_demo: bool
