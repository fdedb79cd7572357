"""Taxonomy records (loaded from data/taxonomy, our own files)."""

from __future__ import annotations

from dataclasses import dataclass, field

CATEGORIES = (
    "programming_language", "framework", "database", "cloud", "devops", "data_ml",
    "security", "mobile", "testing", "analytics_business", "design", "soft_skill", "tool", "methodology",
    "healthcare", "finance", "education", "people_operations", "operations_trades", "certification",
)


@dataclass(frozen=True)
class Skill:
    """One canonical skill."""

    id: str  # slug, e.g. "kubernetes"
    name: str  # display name, e.g. "Kubernetes"
    category: str  # one of CATEGORIES
    aliases: tuple[str, ...] = ()  # other surface forms, e.g. ("k8s", "kube")
    ambiguous: bool = False  # name/alias is also a common word (Go, R, Swift...): needs context
    hours: int = 40  # estimated hours to working proficiency
    prerequisites: tuple[str, ...] = ()  # skill ids
    related: tuple[str, ...] = ()  # skill ids (adjacent: partial credit)
    key_concepts: tuple[str, ...] = ()  # 3-6 concepts for interview scoring
    context: tuple[str, ...] = ()  # words that support an ambiguous alias ("golang", "goroutine")
    ambiguous_forms: tuple[str, ...] = ()  # lower-cased surface forms that need context ("go"; not "golang")
    onet_commodity: str = ""  # O*NET UNSPSC commodity "<code> <title>" where known ("43231601 Accounting software")
    esco_uri: str = ""  # ESCO concept URI where the name is an ESCO preferred label
    hot: bool = False  # an O*NET Hot Technology for some occupation
    in_demand: bool = False  # an O*NET In Demand technology for some occupation
    source: str = ""  # "" curated; "onet" / "esco" for skills the v2 build derived


@dataclass(frozen=True)
class RoleFamily:
    """A role family mapped to an O*NET-SOC code."""

    id: str  # slug, e.g. "data_scientist"
    name: str
    onet_soc: str  # e.g. "15-2051.00"
    title_keywords: tuple[str, ...] = ()  # lower-case phrases found in job titles
    core_skills: tuple[str, ...] = ()  # skill ids most demanded (for demo market and prototypes)
    optional_skills: tuple[str, ...] = ()
    generic_keywords: tuple[str, ...] = ()  # weak title phrases used only when no title_keywords match
    onet_socs: tuple[str, ...] = ()  # O*NET-SOC codes / prefixes covered ("29-1141", "41-"); longest prefix wins


@dataclass(frozen=True)
class Resource:
    """A learning resource (course or official docs)."""

    title: str
    provider: str
    url: str
    hours: int
    paid: bool


@dataclass
class Taxonomy:
    """All skills and role families with lookup helpers."""

    skills: dict[str, Skill] = field(default_factory=dict)
    role_families: dict[str, RoleFamily] = field(default_factory=dict)
    resources: dict[str, tuple[Resource, Resource]] = field(default_factory=dict)  # skill id -> (free, paid)
    version: str = "v1"

    def get(self, skill_id: str) -> Skill | None:
        """The skill with this id, or None."""
        return self.skills.get(skill_id)

    def surface_forms(self) -> dict[str, str]:
        """Lower-cased name/alias -> skill id (integrity tests guarantee uniqueness)."""
        out: dict[str, str] = {}
        for skill in self.skills.values():
            for form in (skill.name, *skill.aliases):
                out.setdefault(form.lower(), skill.id)
        return out
