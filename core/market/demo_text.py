"""Demo posting wording: a PostingPlan -> title, location string and description text, from data/demo templates.

Sections (company, role, responsibilities, requirements, nice-to-have, benefits) use varied headings, bullets and
phrasings; skills are written as their taxonomy name or, sometimes, a common alias ("k8s", "Postgres", "JS"), so
the extraction pipeline reads text rather than labels. The first line is the title (the seniority reader uses it).
Each template key is looked up in the kind group's file (templates_<group>.json), then templates_general.json for
every group but tech, then templates.json; certifications and licences get their own lines ("Current BLS and ACLS").
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from core.market.demo_model import PlannedSalary, PostingPlan
from core.market.demo_names import title_keywords
from core.market.vocab import DemoVocab
from core.taxonomy.models import Taxonomy

ALIAS_SHARE = 0.3
_UPPER = {"ml": "ML", "ai": "AI", "qa": "QA", "sre": "SRE", "ios": "iOS", "ui": "UI", "ux": "UX", "bi": "BI",
          "devops": "DevOps", "dba": "DBA", "etl": "ETL", "mlops": "MLOps", "ui/ux": "UI/UX", "sdet": "SDET",
          "it": "IT", "llm": "LLM", "nlp": "NLP", "gis": "GIS", "iot": "IoT", "erp": "ERP", "crm": "CRM",
          "rn": "RN", "lpn": "LPN", "lvn": "LVN", "cna": "CNA", "emt": "EMT", "hvac": "HVAC", "hr": "HR", "cnc": "CNC",
          "sen": "SEN", "sendco": "SENDCo", "ict": "ICT", "pr": "PR", "seo": "SEO", "hgv": "HGV", "icu": "ICU",
          "ed": "ED", "or": "OR", "er": "ER", "nicu": "NICU", "fp&a": "FP&A", "ap": "AP", "ar": "AR"}
_SYMBOL = {"USD": "$", "GBP": "£", "EUR": "€", "INR": "₹"}


@dataclass(frozen=True)
class PostingText:
    """The wording of one posting."""

    title: str
    location: str
    description: str


def role_title(keyword: str) -> str:
    """'ml engineer' -> 'ML Engineer', 'ios developer' -> 'iOS Developer'."""
    return " ".join(_UPPER.get(w, w[:1].upper() + w[1:]) for w in keyword.split())


class DemoWriter:
    """Writes postings for plans with the vocabulary's templates."""

    def __init__(self, vocab: DemoVocab, taxonomy: Taxonomy, seed: int) -> None:
        """Bind templates and the taxonomy (for skill names)."""
        self.vocab, self.taxonomy, self.seed = vocab, taxonomy, seed
        self.base = vocab.templates
        self.groups = vocab.templates.get("groups", {})
        self.t: _Templates = _Templates(self.base, ())

    def _bind(self, plan: PostingPlan) -> None:
        group = plan.family.kind.group
        layers = () if group == "tech" else tuple(x for x in (self.groups.get(group), self.groups.get("general")) if x)
        self.t = _Templates(self.base, layers)

    def write(self, plan: PostingPlan) -> PostingText:
        """Title, location and description of a plan (deterministic for seed and index)."""
        rng = random.Random(f"text:{self.seed}:{plan.index}")
        self._bind(plan)
        title = self._title(rng, plan)
        location = self._location(rng, plan)
        fill = self._fill(rng, plan, title)
        blocks = [f"{title}\n{plan.company} · {location}"]
        blocks.append(self._company_block(rng, fill))
        blocks.append(self._role_block(rng, plan, fill))
        blocks.append(self._responsibilities(rng, plan, fill))
        required = [s.skill_id for s in plan.skills if s.required]
        preferred = [s.skill_id for s in plan.skills if not s.required]
        in_requirements = rng.random() < 0.25
        blocks.append(self._requirements(rng, plan, required, preferred if in_requirements else []))
        if preferred and not in_requirements:
            blocks.append(self._nice(rng, preferred))
        blocks.append(self._benefits(rng, plan, fill))
        closing = rng.choice(self.t["closings"]).format(**fill)
        if closing:
            blocks.append(closing)
        return PostingText(title, location, "\n\n".join(b for b in blocks if b) + "\n")

    def _title(self, rng, plan: PostingPlan) -> str:
        keyword = plan.title_keyword or title_keywords(plan.family.family)[0][0]
        titles = plan.seniority.titles if plan.family.kind.group == "tech" else plan.seniority.titles_general
        base = rng.choice(titles or plan.seniority.titles).format(role=role_title(keyword))
        suffix = rng.choice(self.vocab.companies["title_suffixes"]).format(team=plan.team)
        return base + suffix

    def _location(self, rng, plan: PostingPlan) -> str:
        form = rng.choice(plan.city.forms)
        if plan.remote:
            return rng.choice([f"{form} (Remote)", f"Remote - {form}", f"{form} - Remote"])
        desk = plan.family.kind.group in ("tech", "office")
        return f"{form} (Hybrid)" if desk and rng.random() < 0.2 else form

    def _fill(self, rng, plan: PostingPlan, title: str) -> dict:
        c = self.vocab.companies
        return {"company": plan.company, "industry": rng.choice(c["industries"]), "product": rng.choice(c["products"]),
                "customers": rng.choice(c["customers"]), "team": plan.team, "city": plan.city.city,
                "role": role_title(plan.title_keyword or title_keywords(plan.family.family)[0][0]),
                "founded": rng.randint(1995, 2021),
                "headcount": rng.choice([80, 150, 300, 600, 1200, 4000]), "leave": rng.choice([25, 28, 30])}

    def _heading(self, rng, kind: str) -> str:
        text = rng.choice(self.t["headings"][kind])
        style = rng.choice(self.t["heading_styles"])
        return style.format(h=text, H=text.upper())

    def _bullets(self, rng, lines: list[str]) -> str:
        bullet = rng.choice(self.t["bullets"])
        return "\n".join(bullet + line for line in lines)

    def _company_block(self, rng, fill: dict) -> str:
        text = " ".join(x for x in (rng.choice(self.t["company_intros"]), rng.choice(self.t["company_extras"])) if x)
        text = text.format(**fill)
        return f"{self._heading(rng, 'company')}\n{text}" if rng.random() < 0.7 else text

    def _role_block(self, rng, plan: PostingPlan, fill: dict) -> str:
        text = rng.choice(self.t["role_intros"]).format(**fill)
        if plan.remote:
            text += " " + rng.choice(self.t["remote_lines"])
        return f"{self._heading(rng, 'role')}\n{text}" if rng.random() < 0.6 else ""

    def _responsibilities(self, rng, plan: PostingPlan, fill: dict) -> str:
        pool = self.t.responsibilities(plan.family.kind.id)
        picked = rng.sample(pool, k=min(len(pool), rng.randint(1, 3)))
        picked += rng.sample(self.t["responsibilities_generic"], k=rng.randint(1, 3))
        rng.shuffle(picked)
        lines = [line.format(**fill) for line in picked]
        required = [s.skill_id for s in plan.skills if s.required]
        if required and rng.random() < 0.15:
            lines.insert(1, rng.choice(self.t["responsibility_skill"]).format(skill=self.surface(rng, required[0])))
        return f"{self._heading(rng, 'responsibilities')}\n{self._bullets(rng, lines)}"

    def _requirements(self, rng, plan: PostingPlan, required: list[str], plus: list[str]) -> str:
        lo, hi = plan.seniority.years
        years = rng.randint(lo, hi) if hi > lo else lo
        pool = self.t["years_lines"]["low" if years <= 1 else "other"]
        lines = [rng.choice(pool).format(years=years, years_hi=years + rng.randint(2, 3))]
        lines += self._skill_lines(rng, required, self.t["req_single"], self.t["req_multi"], self.t["soft_required"])
        lines += [rng.choice(self.t["plus_in_requirements"]).format(skill=self.surface(rng, s)) for s in plus]
        return f"{self._heading(rng, 'requirements')}\n{self._bullets(rng, lines)}"

    def _nice(self, rng, preferred: list[str]) -> str:
        lines = self._skill_lines(rng, preferred, self.t["nice_single"], self.t["nice_multi"], self.t["soft_nice"],
                                  "cert_nice")
        return f"{self._heading(rng, 'nice')}\n{self._bullets(rng, lines)}"

    def _skill_lines(self, rng, skills: list[str], single: list[str], multi: list[str], soft: list[str],
                     cert_key: str = "cert_lines") -> list[str]:
        soft_ids = [s for s in skills if self.taxonomy.skills[s].category == "soft_skill"]
        lines = [rng.choice(soft).format(skill=self.taxonomy.skills[s].name.lower().removesuffix(" skills"))
                 for s in soft_ids]
        certs = [s for s in skills if self.taxonomy.skills[s].category == "certification"]
        if certs:
            names = [self.surface(rng, s) for s in certs]
            joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
            lines.insert(0, rng.choice(self.t[cert_key]).format(skills=joined))
        rest = [s for s in skills if s not in soft_ids and s not in certs]
        rng.shuffle(rest)
        while rest:
            size = min(len(rest), rng.choice([1, 1, 2, 3]))
            group, rest = rest[:size], rest[size:]
            names = [self.surface(rng, s) for s in group]
            if size == 1:
                lines.append(rng.choice(single).format(skill=names[0]))
            else:
                joined = ", ".join(names[:-1]) + rng.choice([" and ", " or ", ", "]) + names[-1]
                lines.append(rng.choice(multi).format(skills=joined))
        return lines

    def _benefits(self, rng, plan: PostingPlan, fill: dict) -> str:
        lines = [b.format(**fill) for b in rng.sample(self.t["benefits"], k=rng.randint(3, 5))]
        if plan.salary is not None:
            lines.append(self._salary_line(rng, plan.salary))
        return f"{self._heading(rng, 'benefits')}\n{self._bullets(rng, lines)}"

    def _salary_line(self, rng, salary: PlannedSalary) -> str:
        if salary.currency == "INR" and salary.period == "year" and rng.random() < 0.5:
            lpa = lambda v: f"{v / 100_000:g}"  # noqa: E731
            return rng.choice(self.t["salary_lines"]["lpa"]).format(lo_l=lpa(salary.low), hi_l=lpa(salary.high))
        per = {"year": rng.choice(["per year", "per annum", "a year"]), "hour": rng.choice(["per hour", "an hour"])
               }.get(salary.period, "per month")
        fmt = lambda v: _money(v, salary.currency)  # noqa: E731
        return rng.choice(self.t["salary_lines"]["range"]).format(lo=fmt(salary.low), hi=fmt(salary.high), per=per)

    def surface(self, rng, skill_id: str) -> str:
        """How a skill is written: its name, or sometimes a common alias."""
        skill = self.taxonomy.skills[skill_id]
        aliases = self.vocab.alias_forms.get(skill_id)
        if aliases and rng.random() < ALIAS_SHARE:
            return rng.choice(aliases)
        return skill.name


class _Templates:
    """Template lookup: the group's layers first (group file, then general), then the base (tech) templates."""

    def __init__(self, base: dict, layers: tuple[dict, ...]) -> None:
        self.base, self.layers = base, layers

    def __getitem__(self, key: str):
        for layer in self.layers:
            if key in layer:
                return layer[key]
        return self.base[key]

    def responsibilities(self, kind: str) -> list[str]:
        """The kind's duty lines (the group's own, else the base's, else "other")."""
        for layer in self.layers + (self.base,):
            if kind in layer.get("responsibilities", {}):
                return layer["responsibilities"][kind]
        return self["responsibilities"].get("other") or self.base["responsibilities"]["other"]


def _money(value: float, currency: str) -> str:
    """'$120,000', '₹24,00,000', 'SGD 7,500'."""
    if currency == "INR":
        return "₹" + _indian_grouping(int(value))
    text = f"{int(value):,}"
    return f"{_SYMBOL[currency]}{text}" if currency in _SYMBOL else f"{currency} {text}"


def _indian_grouping(value: int) -> str:
    """2400000 -> '24,00,000'."""
    text = str(value)
    if len(text) <= 3:
        return text
    head, tail = text[:-3], text[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join(([head] if head else []) + groups) + "," + tail
