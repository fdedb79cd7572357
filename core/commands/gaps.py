"""`python -m core gaps --resume FILE [--role-family R] [--city C] [--job ID] [--json]`: the skill-gap report.

JSON (contract, ../shared/design.md): {"overall_match", "top_gaps": [{"skill", "importance_pct", "roi_rank",
"est_hours", "courses": [...]}], "missing_skills", "roadmap": {"week1".. "weekN"}, "assumptions"} plus extras
(target, summary, each gap's ROI factors, generated_by, "dataset": "demo" | "real"). Without --json the same
report prints as Markdown. The resume is read and extracted (cached) but not stored; nothing else is written.
A text that does not look like a resume ("hello", a news item) is refused (NotAResume, exit 2) before any report.
Without --job and --role-family the role family detected in the resume is used.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from core.config import Settings
from core.errors import InvalidInput
from core.gaps.records import SENIORITIES


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the gaps options."""
    parser.add_argument("--resume", required=True, type=Path, metavar="FILE", help="resume file (PDF, DOCX, TXT, MD)")
    parser.add_argument("--role-family", metavar="R",
                        help="market target, e.g. data_engineer (default: the resume's)")
    parser.add_argument("--city", metavar="C", help="market target city (default: all cities)")
    parser.add_argument("--seniority", choices=SENIORITIES, help="market target seniority (default: all)")
    parser.add_argument("--job", type=int, metavar="ID", help="a stored posting id instead of a market segment")
    parser.add_argument("--hours-per-week", type=int, default=8, metavar="H", help="study hours a week (default 8)")
    parser.add_argument("--weeks", type=int, default=4, metavar="W", help="roadmap length, 2-12 weeks (default 4)")
    parser.add_argument("--no-llm", action="store_true", help="keep the template roadmap even if an LLM is set up")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Read and extract the resume, compute the report against the target, print it."""
    from core.commands.resume_file import read_resume_file
    from core.gaps.compute import detected_role_family, make_gap_services, report_for_extraction
    from core.gaps.records import ReportOptions
    from core.gaps.render_md import render_markdown

    if args.job is not None and (args.role_family or args.city or args.seniority):
        raise InvalidInput("Give either --job ID or a market target (--role-family/--city/--seniority), not both.")
    options = ReportOptions(args.hours_per_week, args.weeks).checked()
    resume = read_resume_file(args.resume, settings)
    ctx, extraction, corrections = resume.ctx, resume.extraction, resume.corrections
    target = _target(args, detected_role_family(ctx.taxonomy, extraction), ctx.taxonomy.role_families)
    services = make_gap_services(ctx, llm=not args.no_llm)
    report, demo = report_for_extraction(ctx, services, extraction, target, options, corrections)
    if args.json:
        print(json.dumps({**report.to_contract_dict(), "dataset": "demo" if demo else "real"}, ensure_ascii=False))
    else:
        if demo:
            print("> Demo data: the market behind these numbers is generated, not real postings.\n")
        print(render_markdown(report))
    return 0


def _target(args: argparse.Namespace, detected: str | None, families: dict):
    """The GapTarget from the flags (the resume's role family when none is given)."""
    from core.gaps.records import GapTarget

    if args.job is not None:
        return GapTarget.job(args.job)
    role_family = args.role_family or detected
    if not role_family:
        raise InvalidInput("Could not tell the role family from the resume: give --role-family, one of: "
                           + ", ".join(sorted(families)) + ".")
    return GapTarget.market(role_family, args.city, args.seniority)
