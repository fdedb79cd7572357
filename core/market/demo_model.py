"""The demo market's statistical model: posting i of seed s -> a PostingPlan (who, where, when, which skills, pay).

Every posting is drawn from its own RNG (`demo:<seed>:<i>`), so posting i is the same whatever the total count
and a bigger run extends a smaller one. Skill probabilities come from the role family's core/optional skills
(earlier listed = more common), trend multipliers (geometric from `start` to `end` over the months), monthly
noise and a per-city affinity, all fixed by the seed. Core/optional odds are scaled so a family's postings name
about `target_skills` of them whatever the length of its lists; common skills apply to their kind groups only (Git
and Agile in tech) and a kind's licences to their countries (CSCS in the UK, OSHA 30 in the US). The title keyword
is drawn here, since a sub-occupation (nursing assistant) changes pay and licences. Salaries: kind base x variant x
seniority x the city's level for the kind's pay tier x skill premiums x noise, in the city's currency (hourly for
part of the hands-on trades where that is usual).
"""

from __future__ import annotations

import calendar
import math
import random
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, timezone
from itertools import accumulate

from core.ingest.salary import FX_TO_USD
from core.market.demo_stacks import ANCHOR_P, family_groups
from core.market.demo_names import CompanyNames, title_keywords
from core.market.vocab import CityProfile, DemoVocab, FamilyPlan, SeniorityProfile, TrendSpec, Variant
from core.taxonomy.models import Taxonomy

MAX_P = 0.95
HOURLY_CURRENCIES = {"USD", "CAD", "GBP", "AUD"}
# Share of a city's remote rate per kind group: hands-on trades (wards, sites, kitchens) are never remote.
REMOTE_FACTOR = {"tech": 1.0, "office": 1.0, "science": 0.3}


@dataclass(frozen=True)
class PlannedSkill:
    """A skill the posting will ask for."""

    skill_id: str
    required: bool


@dataclass(frozen=True)
class PlannedSalary:
    """The advertised pay range."""

    low: float
    high: float
    currency: str
    period: str  # year | month | hour


@dataclass(frozen=True)
class PostingPlan:
    """Everything about one demo posting except its wording."""

    index: int
    family: FamilyPlan
    city: CityProfile
    seniority: SeniorityProfile
    month: date
    posted_at: datetime
    remote: bool
    skills: tuple[PlannedSkill, ...]
    salary: PlannedSalary | None
    salary_usd: float  # the annual USD midpoint the model intended (disclosed or not)
    company: str
    team: str
    title_keyword: str = ""  # the family title keyword the posting's title is built from


@dataclass(frozen=True)
class _SkillOdds:
    skill_id: str
    p: float
    required: float
    trend: TrendSpec | None
    countries: tuple[str, ...] = ()


def month_starts(today: date, months: int) -> list[date]:
    """The first days of the `months` months ending with today's month, oldest first."""
    out, year, month = [], today.year, today.month
    for _ in range(months):
        out.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out[::-1]


def _cumulative(weights) -> list[float]:
    return list(accumulate(float(w) for w in weights))


def _pick(rng: random.Random, items, cum: list[float]):
    return items[bisect_right(cum, rng.random() * cum[-1])]


class DemoModel:
    """Draws deterministic PostingPlans for a vocabulary, seed and end date."""

    def __init__(self, vocab: DemoVocab, seed: int, today: date, months: int = 24,
                 taxonomy: Taxonomy | None = None) -> None:
        """Precompute weights and odds (stacks need the taxonomy); nothing random is drawn until `plan(i)`."""
        self.vocab, self.seed, self.today = vocab, seed, today
        self.months = month_starts(today, months)
        p = vocab.params
        n = len(self.months)
        self._month_cum = _cumulative(
            (1 + p["volume_growth"] * i / max(n - 1, 1)) * p["season"].get(str(m.month), 1.0)
            * self._lognormal(f"vol:{m}", 0.06) for i, m in enumerate(self.months)
        )
        self._family_cum = _cumulative(f.kind.weight for f in vocab.families)
        self._city_cum = _cumulative(c.weight for c in vocab.cities)
        self._sen_cum = _cumulative(s.weight for s in vocab.seniorities)
        self._odds = {f.family.id: self._family_odds(f) for f in vocab.families}
        independent = {t.skill_id for t in vocab.trends} | {c.skill_id for c in vocab.common}
        self._stacks = {
            f.family.id: family_groups(taxonomy, {o.skill_id: o.p for o in self._odds[f.family.id]},
                                       vocab.rivals, independent)
            for f in vocab.families
        } if taxonomy is not None else {}
        self._noise: dict[tuple, float] = {}
        self._names = CompanyNames(vocab.companies, seed)
        self._all_odds: dict[tuple, list[_SkillOdds]] = {}
        forms = taxonomy.surface_forms() if taxonomy is not None else {}
        self._keywords = {f.family.id: title_keywords(f.family, forms) for f in vocab.families}

    def _lognormal(self, key: str, sigma: float) -> float:
        return math.exp(random.Random(f"{key}:{self.seed}").gauss(0.0, sigma))

    def _family_odds(self, plan: FamilyPlan) -> list[_SkillOdds]:
        p = self.vocab.params
        odds: dict[str, _SkillOdds] = {}
        for skills, (hi, lo), req in ((plan.family.core_skills, p["core_probability"], p["core_required"]),
                                      (plan.family.optional_skills, p["optional_probability"], p["optional_required"])):
            for k, sid in enumerate(skills):
                if sid not in odds:
                    odds[sid] = _SkillOdds(sid, hi + (lo - hi) * k / max(len(skills) - 1, 1), req, None)
        expected = sum(o.p for o in odds.values())
        scale = min(1.0, p["target_skills"] / expected) if expected else 1.0  # families list 10-40 skills
        odds = {sid: _SkillOdds(sid, o.p * scale, o.required, None) for sid, o in odds.items()}
        for t in self.vocab.trends:
            if t.skill_id in odds:
                odds[t.skill_id] = _SkillOdds(t.skill_id, odds[t.skill_id].p, odds[t.skill_id].required, t)
            elif plan.kind.id in t.kinds:
                odds[t.skill_id] = _SkillOdds(t.skill_id, t.base, t.required, t)
        for c in self.vocab.common:
            if not c.groups or plan.kind.group in c.groups or plan.kind.id in c.groups:  # a group or a kind
                odds.setdefault(c.skill_id, _SkillOdds(c.skill_id, c.p, c.required, None, c.countries))
        local = self.vocab.countries  # country-specific licences whoever lists them (CDL: US only)
        return [o if o.countries or o.skill_id not in local else _SkillOdds(o.skill_id, o.p, o.required, o.trend,
                                                                            local[o.skill_id])
                for o in odds.values()]

    def trend_multiplier(self, trend: TrendSpec | None, month_index: int) -> float:
        """The trend's demand multiplier in month `month_index` (1.0 for untrended skills)."""
        if trend is None:
            return 1.0
        t = month_index / max(len(self.months) - 1, 1)
        if trend.end < trend.start:  # declines are steady (linear); adoption accelerates (geometric)
            return trend.start + (trend.end - trend.start) * t
        return trend.start * (trend.end / trend.start) ** t

    def _factor(self, kind: str, a: str, b, sigma: float) -> float:
        key = (kind, a, b)
        if key not in self._noise:
            self._noise[key] = self._lognormal(f"{kind}:{a}:{b}", sigma)
        return self._noise[key]

    def skill_probability(self, odds: _SkillOdds, month_index: int, city: str, factor: float) -> float:
        """P(a posting asks for this skill) in a month and city."""
        p = self.vocab.params
        value = (odds.p * self.trend_multiplier(odds.trend, month_index) * factor
                 * self._factor("m", odds.skill_id, month_index, p["month_noise"])
                 * self._factor("c", odds.skill_id, city, p["city_skill_noise"]))
        return min(value, MAX_P)

    def plan(self, index: int) -> PostingPlan:
        """The plan of posting `index` (deterministic for the seed)."""
        rng = random.Random(f"demo:{self.seed}:{index}")
        month_index = bisect_right(self._month_cum, rng.random() * self._month_cum[-1])
        month = self.months[month_index]
        family = _pick(rng, self.vocab.families, self._family_cum)
        city = _pick(rng, self.vocab.cities, self._city_cum)
        seniority = _pick(rng, self.vocab.seniorities, self._sen_cum)
        keyword = self._keyword(random.Random(f"title:{self.seed}:{index}"), family)
        variant = next((v for v in family.kind.variants if any(t in keyword for t in v.titles)), None)
        skills = self._skills(rng, family, city, seniority, month_index, variant)
        usd = self._salary_usd(rng, family, city, seniority, skills) * (variant.salary if variant else 1.0)
        salary = self._advertised(rng, usd, city, family) if rng.random() < city.disclosed else None
        kind = family.kind
        remote = rng.random() < city.remote * REMOTE_FACTOR.get(kind.group, 0.0)
        return PostingPlan(
            index=index, family=family, city=city, seniority=seniority, month=month,
            posted_at=self._posted_at(rng, month), remote=remote, skills=skills,
            salary=salary, salary_usd=usd, company=self._names.pick(rng, kind.employers),
            team=rng.choice(kind.teams) if kind.teams else rng.choice([kind.team] * 3 + self.vocab.companies["teams"]),
            title_keyword=keyword,
        )

    def _keyword(self, rng, family: FamilyPlan) -> str:
        """The title keyword: the family's first one most often, else one that does not name a skill."""
        keywords, plain = self._keywords[family.family.id]
        return keywords[0] if rng.random() < 0.6 else rng.choice(plain)

    def _skills(self, rng, family: FamilyPlan, city: CityProfile, seniority: SeniorityProfile,
                month_index: int, variant: Variant | None = None) -> tuple[PlannedSkill, ...]:
        chosen: list[tuple[float, PlannedSkill]] = []
        factors, anchors = self._anchors(rng, family.family.id)
        all_odds = self._skill_odds(family, variant)
        for odds in all_odds:
            if odds.countries and city.country not in odds.countries:
                continue
            p = self.skill_probability(odds, month_index, city.city, seniority.skill_factor)
            p = max(p, ANCHOR_P) if odds.skill_id in anchors else min(p * factors.get(odds.skill_id, 1.0), MAX_P)
            if rng.random() < p:
                chosen.append((p, PlannedSkill(odds.skill_id, rng.random() < odds.required)))
        if len(chosen) < 3:
            present = {s.skill_id for _, s in chosen}
            extra = [o for o in all_odds if o.skill_id not in present
                     and (not o.countries or city.country in o.countries)]
            extra.sort(key=lambda o: -o.p)
            chosen += [(o.p, PlannedSkill(o.skill_id, True)) for o in extra[: 3 - len(chosen)]]
        chosen.sort(key=lambda pair: -pair[0])
        return tuple(s for _, s in chosen[: self.vocab.params["skills_per_posting_cap"]])

    def _skill_odds(self, family: FamilyPlan, variant: Variant | None) -> list[_SkillOdds]:
        """The family's odds with the kind's licences, or the variant's instead (no RN licence for an aide)."""
        key = (family.family.id, variant)
        if key not in self._all_odds:
            kind = family.kind
            licences = variant.extras if variant else kind.extras
            dropped = {c.skill_id for c in kind.extras} | {c.skill_id for c in licences}
            self._all_odds[key] = [o for o in self._odds[family.family.id] if o.skill_id not in dropped] + [
                _SkillOdds(c.skill_id, c.p, c.required, None, c.countries or self.vocab.countries.get(c.skill_id, ()))
                for c in licences]
        return self._all_odds[key]

    def _anchors(self, rng, family_id: str) -> tuple[dict[str, float], set[str]]:
        """One anchor per stack group of the family: (probability multipliers, anchor ids)."""
        factors: dict[str, float] = {}
        steer: dict[str, float] = {}
        anchors: set[str] = set()
        for group in self._stacks.get(family_id, ()):
            anchor = _pick(rng, group, _cumulative(a.weight * steer.get(a.skill_id, 1.0) for a in group))
            anchors.add(anchor.skill_id)
            for target, effects in ((factors, anchor.factors), (steer, anchor.steer)):
                for sid, f in effects.items():
                    target[sid] = target.get(sid, 1.0) * f
        return factors, anchors

    def _salary_usd(self, rng, family: FamilyPlan, city: CityProfile, seniority: SeniorityProfile,
                    skills: tuple[PlannedSkill, ...]) -> float:
        premium = 1.0
        for s in skills:
            premium *= 1 + self.vocab.premiums.get(s.skill_id, 0.0)
        noise = math.exp(rng.gauss(0.0, self.vocab.params["salary_noise"]))
        return family.kind.salary_usd * seniority.salary * city.level_for(family.kind.pay) * premium * noise

    def _advertised(self, rng, usd: float, city: CityProfile, family: FamilyPlan) -> PlannedSalary:
        rate = FX_TO_USD.get(city.currency, 1.0)
        lo_spread, hi_spread = self.vocab.params["salary_spread"]
        spread = rng.uniform(lo_spread, hi_spread)
        mid = usd / rate
        period = "month" if rng.random() < city.monthly else "year"
        if period == "year" and city.currency in HOURLY_CURRENCIES and rng.random() < family.kind.hourly:
            period, mid = "hour", mid / 2080
        if period == "month":
            mid /= 12
        step = _round_step(mid)
        low = max(step, round(mid * (1 - spread / 2) / step) * step)
        high = max(low + step, round(mid * (1 + spread / 2) / step) * step)
        return PlannedSalary(float(low), float(high), city.currency, period)

    def _posted_at(self, rng, month: date) -> datetime:
        last = calendar.monthrange(month.year, month.month)[1]
        if (month.year, month.month) == (self.today.year, self.today.month):
            last = self.today.day
        day = rng.randint(1, last)
        return datetime(month.year, month.month, day, rng.randint(7, 19), rng.randint(0, 59), tzinfo=timezone.utc)


def _round_step(amount: float) -> float:
    """A human rounding step for an amount (1,000 for 120,000; 50,000 for 2,400,000...)."""
    magnitude = 10 ** max(int(math.log10(max(amount, 1))) - 2, 0)
    return float(magnitude * (5 if amount / magnitude >= 500 else 1))
