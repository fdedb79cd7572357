"""The build-step contract and the context the steps share."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol


@dataclass
class BuildContext:
    """Where the sources are, where the output goes, and what earlier steps produced."""

    tables_dir: Path  # our curated tables (data/taxonomy/tables)
    out_dir: Path  # where derived files are written (data/taxonomy)
    onet_dir: Path | None  # ../shared/data/onet, or None when absent (curated-only build)
    esco_dir: Path | None  # ../shared/data/esco, or None when absent
    skills: list[dict] = field(default_factory=list)  # skill rows after the skills step (later steps read them)
    roles: list[dict] = field(default_factory=list)  # role-family rows after the skills step
    counts: dict[str, int] = field(default_factory=dict)  # what each step wrote, for the summary


class BuildStep(Protocol):
    """One derivation: reads sources and ctx, writes files under ctx.out_dir, returns counts."""

    name: str

    def run(self, ctx: BuildContext) -> dict[str, int]:
        """Derive and write; raise core.errors.InvalidInput on integrity errors."""
        ...
