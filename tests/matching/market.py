"""A crafted, deterministic job market for matching tests: 5 role families with overlapping skills.

Rows are written straight into JobPosting / JobSkill (no extraction), so these tests depend only on matching.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy.engine import Engine

from core.db.models import JobPosting, JobSkill
from core.db.session import session_scope
from core.matching.models import ResumeQuery

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Family:
    id: str
    titles: tuple[str, ...]
    core: tuple[str, ...]
    optional: tuple[str, ...]


FAMILIES = (
    Family("data_engineer", ("Data Engineer", "Big Data Engineer", "ETL Developer"),
           ("Python", "SQL", "Apache Spark", "Apache Airflow", "Apache Kafka", "ETL", "Data Warehousing", "dbt"),
           ("Scala", "AWS", "Snowflake", "Terraform", "Docker", "Databricks")),
    Family("data_scientist", ("Data Scientist", "Applied Scientist", "Machine Learning Scientist"),
           ("Python", "SQL", "Machine Learning", "Statistics", "pandas", "scikit-learn", "NumPy", "A/B Testing"),
           ("PyTorch", "R", "Deep Learning", "Tableau", "Apache Spark", "NLP")),
    Family("frontend", ("Frontend Developer", "Front-End Engineer", "UI Engineer"),
           ("JavaScript", "TypeScript", "React", "HTML", "CSS", "Redux", "Webpack", "Jest"),
           ("Next.js", "Vue.js", "GraphQL", "Figma", "Node.js", "Accessibility")),
    Family("devops", ("DevOps Engineer", "Site Reliability Engineer", "Platform Engineer"),
           ("Linux", "Docker", "Kubernetes", "Terraform", "CI/CD", "AWS", "Prometheus", "Bash"),
           ("Ansible", "Python", "Go", "Helm", "Azure", "Grafana")),
    Family("mobile", ("Mobile Developer", "iOS Developer", "Android Developer"),
           ("Swift", "Kotlin", "iOS", "Android", "Mobile Development", "Xcode", "REST APIs", "Firebase"),
           ("SwiftUI", "Jetpack Compose", "Flutter", "React Native", "Objective-C", "Git")),
)
COMMON = ("Git", "Agile", "Communication", "Problem Solving")
CITIES = (("Berlin", "Germany"), ("Munich", "Germany"), ("London", "United Kingdom"), ("Pune", "India"),
          ("Bengaluru", "India"), ("Toronto", "Canada"), ("Austin", "United States"))
SENIORITY = (("junior", "Junior "), ("mid", ""), ("senior", "Senior "), ("lead", "Lead "))


def key(name: str) -> str:
    """Skill id of a crafted skill name (what the index sees as JobSkill.skill_id)."""
    return name.lower().replace(" ", "_").replace("/", "_").replace(".", "")


def build_market(engine: Engine, n: int, seed: int = 11) -> dict[int, str]:
    """Write n postings; returns posting id -> role family."""
    rng = random.Random(seed)
    families: dict[int, str] = {}
    with session_scope(engine) as session:
        for i in range(n):
            fam = FAMILIES[i % len(FAMILIES)]
            seniority, prefix = rng.choice(SENIORITY)
            title = prefix + rng.choice(fam.titles)
            skills = [(s, "required") for s in fam.core if rng.random() < 0.7]
            skills += [(s, "preferred") for s in fam.optional if rng.random() < 0.3]
            other = rng.choice([f for f in FAMILIES if f is not fam])
            skills += [(s, "preferred") for s in rng.sample(other.core, 2) if rng.random() < 0.4]
            skills += [(s, "unspecified") for s in COMMON if rng.random() < 0.3]
            skills = list({name: (name, req) for name, req in skills}.values())
            city, country = rng.choice(CITIES)
            names = ", ".join(s for s, _ in skills)
            row = JobPosting(
                source="test", external_id=f"t{seed}-{i}", text_hash=f"h{seed}-{i}", title=title, company=f"Company {i % 37}",
                city=city, country=country, remote=rng.random() < 0.2, role_family=fam.id, seniority=seniority,
                salary_annual_usd=float(rng.randrange(60, 200) * 1000), salary_currency="USD",
                posted_at=NOW - timedelta(days=rng.randrange(0, 180)),
                description=f"{title} at Company {i % 37}. You will work with {names}. We value ownership.",
            )
            session.add(row)
            session.flush()
            families[row.id] = fam.id
            for name, req in skills:
                session.add(JobSkill(posting_id=row.id, skill_id=key(name), name=name, requirement=req))
    return families


def family_resume(fam: Family, years: float = 4.0, city: str | None = "Berlin") -> ResumeQuery:
    """A resume written for a role family: its title, a summary, most core skills and a few optional ones."""
    skills = list(fam.core[:6]) + list(fam.optional[:2]) + ["Git"]
    return ResumeQuery(
        levels={key(s): 3 for s in skills}, names={key(s): s for s in skills},
        titles=(fam.titles[0],), summary=f"{fam.titles[0]} with {years:g} years of experience.",
        years=years, city=city, country="Germany" if city in ("Berlin", "Munich") else None,
    )
