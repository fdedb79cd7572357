"""The demo market's vocabularies (data/demo/*.json), loaded into typed records and resolved against a taxonomy.

market.json holds the tech kinds and the shared model parameters; market_general.json adds the kinds of every
other trade (nursing, trades, teaching...) with their pay tier, departments, employers and licences, merged in.
templates.json is the tech wording; templates_<group>.json override it per kind group ("general" first, then the
group's own file), so a nurse posting talks about units and shifts, not code reviews.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from core.config import PROJECT_ROOT
from core.errors import InvalidInput
from core.taxonomy.models import RoleFamily, Taxonomy

DEMO_DIR = PROJECT_ROOT / "data" / "demo"


@dataclass(frozen=True)
class CityProfile:
    """A demo city: posting weight, salary level vs the US average, remote/disclosure shares, location strings."""

    city: str
    country: str
    currency: str
    weight: float
    level: float
    remote: float
    disclosed: float
    monthly: float
    forms: tuple[str, ...]
    levels: tuple[tuple[str, float], ...] = ()  # pay tier ("professional", "local") -> level; tech uses `level`

    def level_for(self, tier: str) -> float:
        """The salary level of a pay tier in this city (the tech level when the tier is not listed)."""
        return dict(self.levels).get(tier, self.level)


@dataclass(frozen=True)
class SeniorityProfile:
    """A seniority level: weight, title patterns ("{role}"), years range, salary and skill-count factors."""

    id: str
    weight: float
    titles: tuple[str, ...]
    years: tuple[int, int]
    salary: float
    skill_factor: float
    titles_general: tuple[str, ...] = ()  # title patterns outside tech (no "Staff", no "Tech Lead")


@dataclass(frozen=True)
class CommonSkill:
    """A skill any posting of some kind groups may ask for (communication; Git only in tech), or a kind's licence."""

    skill_id: str
    p: float
    required: float
    groups: tuple[str, ...] = ()  # kind groups or kind ids it applies to (empty: all)
    countries: tuple[str, ...] = ()  # countries where it is asked for (empty: all)


@dataclass(frozen=True)
class Variant:
    """A kind's sub-occupation picked by title keyword (nursing assistant within nursing): pay factor, licences."""

    titles: tuple[str, ...]
    salary: float
    extras: tuple[CommonSkill, ...]


@dataclass(frozen=True)
class KindProfile:
    """A role-family kind (backend, nursing...): keywords, posting weight, US mid-level salary, wording group."""

    id: str
    keywords: tuple[str, ...]
    weight: float
    salary_usd: float
    team: str
    families: tuple[str, ...] = ()  # exact family ids (matched before keywords)
    group: str = "tech"  # template group: tech, health, office, education, trades, hospitality, science...
    employers: str = "tech"  # companies.json sector whose names employers take
    teams: tuple[str, ...] = ()  # departments/units (empty: the team plus companies.json tech teams)
    pay: str = "tech"  # city pay tier
    hourly: float = 0.0  # share of hourly pay where hourly pay is usual (US, Canada, UK, Australia)
    extras: tuple[CommonSkill, ...] = ()  # licences and certifications the kind asks for
    variants: tuple[Variant, ...] = ()


@dataclass(frozen=True)
class TrendSpec:
    """A skill whose demand moves: multiplier `start` -> `end` over the months (geometric), for some kinds."""

    skill_id: str
    start: float
    end: float
    base: float
    required: float
    kinds: tuple[str, ...]


@dataclass(frozen=True)
class FamilyPlan:
    """A taxonomy role family with its demo kind."""

    family: RoleFamily
    kind: KindProfile


@dataclass(frozen=True)
class DemoVocab:
    """Everything the demo generator needs, resolved to taxonomy ids."""

    cities: tuple[CityProfile, ...]
    seniorities: tuple[SeniorityProfile, ...]
    families: tuple[FamilyPlan, ...]
    trends: tuple[TrendSpec, ...]
    common: tuple[CommonSkill, ...]
    premiums: dict[str, float]
    alias_forms: dict[str, tuple[str, ...]]
    rivals: tuple[tuple[str, ...], ...]
    templates: dict
    companies: dict
    params: dict
    unresolved: tuple[str, ...] = field(default=())
    countries: dict[str, tuple[str, ...]] = field(default_factory=dict)  # skill id -> the only countries asking for it


def _read(directory: Path, name: str) -> dict:
    path = directory / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InvalidInput(f"Demo vocabulary {path} is missing or invalid: {exc}") from exc


def _resolver(taxonomy: Taxonomy, unresolved: list[str]):
    forms = taxonomy.surface_forms()

    def resolve(names) -> str | None:
        names = [names] if isinstance(names, str) else list(names)
        for name in names:
            if name.lower() in forms:
                return forms[name.lower()]
            if name in taxonomy.skills:
                return name
        unresolved.append(names[0])
        return None

    return resolve


def kind_of(family: RoleFamily, kinds: dict[str, KindProfile]) -> KindProfile:
    """The kind listing the family id, else the first whose keywords occur in the id, else in the name, else "other"."""
    for kind in kinds.values():
        if family.id in kind.families:
            return kind
    for hay in (family.id.lower(), family.name.lower()):
        for kind in kinds.values():
            if any(word in hay for word in kind.keywords):
                return kind
    return kinds["other"]


def _common(resolve, rows) -> tuple[CommonSkill, ...]:
    return tuple(CommonSkill(sid, float(c["p"]), float(c["required"]), tuple(c.get("groups", ())),
                             tuple(c.get("countries", ()))) for c in rows if (sid := resolve(c["skill"])))


def _kind(resolve, kid: str, v: dict) -> KindProfile:
    variants = tuple(Variant(tuple(x["titles"]), float(x.get("salary", 1.0)), _common(resolve, x.get("extras", ())))
                     for x in v.get("variants", ()))
    return KindProfile(kid, tuple(v["keywords"]), float(v["weight"]), float(v["salary_usd"]), v["team"],
                       tuple(v.get("families", ())), v.get("group", "tech"), v.get("employers", "tech"),
                       tuple(v.get("teams", ())), v.get("pay", "tech"), float(v.get("hourly", 0.0)),
                       _common(resolve, v.get("extras", ())), variants)


def _merged(directory: Path) -> dict:
    """market.json with market_general.json's kinds (first, so exact ids win), trends, common, premiums, rivals."""
    market = _read(directory, "market.json")
    general = _read(directory, "market_general.json") if (directory / "market_general.json").exists() else {}
    market["kinds"] = {**general.get("kinds", {}), **market["kinds"]}
    for key in ("trends", "common", "rivals"):
        market[key] = list(market.get(key, [])) + list(general.get(key, []))
    market["premiums"] = {**market["premiums"], **general.get("premiums", {})}
    market["alias_forms"] = {**market["alias_forms"], **general.get("alias_forms", {})}
    market["countries"] = general.get("countries", {})
    return market


def _templates(directory: Path) -> dict:
    """Base templates plus per-group overrides: {"base": ..., "groups": {group: {...}}}."""
    groups = {p.stem.removeprefix("templates_"): json.loads(p.read_text(encoding="utf-8"))
              for p in sorted(directory.glob("templates_*.json"))}
    return {**_read(directory, "templates.json"), "groups": groups}


def load_vocab(taxonomy: Taxonomy, directory: Path = DEMO_DIR) -> DemoVocab:
    """Read data/demo/*.json and resolve skill names to the taxonomy's ids."""
    market, cities = _merged(directory), _read(directory, "cities.json")
    unresolved: list[str] = []
    resolve = _resolver(taxonomy, unresolved)
    kinds = {k: _kind(resolve, k, v) for k, v in market["kinds"].items()}
    families = tuple(FamilyPlan(f, kind_of(f, kinds)) for f in sorted(taxonomy.role_families.values(),
                                                                       key=lambda f: f.id))
    if not families:
        raise InvalidInput("The taxonomy has no role families; the demo market needs them.")
    trends = tuple(
        TrendSpec(sid, float(t["start"]), float(t["end"]), float(t["base"]), float(t["required"]), tuple(t["kinds"]))
        for t in market["trends"] if (sid := resolve(t["skill"]))
    )
    common = _common(resolve, market["common"])
    premiums = {sid: float(v) for name, v in market["premiums"].items() if (sid := resolve(name))}
    alias_forms = {}
    for name, aliases in market["alias_forms"].items():
        sid = resolve(name)
        known = {a.lower() for a in taxonomy.skills[sid].aliases} if sid else set()
        usable = tuple(a for a in aliases if a.lower() in known)
        if sid and usable:
            alias_forms[sid] = usable
    city_rows = [{**c, "forms": tuple(c["forms"]), "levels": tuple(sorted(c.get("levels", {}).items()))}
                 for c in cities["cities"]]
    return DemoVocab(
        cities=tuple(CityProfile(**c) for c in city_rows),
        seniorities=tuple(SeniorityProfile(s["id"], float(s["weight"]), tuple(s["titles"]), tuple(s["years"]),
                                           float(s["salary"]), float(s["skill_factor"]),
                                           tuple(s.get("titles_general", s["titles"]))) for s in market["seniority"]),
        families=families, trends=trends, common=common, premiums=premiums, alias_forms=alias_forms,
        rivals=tuple(tuple(sid for name in group if (sid := resolve(name))) for group in market.get("rivals", ())),
        templates=_templates(directory), companies=_read(directory, "companies.json"),
        params={k: market[k] for k in market if k not in {"kinds", "trends", "common", "premiums", "alias_forms",
                                                          "seniority", "rivals", "_comment", "countries"}},
        unresolved=tuple(dict.fromkeys(unresolved)),
        countries={sid: tuple(c) for name, c in market["countries"].items() if (sid := resolve(name))},
    )
