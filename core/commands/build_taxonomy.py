"""`python -m core build-taxonomy`: derive data/taxonomy from our curated tables plus ../shared O*NET and ESCO."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from core.config import Settings

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the build options."""
    parser.add_argument("--out", type=Path, default=None, help="output dir (default: the taxonomy dir, data/taxonomy)")
    parser.add_argument("--shared", type=Path, default=None, help="dir holding onet/ and esco/ (default ../shared/data)")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run every build step; print what was written."""
    from core.taxonomy.build.runner import default_shared_dir, make_context, run_build

    tables = PROJECT_ROOT / "data" / "taxonomy" / "tables"
    out = args.out or settings.taxonomy_dir
    shared = args.shared or default_shared_dir(PROJECT_ROOT)
    ctx = make_context(tables, Path(out), shared)
    counts = run_build(ctx)
    counts["sources.onet"] = int(ctx.onet_dir is not None)
    counts["sources.esco"] = int(ctx.esco_dir is not None)
    print(json.dumps(counts) if args.json else " ".join(f"{k}={v}" for k, v in counts.items()))
    return 0
