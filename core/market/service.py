"""MarketService: typed market answers for one MarketFilter, read from the aggregate tables (pages do no grouping).

Reads go to the month roll-up when only role family and months are set, else to the cell tables; co-occurrence
comes from the precomputed per-posting skill sets of the slice (exact for any filter).
Results are memoised per (filter, arguments, aggregate version): a refresh invalidates them.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property

import pandas as pd
from sqlalchemy.engine import Engine

from core.market import analysis, queries
from core.market.filters import MarketFilter, month_span
from core.market.schema import ensure_market_schema
from core.market.trend_sample import SkillCount, TrendSample, skill_counts, trend_sample
from core.taxonomy.models import Taxonomy


@dataclass(frozen=True)
class RoleOption:
    """A role family present in the data."""

    id: str
    name: str
    postings: int


@dataclass(frozen=True)
class MarketOptions:
    """What the filters can offer for one dataset."""

    demo: bool
    role_families: list[RoleOption]
    cities: list[str]  # most postings first
    seniorities: list[str]
    months: list[str]  # ascending


@dataclass(frozen=True)
class MarketTotals:
    """Headline numbers of a slice."""

    postings: int
    salaried: int
    skills: int
    months: list[str]


@dataclass(frozen=True)
class Cooccurrence:
    """Pair counts and P(column | row) in percent, square frames labelled by skill name."""

    counts: pd.DataFrame
    conditional: pd.DataFrame


class MarketView:
    """The base reads of one filter (monthly totals, per-skill months) and everything derived from them."""

    def __init__(self, f: MarketFilter, monthly: pd.DataFrame, skill_months: pd.DataFrame, months: list[str]):
        """Wrap the reads; `months` is the calendar range of the slice."""
        self.filter, self.monthly, self.skill_months, self.months = f, monthly, skill_months, months
        self._movers: dict[tuple[int, int], pd.DataFrame] = {}
        self._trends: dict[tuple, pd.DataFrame] = {}

    @cached_property
    def totals(self) -> MarketTotals:
        """Postings, salaried postings, distinct skills, months."""
        return MarketTotals(int(self.monthly["postings"].sum()), int(self.monthly["salaried"].sum()),
                            int(self.skill_months["skill_id"].nunique()), self.months)

    @property
    def empty(self) -> bool:
        """True when the slice has no postings."""
        return self.totals.postings == 0

    @cached_property
    def _top(self) -> pd.DataFrame:
        return analysis.top_skills(self.skill_months, self.totals.postings)

    def top_skills(self, limit: int | None = 20) -> pd.DataFrame:
        """skill_id, skill, postings, required/preferred/unspecified counts and shares, by share."""
        return (self._top.head(limit) if limit else self._top).reset_index(drop=True)

    def trends(self, skill_ids: list[str], window: int = 1) -> pd.DataFrame:
        """month, skill_id, skill, postings, total, share for the chosen skills, every month of the range
        (`window` > 1: trailing sums over that many months)."""
        key = (tuple(skill_ids), window)
        if key not in self._trends:
            monthly = pd.DataFrame({"month": self.months}).merge(self.monthly, on="month", how="left").fillna(0)
            self._trends[key] = analysis.trend_series(self.skill_months, monthly, skill_ids, window)
        return self._trends[key]

    def trend_sample(self, window: int = 1) -> TrendSample:
        """How many postings stand behind each point of a `window`-month trend (too few: show counts)."""
        return trend_sample(self.monthly, self.months, window)

    def skill_counts(self, skill_ids: list[str]) -> list[SkillCount]:
        """Postings per chosen skill over the whole slice (what a thin slice shows instead of a trend)."""
        names = dict(zip(self.skill_months["skill_id"], self.skill_months["skill_name"])) \
            if "skill_name" in self.skill_months else {}
        return skill_counts(self.skill_months, self.totals.postings, skill_ids, names)

    def movers(self, window: int = 6, min_support: int = 15) -> pd.DataFrame:
        """Share change (points) last `window` months vs the previous `window`, biggest risers first."""
        key = (window, min_support)
        if key not in self._movers:
            self._movers[key] = analysis.movers(self.skill_months, self.monthly, self.months, window, min_support)
        return self._movers[key]

    def risers_fallers(self, n: int = 8, window: int = 6, min_support: int = 15, min_z: float = 2.0) -> pd.DataFrame:
        """The n biggest risers and n biggest fallers (by points) whose change is not noise (|z| >= min_z), risers
        first, with a `direction` column."""
        m = self.movers(window, min_support)
        m = m[m["z"].abs() >= min_z]
        up = m[m["change_pp"] > 0].head(n).assign(direction="rising")
        down = m[m["change_pp"] < 0].tail(n).iloc[::-1].assign(direction="falling")
        return pd.concat([up, down], ignore_index=True)


VERSION_TTL_S = 1.0  # how long a read of the aggregates' version is trusted
PREMIUM_SKILLS = 60  # pay premium is computed for this many top skills per filter (then cut to the request)
SENIORITY_ORDER = ("intern", "junior", "mid", "senior", "lead", "principal")


def _seniority_rank(level: str) -> tuple[int, str]:
    return (SENIORITY_ORDER.index(level) if level in SENIORITY_ORDER else len(SENIORITY_ORDER), level)


class MarketService:
    """Market queries over one engine; thread-safe memo per aggregate version."""

    def __init__(self, engine: Engine, taxonomy: Taxonomy | None = None, cache_size: int = 128,
                 version_ttl_s: float = VERSION_TTL_S) -> None:
        """Bind the engine (and the taxonomy, for role family names); results are memoised per aggregate version,
        which is re-read at most every `version_ttl_s` seconds."""
        ensure_market_schema(engine)
        self.engine, self.taxonomy, self.cache_size = engine, taxonomy, cache_size
        self.version_ttl_s = version_ttl_s
        self._cache: OrderedDict = OrderedDict()
        self._lock = threading.Lock()
        self._version_at: tuple[float, tuple[int, int]] | None = None

    def _version(self) -> tuple[int, int]:
        """The aggregates' version, re-read at most every VERSION_TTL_S (one page run asks many times)."""
        now = time.monotonic()
        if self._version_at is None or now - self._version_at[0] >= self.version_ttl_s:
            self._version_at = (now, queries.state_version(self.engine))
        return self._version_at[1]

    def sync(self) -> None:
        """Re-read the aggregates' version now (a page calls this once per run; then the TTL spares re-reads)."""
        self._version_at = (time.monotonic(), queries.state_version(self.engine))

    def _memo(self, key: tuple, build):
        key = (self._version(), *key)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        value = build()
        with self._lock:
            self._cache[key] = value
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        return value

    def datasets(self) -> dict[bool, int]:
        """Aggregated postings per dataset (True = demo)."""
        return self._memo(("datasets",), lambda: queries.dataset_counts(self.engine))

    def default_demo(self) -> bool | None:
        """The dataset to show first: your data when there is any, else the demo; None when both are empty."""
        counts = self.datasets()
        if counts.get(False):
            return False
        return True if counts.get(True) else None

    def family_name(self, family_id: str) -> str:
        """Display name of a role family id."""
        if self.taxonomy and family_id in self.taxonomy.role_families:
            return self.taxonomy.role_families[family_id].name
        return family_id.replace("_", " ").title() if family_id else "Unassigned"

    def options(self, demo: bool, role_family: str | None = None) -> MarketOptions:
        """Role families, cities, seniorities and months present in a dataset (cities etc. within the family)."""
        def build() -> MarketOptions:
            dim = lambda col, rf=role_family: queries.dimension_counts(self.engine, demo, col, rf)  # noqa: E731
            families = dim("role_family", None)
            return MarketOptions(
                demo=demo,
                role_families=[RoleOption(v, self.family_name(v), int(n)) for v, n in families.itertuples(index=False)],
                cities=[v for v in dim("city")["value"] if v],
                seniorities=sorted((v for v in dim("seniority")["value"] if v), key=_seniority_rank),
                months=sorted(dim("month", None)["value"]),
            )
        return self._memo(("options", demo, role_family), build)

    def _months(self, f: MarketFilter) -> list[str]:
        available = self.options(f.demo).months
        if not available:
            return []
        return month_span(f.start or available[0], f.end or available[-1])

    def view(self, f: MarketFilter) -> MarketView:
        """The slice's base reads (two grouped queries), memoised."""
        return self._memo(("view", f), lambda: MarketView(
            f, queries.monthly_totals(self.engine, f), queries.skill_months(self.engine, f), self._months(f)))

    def salary_premium(self, f: MarketFilter, limit: int = 20, min_support: int = 10) -> pd.DataFrame:
        """Median salary with vs without each of the top `limit` skills; premium in percent within the same city
        and seniority (NaN below support). Computed once per filter for the top PREMIUM_SKILLS, then cut."""
        size = max(limit, PREMIUM_SKILLS)

        def build() -> pd.DataFrame:
            top = self.view(f).top_skills(size)
            ids = list(top["skill_id"])
            medians = analysis.pay_medians(*queries.salary_rows(self.engine, f, ids), ids)
            premium = analysis.stratified_premium(*queries.pay_sums(self.engine, f, ids), ids, min_support)
            return analysis.salary_premium(medians, premium, top)
        return self._memo(("premium", f, size, min_support), build).head(limit).reset_index(drop=True)

    def cooccurrence(self, f: MarketFilter, top: int = 20) -> Cooccurrence:
        """Pair counts among the slice's top skills."""
        def build() -> Cooccurrence:
            skills = self.view(f).top_skills(top)
            pairs = queries.cooccurrence_pairs(self.engine, f, list(skills["skill_id"])) if not skills.empty \
                else pd.DataFrame(columns=["skill_a", "skill_b", "postings"])
            return Cooccurrence(*analysis.cooccurrence_matrix(pairs, skills))
        return self._memo(("cooc", f, top), build)

    def city_comparison(self, f: MarketFilter, skill_id: str, min_postings: int = 10) -> pd.DataFrame:
        """Share of postings asking for one skill per city (the city filter is ignored), with median salary."""
        def build() -> pd.DataFrame:
            totals, rows = queries.city_rows(self.engine, f, skill_id)
            return analysis.city_comparison(totals, rows, min_postings)
        return self._memo(("cities", f, skill_id, min_postings), build)

    def demand_table(self, f: MarketFilter, limit: int = 30) -> pd.DataFrame:
        """skill_id, skill, postings, share, required_share, trend_pp, salary_premium_pct, medians (the CLI table)."""
        return self._memo(("table", f, limit), lambda: self._demand_table(f, limit))

    def _demand_table(self, f: MarketFilter, limit: int) -> pd.DataFrame:
        view = self.view(f)
        top = view.top_skills(limit)
        cols = ["skill_id", "skill", "postings", "share", "required_share", "preferred_share", "trend_pp",
                "salary_premium_pct", "median_salary_with", "median_salary_without", "salaried_with"]
        if top.empty:
            return pd.DataFrame(columns=cols)
        trend = view.movers(min_support=0).set_index("skill_id")["change_pp"]
        premium = self.salary_premium(f, limit).set_index("skill_id")
        out = top[["skill_id", "skill", "postings", "share", "required_share", "preferred_share"]].copy()
        out["trend_pp"] = out["skill_id"].map(trend)
        out["salary_premium_pct"] = out["skill_id"].map(premium["premium_pct"])
        out["median_salary_with"] = out["skill_id"].map(premium["median_with"])
        out["median_salary_without"] = out["skill_id"].map(premium["median_without"])
        out["salaried_with"] = out["skill_id"].map(premium["n_with"]).fillna(0).astype(int)
        return out[cols]
