"""CLI entry: builds Settings once, dispatches to one module per command, translates domain errors."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys

from core.errors import SkillGapError

# One module per command in core/commands/; each defines `add_arguments(parser)` and `run(args, settings) -> int`.
COMMANDS = {
    "extract": "Extract skills from a JSONL of texts (contract: id, text, kind).",
    "eval": "Evaluate extraction on SkillSpan dev and the dotin resumes.",
    "train-extractor": "Retrain the context extraction model from ../shared/data (deterministic) into data/models.",
    "train-resume-tagger": "Train the resume judge's transformer tagger (dotin folds 1-4) into data/models.",
    "match": "Rank stored postings for a resume, each with its score, skill delta and explanation.",
    "ingest": "Ingest postings from CSV/JSONL/Parquet, a posting URL or an ATS board (idempotent).",
    "demo": "Build the demo market (generated postings) through the real ingest pipeline.",
    "refresh": "Recompute derived data incrementally: market aggregates (then other registered steps).",
    "market": "Print the skill demand table of a role family (and city) from the market aggregates.",
    "build-taxonomy": "Derive data/taxonomy from our curated tables plus ../shared O*NET and ESCO (reproducible).",
    "gaps": "Skill-gap report of a resume against a market segment or a posting: ROI-ranked gaps and a roadmap.",
    "moves": "Career moves: the nearest occupations a resume could move to, with overlap and bridging skills.",
}


def build_parser() -> argparse.ArgumentParser:
    """The argparse tree for every registered command."""
    parser = argparse.ArgumentParser(prog="python -m core", description="SkillGap offline jobs.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, help_text in COMMANDS.items():
        module = importlib.import_module(f"core.commands.{name.replace('-', '_')}")
        cmd = sub.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(cmd)
        cmd.set_defaults(_module=module)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; domain errors become a one-line message and exit code 2."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    args = build_parser().parse_args(argv)
    from core.config import Settings

    settings = Settings.from_env()
    try:
        return int(args._module.run(args, settings) or 0)
    except SkillGapError as exc:
        if getattr(args, "json", False):
            print(json.dumps({"error": type(exc).__name__, "message": str(exc)}))
        else:
            print(f"error: {exc}", file=sys.stderr)
        return 2
