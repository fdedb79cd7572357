"""`python -m core gaps --resume FILE [--role-family R] [--city C] [--job ID] [--json] [--output FILE]`: the
skill-gap report.

JSON (contract, ../shared/design.md): {"overall_match", "top_gaps": [{"skill", "importance_pct", "roi_rank",
"est_hours", "courses": [...]}], "missing_skills", "roadmap": {"week1".. "weekN"}, "assumptions"} plus extras
(target, summary, each gap's ROI factors, generated_by, "dataset": "demo" | "real"). Without --json the same
report prints as Markdown. The resume is read and extracted (cached) but not stored; nothing else is written.
A text that does not look like a resume ("hello", a news item) is refused (NotAResume, exit 2) before any report.
Without --job and --role-family the role family detected in the resume is used. --role-family takes the id
(data_engineer) or the name people see ("Data Engineer"), in any case. Every output says who the report is for (the
name on the resume, else the file's name), the date, the target and whether the market is demo data. --output
writes the report to a file instead (.md, .pdf or .json by its extension).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from core.config import Settings
from core.errors import InvalidInput
from core.gaps.records import SENIORITIES


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the gaps options."""
    parser.add_argument("--resume", required=True, type=Path, metavar="FILE", help="resume file (PDF, DOCX, TXT, MD)")
    parser.add_argument("--role-family", metavar="R",
                        help='market target, e.g. data_engineer or "Data Engineer" (default: the resume\'s)')
    parser.add_argument("--city", metavar="C", help="market target city (default: all cities)")
    parser.add_argument("--seniority", choices=SENIORITIES, help="market target seniority (default: all)")
    parser.add_argument("--job", type=int, metavar="ID", help="a stored posting id instead of a market segment")
    parser.add_argument("--hours-per-week", type=int, default=8, metavar="H", help="study hours a week (default 8)")
    parser.add_argument("--weeks", type=int, default=4, metavar="W", help="roadmap length, 2-12 weeks (default 4)")
    parser.add_argument("--no-llm", action="store_true", help="keep the template roadmap even if an LLM is set up")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--output", type=Path, metavar="FILE",
                        help="write the report to FILE instead: Markdown (.md), PDF (.pdf) or JSON (.json)")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Read and extract the resume, compute the report against the target, print it (or write --output)."""
    from core.commands.resume_file import read_resume_file
    from core.gaps.compute import detected_role_family, make_gap_services, report_for_extraction
    from core.gaps.records import ReportOptions
    from core.gaps.render_md import render_markdown
    from core.gaps.report import report_dict

    if args.job is not None and (args.role_family or args.city or args.seniority):
        raise InvalidInput("Give either --job ID or a market target (--role-family/--city/--seniority), not both.")
    writer = _writer(args.output)
    options = ReportOptions(args.hours_per_week, args.weeks).checked()
    resume = read_resume_file(args.resume, settings)
    ctx, extraction, corrections = resume.ctx, resume.extraction, resume.corrections
    target = _target(args, detected_role_family(ctx.taxonomy, extraction), ctx.taxonomy)
    services = make_gap_services(ctx, llm=not args.no_llm)
    report, demo = report_for_extraction(ctx, services, extraction, target, options, corrections)
    header = _header(resume.text, args.resume, demo)
    if writer is not None:
        args.output.write_bytes(writer(report, header))
        print(f"wrote {args.output}")
    elif args.json:
        print(json.dumps(report_dict(report, header), ensure_ascii=False))
    else:
        print(render_markdown(report, header))
    return 0


def _writer(path: Path | None):
    """The renderer of --output by its extension (None without --output); InvalidInput for another extension."""
    if path is None:
        return None
    from core.gaps.render_md import render_markdown
    from core.gaps.render_pdf import render_pdf
    from core.gaps.report import render_json

    writers = {".md": lambda r, h: render_markdown(r, h).encode("utf8"), ".pdf": render_pdf,
               ".json": lambda r, h: render_json(r, h).encode("utf8")}
    if path.suffix.lower() not in writers:
        raise InvalidInput(f"--output must end in .md, .pdf or .json, not {path.name!r}.")
    return writers[path.suffix.lower()]


def _header(text: str, path: Path, demo: bool):
    """Who the report is for (the resume's name, else the file's), today's date and the dataset."""
    from core.documents.resume import parse_resume
    from core.gaps.report_header import make_header

    return make_header(parse_resume(text).contact.name, path.stem, date.today(), demo)


def _target(args: argparse.Namespace, detected: str | None, taxonomy):
    """The GapTarget from the flags (the resume's role family when none is given)."""
    from core.gaps.records import GapTarget
    from core.taxonomy.family_lookup import family_names, resolve_role_family

    if args.job is not None:
        return GapTarget.job(args.job)
    names = family_names(taxonomy)
    if args.role_family:
        family = resolve_role_family(args.role_family, names, taxonomy=taxonomy)
        return GapTarget.market(family, args.city, args.seniority)
    if not detected:
        raise InvalidInput("Could not tell the role family from the resume: give --role-family, one of: "
                           + ", ".join(sorted(names)) + ".")
    return GapTarget.market(detected, args.city, args.seniority)
