"""`python -m core eval [--split dev] [--json] [--limit N]`: extraction quality on SkillSpan and dotin resumes.

Reads ../shared/data/skillspan/<split>.jsonl (postings; layers Knowledge, Skill, combined) and
../shared/data/dotin_resumes/train.jsonl (resumes; layer skills = Tech Tools + Job Specific Skills + Soft
Skills, plus tech_tools alone), runs the extractor on whole documents and prints strict-span and
token-overlap precision / recall / F1 per layer and documents per second (metrics: core.evaluation.metrics).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from core.commands.extract import build_extractor
from core.config import Settings
from core.errors import InvalidInput
from core.evaluation.datasets import load_dotin, load_skillspan, shared_data_dir
from core.evaluation.runner import EvalReport, evaluate, format_report


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Flags of the eval command."""
    parser.add_argument("--split", default="dev", choices=("dev", "train"), help="SkillSpan split (default dev)")
    parser.add_argument("--limit", type=int, default=None, help="at most N postings and N resumes")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--data-dir", type=Path, default=None, help="shared data dir (default ../shared/data)")


def run_eval(extractor, data_dir: Path, split: str, limit: int | None) -> list[EvalReport]:
    """Evaluate on every dataset present under data_dir (InvalidInput when none is)."""
    if limit is not None and limit < 1:
        raise InvalidInput("--limit must be at least 1")
    reports = []
    postings = data_dir / "skillspan" / f"{split}.jsonl"
    if postings.is_file():
        docs = load_skillspan(postings, limit)
        reports.append(evaluate(f"skillspan-{split}", extractor, docs, ("knowledge", "skill"), "combined"))
    resumes = data_dir / "dotin_resumes" / "train.jsonl"
    if resumes.is_file():
        reports.append(evaluate("dotin-resumes", extractor, load_dotin(resumes, limit), ("skills", "tech_tools")))
    if not reports:
        raise InvalidInput(f"No evaluation data under {data_dir} (expected skillspan/{split}.jsonl "
                           "or dotin_resumes/train.jsonl)")
    return reports


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Print the evaluation table (or JSON)."""
    extractor = build_extractor(settings)
    reports = run_eval(extractor, args.data_dir or shared_data_dir(), args.split, args.limit)
    if args.json:
        print(json.dumps({"extractor": extractor.version, "reports": [r.to_dict() for r in reports]}))
    else:
        print(f"extractor {extractor.version}")
        print("\n\n".join(format_report(r) for r in reports))
    return 0
