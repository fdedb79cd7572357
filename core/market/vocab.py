"""The demo market's vocabularies (data/demo/*.json), loaded into typed records and resolved against a taxonomy."""

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


@dataclass(frozen=True)
class SeniorityProfile:
    """A seniority level: weight, title patterns ("{role}"), years range, salary and skill-count factors."""

    id: str
    weight: float
    titles: tuple[str, ...]
    years: tuple[int, int]
    salary: float
    skill_factor: float


@dataclass(frozen=True)
class KindProfile:
    """A role-family kind (backend, data_eng, ml...): matching keywords, posting weight, US mid-level salary."""

    id: str
    keywords: tuple[str, ...]
    weight: float
    salary_usd: float
    team: str


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
class CommonSkill:
    """A skill any posting may ask for (communication, Git...)."""

    skill_id: str
    p: float
    required: float


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
    """The first kind whose keywords occur in the family id, else in its name (else "other")."""
    for hay in (family.id.lower(), family.name.lower()):
        for kind in kinds.values():
            if any(word in hay for word in kind.keywords):
                return kind
    return kinds["other"]


def load_vocab(taxonomy: Taxonomy, directory: Path = DEMO_DIR) -> DemoVocab:
    """Read data/demo/*.json and resolve skill names to the taxonomy's ids."""
    market, cities = _read(directory, "market.json"), _read(directory, "cities.json")
    unresolved: list[str] = []
    resolve = _resolver(taxonomy, unresolved)
    kinds = {k: KindProfile(k, tuple(v["keywords"]), float(v["weight"]), float(v["salary_usd"]), v["team"])
             for k, v in market["kinds"].items()}
    families = tuple(FamilyPlan(f, kind_of(f, kinds)) for f in sorted(taxonomy.role_families.values(),
                                                                       key=lambda f: f.id))
    if not families:
        raise InvalidInput("The taxonomy has no role families; the demo market needs them.")
    trends = tuple(
        TrendSpec(sid, float(t["start"]), float(t["end"]), float(t["base"]), float(t["required"]), tuple(t["kinds"]))
        for t in market["trends"] if (sid := resolve(t["skill"]))
    )
    common = tuple(CommonSkill(sid, float(c["p"]), float(c["required"]))
                   for c in market["common"] if (sid := resolve(c["skill"])))
    premiums = {sid: float(v) for name, v in market["premiums"].items() if (sid := resolve(name))}
    alias_forms = {}
    for name, aliases in market["alias_forms"].items():
        sid = resolve(name)
        known = {a.lower() for a in taxonomy.skills[sid].aliases} if sid else set()
        usable = tuple(a for a in aliases if a.lower() in known)
        if sid and usable:
            alias_forms[sid] = usable
    return DemoVocab(
        cities=tuple(CityProfile(**{**c, "forms": tuple(c["forms"])}) for c in cities["cities"]),
        seniorities=tuple(SeniorityProfile(s["id"], float(s["weight"]), tuple(s["titles"]), tuple(s["years"]),
                                           float(s["salary"]), float(s["skill_factor"])) for s in market["seniority"]),
        families=families, trends=trends, common=common, premiums=premiums, alias_forms=alias_forms,
        rivals=tuple(tuple(sid for name in group if (sid := resolve(name))) for group in market.get("rivals", ())),
        templates=_read(directory, "templates.json"), companies=_read(directory, "companies.json"),
        params={k: market[k] for k in market if k not in {"kinds", "trends", "common", "premiums", "alias_forms",
                                                          "seniority", "rivals", "_comment"}},
        unresolved=tuple(dict.fromkeys(unresolved)),
    )
