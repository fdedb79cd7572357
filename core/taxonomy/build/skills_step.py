"""Step 1: curated skill tables -> skills/<category>.jsonl, role_families.json, resources.jsonl (today's build)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from core.errors import InvalidInput
from core.taxonomy.build.base import BuildContext


def _legacy_module(tables_dir: Path):
    """data/taxonomy/build_taxonomy.py (the curated-table builder) loaded by path."""
    path = tables_dir.parent / "build_taxonomy.py"
    spec = importlib.util.spec_from_file_location("_tax_build_legacy", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _written_rows(out_dir: Path, categories: tuple[str, ...]) -> list[dict]:
    """The skill rows the curated build just wrote, category by category."""
    rows: list[dict] = []
    for category in categories:
        text = (out_dir / "skills" / f"{category}.jsonl").read_text(encoding="utf-8")
        rows += [json.loads(line) for line in text.splitlines() if line.strip()]
    return rows


class SkillsStep:
    """Validate the curated tables and write the skill, role and resource files."""

    name = "skills"

    def run(self, ctx: BuildContext) -> dict[str, int]:
        """Build from the curated tables into ctx.out_dir."""
        legacy = _legacy_module(ctx.tables_dir)
        try:
            counts = legacy.build(ctx.out_dir)
        except ValueError as exc:
            raise InvalidInput(f"taxonomy integrity errors:\n{exc}") from exc
        ctx.skills = _written_rows(ctx.out_dir, legacy.CATEGORIES)  # as built: related symmetric, key concepts in
        ctx.roles = legacy._module(ctx.tables_dir / "role_families.py").ROLE_FAMILIES
        return counts
