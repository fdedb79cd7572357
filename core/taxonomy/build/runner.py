"""Run the taxonomy build steps in order."""

from __future__ import annotations

import importlib
from pathlib import Path

from core.taxonomy.build.base import BuildContext

# (module, class) in run order; the skills step first (later steps read ctx.skills / ctx.roles).
STEPS: tuple[tuple[str, str], ...] = (
    ("core.taxonomy.build.skills_step", "SkillsStep"),
    ("core.taxonomy.build.onet_step", "OnetStep"),
    ("core.taxonomy.build.esco_step", "EscoStep"),
    ("core.taxonomy.build.finish_step", "FinishStep"),
    ("core.taxonomy.build.occupations_step", "OccupationsStep"),  # after the skills steps: reads ctx.skills / roles
    ("core.taxonomy.build.title_vectors_step", "TitleVectorsStep"),  # after occupations: embeds their titles
)


def default_shared_dir(project_root: Path) -> Path:
    """../shared/data beside the project."""
    return project_root.parent / "shared" / "data"


def make_context(tables_dir: Path, out_dir: Path, shared_dir: Path | None) -> BuildContext:
    """A context with O*NET / ESCO dirs set only when they exist."""
    onet = shared_dir / "onet" if shared_dir and (shared_dir / "onet").is_dir() else None
    esco = shared_dir / "esco" if shared_dir and (shared_dir / "esco").is_dir() else None
    return BuildContext(tables_dir=tables_dir, out_dir=out_dir, onet_dir=onet, esco_dir=esco)


def run_build(ctx: BuildContext) -> dict[str, int]:
    """Every step in STEPS, in order; returns the merged counts."""
    for module_name, class_name in STEPS:
        step = getattr(importlib.import_module(module_name), class_name)()
        for key, value in step.run(ctx).items():
            ctx.counts[f"{step.name}.{key}"] = value
    return ctx.counts
