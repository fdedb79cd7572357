"""`python -m core match --resume FILE [--top K] [--json]`: postings ranked for a resume, with explanations.

Reads the resume with core.documents.load_document, extracts its skills (cached), brings the match index up
to date with the database (embedding only postings it lacks), then prints the ranked postings.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from core.config import Settings
from core.errors import InvalidInput, NotFound
from core.matching.models import MatchFilters, MatchResult


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Flags of the match command."""
    parser.add_argument("--resume", required=True, type=Path, help="resume file (PDF, DOCX, TXT, MD)")
    parser.add_argument("--top", type=int, default=10, help="how many postings to print (default 10)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--role-family", action="append", default=[],
                        help='only this role family, id or name: data_engineer or "Data Engineer" (repeatable)')
    parser.add_argument("--city", help="only postings in this city (remote ones too unless --no-remote-jobs)")
    parser.add_argument("--remote-only", action="store_true", help="only remote postings")
    parser.add_argument("--no-remote-jobs", action="store_true", help="with --city: leave remote postings out")
    parser.add_argument("--min-salary", type=float, help="minimum annual salary in USD")
    parser.add_argument("--posted-within", type=int, metavar="DAYS", help="only postings from the last DAYS days")
    parser.add_argument("--location", help='where you live, e.g. "Berlin, Germany" (location factor)')
    parser.add_argument("--no-remote", action="store_true", help="you prefer on-site work")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Rank stored postings for the resume and print them."""
    from core.context import build_context
    from core.documents import load_document
    from core.matching.index import ensure_index, open_index
    from core.matching.service import match, query_for_text
    from core.resumes import require_resume

    if args.top < 1:
        raise InvalidInput("--top must be at least 1.")
    if not args.resume.is_file():
        raise NotFound(f"Resume file not found: {args.resume}")
    ctx = build_context(settings)
    args.role_family = _families(args.role_family, ctx.taxonomy)
    document = load_document(args.resume.name, args.resume.read_bytes(), settings.limits)
    require_resume(ctx, document.text)  # "hello" gets a clear error, not a ranking
    query = query_for_text(ctx, document.text, location=args.location, remote_ok=not args.no_remote)
    index = open_index(settings)
    report = ensure_index(ctx.engine, index, on_progress=None if args.json else _progress)
    if report.changed and not args.json:
        print(f"indexed {report.vectors_added} new postings in {report.seconds:.1f}s", file=sys.stderr)
    page = match(ctx.engine, index, query, filters_from(args), top_k=args.top)
    if args.json:
        print(json.dumps({"resume": str(args.resume), "indexed": page.indexed, "candidates": page.candidates,
                          "results": [result_json(r) for r in page.results]}, ensure_ascii=False))
    else:
        _print(page.results, page.indexed)
    return 0


def _families(given: list[str], taxonomy) -> list[str]:
    """The ids of the --role-family values (ids or display names, any case); InvalidInput for an unknown one."""
    from core.taxonomy.family_lookup import family_names, resolve_role_family

    names = family_names(taxonomy)
    return [resolve_role_family(value, names, taxonomy=taxonomy) for value in given or ()]


def filters_from(args: argparse.Namespace) -> MatchFilters:
    """The filters given on the command line."""
    return MatchFilters(
        role_families=tuple(args.role_family or ()), city=args.city, include_remote=not args.no_remote_jobs,
        remote_only=bool(args.remote_only), min_salary_usd=args.min_salary, posted_within_days=args.posted_within,
    )


def result_json(r: MatchResult) -> dict:
    """One result as the JSON row of `match --json`."""
    p = r.posting
    return {
        "rank": r.rank, "posting_id": p.id, "title": p.title, "company": p.company, "city": p.city,
        "country": p.country, "remote": p.remote, "role_family": p.role_family, "seniority": p.seniority,
        "posted_at": p.posted_at.isoformat() if p.posted_at else None,  # as the posting states it
        "dated_at": p.dated_at.isoformat() if p.dated_at else None,  # posted_at, else when it was first stored
        "date_stated": p.date_stated,
        "salary": {"min": p.salary_min, "max": p.salary_max, "currency": p.salary_currency,
                   "annual_usd": p.salary_annual_usd},
        "score": r.score, "match_pct": r.match_pct, "explanation": r.explanation,
        "factors": [{"name": f.name, "value": f.value, "weight": f.weight, "contribution": f.contribution,
                     "detail": f.detail} for f in r.factors],
        "skills": {"matched": list(r.delta.matched), "missing_required": list(r.delta.missing_required),
                   "missing_nice_to_have": list(r.delta.missing_nice), "below_level": list(r.delta.below_level)},
        "is_demo": p.is_demo,
    }


def _print(results: list[MatchResult], indexed: int) -> None:
    if not indexed:
        print("No postings yet: run `python -m core demo` or `python -m core ingest PATH` first.")
        return
    if not results:
        print("No posting passes these filters.")
        return
    for r in results:
        p = r.posting
        where = "remote" if p.remote and not p.city else (f"{p.city} (remote)" if p.remote else p.city or "-")
        print(f"{r.rank:>3}. {r.match_pct:>3}%  {p.title} · {p.company or '-'} · {where}  [#{p.id}]")
        print(f"       {r.explanation}")


def _progress(done: int, total: int) -> None:
    print(f"\rindexing postings {done}/{total}", end="" if done < total else "\n", file=sys.stderr)
