"""Last skills step: certifications under `certification`, category hours for derived skills, integrity checks
(the curated validator plus the common-word guard), and the skills/<category>.jsonl files written in order.

Row layout: the curated keys first, then the optional v2 keys only where set (onet_commodity, esco_uri, hot,
in_demand, source), so a curated-only build writes the same lines as the curated-table builder.
"""

from __future__ import annotations

import json
import statistics

from core.errors import InvalidInput
from core.taxonomy.build.base import BuildContext
from core.taxonomy.build.common_words import is_common_word
from core.taxonomy.build.skills_step import _legacy_module
from core.taxonomy.models import CATEGORIES

# Certifications and licences whose curated rows sit in another category (ids unchanged).
CERTIFICATION_IDS = (
    "pmp", "capm", "certified_scrum_master", "aws_certified_solutions_architect", "aws_certified_developer",
    "aws_certified_devops", "aws_cloud_practitioner", "azure_administrator_cert", "google_cloud_architect_cert",
    "cka", "ckad", "cks", "terraform_associate", "comptia_a_plus", "comptia_network_plus", "ccna", "ccsp",
    "giac_certs", "crisc", "comptia_cysa", "oracle_java_cert", "databricks_cert", "snowflake_cert", "tableau_cert",
    "pl_300", "google_analytics_cert", "salesforce_admin_cert", "cfa", "cpa", "itil_foundation",
    "six_sigma_green_belt", "togaf", "cbap",
)
OPTIONAL_KEYS = ("onet_commodity", "esco_uri", "hot", "in_demand", "source")


def category_hours(rows: list[dict]) -> dict[str, int]:
    """Median curated hours per category (the estimate for a derived skill without a curated figure)."""
    out: dict[str, int] = {}
    for category in CATEGORIES:
        hours = [r["hours"] for r in rows if r["category"] == category and r["hours"] and "source" not in r]
        out[category] = int(statistics.median(hours)) if hours else 40
    return out


def common_word_problems(rows: list[dict]) -> list[str]:
    """Derived rows whose name or alias is a bare common word without being declared ambiguous with context."""
    bad = []
    for row in rows:
        if "source" not in row:
            continue
        for form in (row["name"], *row["aliases"]):
            if is_common_word(form) and not (form.lower() in row["ambiguous_forms"] and row["context"]):
                bad.append(f"{row['id']}: common word '{form}' is an always-on form")
    return bad


def _ordered(row: dict) -> dict:
    """Curated keys in their order, then the optional v2 keys that are set."""
    out = {k: v for k, v in row.items() if k not in OPTIONAL_KEYS}
    out.update({k: row[k] for k in OPTIONAL_KEYS if row.get(k)})
    return out


class FinishStep:
    """Recategorise certifications, fill hours, validate, write the skill files."""

    name = "finish"

    def run(self, ctx: BuildContext) -> dict[str, int]:
        """Rewrite skills/<category>.jsonl from ctx.skills."""
        by_id = {r["id"]: r for r in ctx.skills}
        moved = sum(1 for sid in CERTIFICATION_IDS if sid in by_id and by_id[sid]["category"] != "certification")
        for sid in CERTIFICATION_IDS:
            if sid in by_id:
                by_id[sid]["category"] = "certification"
        hours = category_hours(ctx.skills)
        for row in ctx.skills:
            if not row["hours"]:
                row["hours"] = hours[row["category"]]
        errors = common_word_problems(ctx.skills)
        errors += _legacy_module(ctx.tables_dir).validate(ctx.skills, {}, [], ctx.roles)
        if errors:
            raise InvalidInput("taxonomy integrity errors:\n" + "\n".join(errors))
        skills_dir = ctx.out_dir / "skills"
        for category in CATEGORIES:
            text = "".join(json.dumps(_ordered(r), ensure_ascii=False) + "\n"
                           for r in ctx.skills if r["category"] == category)
            (skills_dir / f"{category}.jsonl").write_text(text, encoding="utf-8")
        derived = [r.get("source") for r in ctx.skills]
        return {"skills": len(ctx.skills), "curated": derived.count(None), "onet": derived.count("onet"),
                "esco": derived.count("esco"), "certifications_moved": moved,
                "aliases": sum(len(r["aliases"]) for r in ctx.skills)}
