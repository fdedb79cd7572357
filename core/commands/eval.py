"""`python -m core eval [--split dev] [--json] [--limit N]`: extraction quality on SkillSpan and dotin resumes.

Reads ../shared/data/skillspan/<split>.jsonl (postings; layers Knowledge, Skill, combined; a layer is scored
with the mentions typed for it (SkillMention.layer), and "<layer>_all" scores every mention against it) and
../shared/data/dotin_resumes/train.jsonl (resumes, by default only the held-out fold 0 of
core.skills.training.resume_fold; layer skills = Tech Tools + Job Specific Skills + Soft Skills, plus
tech_tools alone), runs the extractor on whole documents and prints strict-span and
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
    parser.add_argument("--resumes", default="heldout", choices=("heldout", "all"),
                        help="dotin resumes: the held-out fold 0 (default; never trained or tuned on) or all 310")


TYPED = {"knowledge": ("knowledge",), "skill": ("skill",)}  # SkillSpan layer -> SkillMention.layer values


def run_eval(extractor, data_dir: Path, split: str, limit: int | None, resumes_fold: str = "heldout"
             ) -> list[EvalReport]:
    """Evaluate on every dataset present under data_dir (InvalidInput when none is)."""
    if limit is not None and limit < 1:
        raise InvalidInput("--limit must be at least 1")
    reports = []
    postings = data_dir / "skillspan" / f"{split}.jsonl"
    if postings.is_file():
        docs = load_skillspan(postings, limit)
        reports.append(evaluate(f"skillspan-{split}", extractor, docs, ("knowledge", "skill"), "combined", TYPED))
    resumes = data_dir / "dotin_resumes" / "train.jsonl"
    if resumes.is_file():
        docs = load_dotin(resumes)
        if resumes_fold == "heldout":
            from core.skills.training import HELDOUT_FOLD, resume_fold

            docs = [d for d in docs if resume_fold(d.id) == HELDOUT_FOLD]
        name = "dotin-resumes" + ("-heldout" if resumes_fold == "heldout" else "")
        reports.append(evaluate(name, extractor, docs[:limit], ("skills", "tech_tools")))
    if not reports:
        raise InvalidInput(f"No evaluation data under {data_dir} (expected skillspan/{split}.jsonl "
                           "or dotin_resumes/train.jsonl)")
    return reports


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Print the evaluation table (or JSON)."""
    extractor = build_extractor(settings)
    reports = run_eval(extractor, args.data_dir or shared_data_dir(), args.split, args.limit, args.resumes)
    if args.json:
        print(json.dumps({"extractor": extractor.version, "reports": [r.to_dict() for r in reports]}))
    else:
        print(f"extractor {extractor.version}")
        print("\n\n".join(format_report(r) for r in reports))
    return 0
