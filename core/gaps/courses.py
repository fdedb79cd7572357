"""Which courses a gap earns: the curated pair for a missing skill; for a level shortfall on a skill used for years,
an intermediate/advanced resource where one is known, else none (and the report says why)."""

from __future__ import annotations

from core.gaps.models import SkillGap
from core.gaps.settings import GapSettings
from core.taxonomy.load import resources_for
from core.taxonomy.models import Resource, Taxonomy

_FREE = False
ADVANCED: dict[str, tuple[Resource, ...]] = {  # beyond-the-basics material for skills people often hold already
    "sql": (Resource("Use The Index, Luke! (SQL indexing and tuning)", "Markus Winand",
                     "https://use-the-index-luke.com/", 15, _FREE),),
    "postgresql": (Resource("PostgreSQL documentation: Performance Tips", "PostgreSQL",
                            "https://www.postgresql.org/docs/current/performance-tips.html", 6, _FREE),),
    "python": (Resource("Python HOWTOs (descriptors, logging, sorting, asyncio and more)", "Python Software Foundation",
                        "https://docs.python.org/3/howto/", 10, _FREE),),
    "kubernetes": (Resource("Kubernetes The Hard Way", "Kelsey Hightower (GitHub)",
                            "https://github.com/kelseyhightower/kubernetes-the-hard-way", 12, _FREE),),
    "apache_spark": (Resource("Spark SQL performance tuning", "Apache Spark",
                              "https://spark.apache.org/docs/latest/sql-performance-tuning.html", 6, _FREE),),
    "apache_airflow": (Resource("Airflow best practices", "Apache Airflow",
                                "https://airflow.apache.org/docs/apache-airflow/stable/best-practices.html", 4,
                                _FREE),),
    "aws": (Resource("AWS Well-Architected Framework", "Amazon Web Services",
                     "https://docs.aws.amazon.com/wellarchitected/latest/framework/welcome.html", 10, _FREE),),
    "git": (Resource("Pro Git, chapters 7-10 (tools, customizing, internals)", "git-scm.com",
                     "https://git-scm.com/book/en/v2", 8, _FREE),),
    "terraform": (Resource("Terraform: developing modules", "HashiCorp",
                           "https://developer.hashicorp.com/terraform/language/modules/develop", 5, _FREE),),
}


def experienced(gap: SkillGap, settings: GapSettings | None = None) -> bool:
    """True for a level shortfall on a skill used for `experienced_years`+ (L3+ when the years are unknown)."""
    if gap.kind != "level":
        return False
    threshold = (settings or GapSettings()).experienced_years
    return gap.have_years >= threshold if gap.have_years is not None else gap.have_level >= 3


def courses_for(gap: SkillGap, taxonomy: Taxonomy, settings: GapSettings | None = None) -> tuple[Resource, ...]:
    """(free, paid) for a missing or early skill; advanced material or nothing for an experienced one."""
    if experienced(gap, settings):
        return ADVANCED.get(gap.skill_id, ())
    return resources_for(taxonomy, gap.skill_id)


def course_note(gap: SkillGap, settings: GapSettings | None = None) -> str:
    """Why an experienced level gap shows advanced material or no course ("" otherwise)."""
    if not experienced(gap, settings):
        return ""
    used = f"for {gap.have_years:g} years" if gap.have_years is not None else f"at L{gap.have_level}"
    if gap.skill_id in ADVANCED:
        return f"No beginner course: you have used {gap.name} {used}; the resource is beyond the basics."
    return (f"No course: you have used {gap.name} {used}, so a beginner course would repeat what you know; "
            "deepen it on a project instead.")
