"""`python -m core ingest PATH|URL`: postings from files, posting pages or ATS boards; idempotent."""

from __future__ import annotations

import argparse
import json
import sys

from core.config import Settings
from core.ingest.columns import parse_map_option
from core.ingest.fetch import Fetcher, FetchPolicy
from core.ingest.registry import FORMATS, SourceOptions, build_source, detect_format


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the ingest options."""
    parser.add_argument("target", nargs="?", metavar="PATH|URL",
                        help="CSV/JSONL/Parquet file, a posting page URL, or a text file with --format paste")
    parser.add_argument("--source", help="source name stored on each posting (default: derived from the input)")
    parser.add_argument("--map", dest="mapping", metavar="k=v,...",
                        help="column overrides, e.g. title=job_title,company=employer")
    parser.add_argument("--format", choices=FORMATS, help="input format (default: from the suffix or URL)")
    parser.add_argument("--board", help="ATS board name for --format greenhouse|lever")
    parser.add_argument("--title", help="title for --format paste (default: the first line)")
    parser.add_argument("--batch-size", type=int, default=25, help="postings per transaction (default 25)")
    parser.add_argument("--retry-dead", action="store_true",
                        help="retry due dead letters (after ingesting PATH, or on its own)")
    parser.add_argument("--no-index", action="store_true",
                        help="do not update the Jobs match index now (the Jobs page catches up on its next query)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Ingest the input and/or retry dead letters; print the summary."""
    from core.db.session import make_engine
    from core.ingest.pipeline import ingest, retry_dead_letters

    engine = make_engine(settings)
    output: dict = {}
    if args.target or args.board or args.format:
        fmt = args.format or detect_format(args.target, args.board)
        opts = SourceOptions(
            target=args.target, name=args.source, overrides=parse_map_option(args.mapping), board=args.board,
            fetcher=Fetcher(FetchPolicy.from_limits(settings.limits)), title=args.title,
        )
        source = build_source(fmt, opts)
        with _progress(args.json) as bar:
            summary = ingest(engine, source, settings, on_progress=lambda done, total: _tick(bar, done, total),
                             batch_size=max(1, args.batch_size))
        output.update(_summary(summary.to_dict()), source=source.name)
    if args.retry_dead:
        output["retry"] = retry_dead_letters(engine, settings).to_dict()
    if not output:
        parser_hint = "give a PATH or URL, --format greenhouse|lever --board NAME, or --retry-dead"
        print(f"error: nothing to do; {parser_hint}", file=sys.stderr)
        return 2
    if not args.no_index and _added(output):
        output["index"] = _index(settings, engine, args.json)
    _print(output, args.json)
    return 0


def _summary(data: dict) -> dict:
    """The ingest summary; `warnings` and `notes` only when something was cut or dropped."""
    if not data.get("warnings"):
        data.pop("warnings", None)
        data.pop("notes", None)
    else:
        data["notes"] = list(data.get("notes") or ())
    return data


def _added(output: dict) -> int:
    """Postings this command stored (ingest plus retried dead letters)."""
    return int(output.get("added", 0)) + int(output.get("retry", {}).get("resolved", 0))


def _index(settings: Settings, engine, quiet: bool) -> dict:
    """Embed the new postings into the Jobs match index (Chroma + BM25) with a progress bar."""
    from tqdm import tqdm

    from core.matching.index import refresh_match_index

    with tqdm(desc="index", unit=" postings", file=sys.stderr, disable=True if quiet else None, leave=False) as bar:
        report = refresh_match_index(settings, engine, on_progress=lambda done, total: _tick(bar, done, total))
    return {"vectors_added": report.vectors_added, "bm25_added": report.bm25_added, "total": report.total}


def _progress(quiet: bool):
    from tqdm import tqdm

    return tqdm(desc="ingest", unit=" postings", file=sys.stderr, disable=True if quiet else None, leave=False)


def _tick(bar, done: int, total: int | None) -> None:
    if total and bar.total != total:
        bar.total = total
    bar.update(done - bar.n)


def _print(output: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(output))
        return
    if "added" in output:
        print(f"{output['source']}: added {output['added']}, duplicates {output['duplicates']}, "
              f"failed {output['failed']} (run {output['run_id']})")
        if output.get("warnings"):
            print(f"warnings: {output['warnings']} posting(s) stored with a change:")
            for note in output.get("notes", [])[:5]:
                print(f"  {note}")
    if "retry" in output:
        retry = output["retry"]
        print(f"dead letters: resolved {retry['resolved']}, still failing {retry['still_failing']}")
    if "index" in output:
        index = output["index"]
        print(f"jobs index: {index['vectors_added']} postings embedded, {index['total']} indexed in all")
