"""`python -m core demo [--postings N] [--seed S]`: build the demo market through the real ingest pipeline."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from core.config import Settings
from core.errors import InvalidInput


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the demo options."""
    parser.add_argument("--postings", type=int, default=None, help="postings to generate (default 4,000)")
    parser.add_argument("--seed", type=int, default=None, help="generator seed (default 7); same seed, same market")
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="last day of the 24 months (default: today)")
    parser.add_argument("--no-index", action="store_true", help="skip embedding postings for the Jobs page")
    parser.add_argument("--workers", type=int, default=None,
                        help="worker processes for extraction and embedding (default: 2 on 2+ cores; 0 = none)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")


def _today(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise InvalidInput(f"--today {value!r} is not a date (YYYY-MM-DD)") from exc


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Generate, ingest, aggregate (and index) the demo market; print a summary."""
    from tqdm import tqdm

    from core.context import build_context
    from core.market.build import build_demo_market

    if args.postings is not None and args.postings < 0:
        raise InvalidInput("--postings must be zero or more")
    ctx = build_context(settings)
    bar = tqdm(total=1000, desc="demo", unit="‰", file=sys.stderr, disable=True if args.json else None,
               bar_format="{desc}: {percentage:3.0f}%|{bar}| {elapsed}")

    def progress(_stage: str, fraction: float, message: str) -> None:
        bar.set_description_str(message[:40])
        bar.update(max(0, int(fraction * 1000) - bar.n))

    with bar:
        result = build_demo_market(ctx, postings=args.postings, seed=args.seed, today=_today(args.today),
                                   on_progress=progress, index=not args.no_index, workers=args.workers)
    _print(result.to_dict(), args.json)
    return 0


def _print(out: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(out))
        return
    ing, ref, t = out["ingest"], out["refresh"], out["timings"]
    print(f"Demo market: added {ing['added']:,}, duplicates {ing['duplicates']:,}, failed {ing['failed']:,} "
          f"(run {ing['run_id']})")
    print(f"Aggregates: {ref['inserted']:,} rows inserted, {ref['updated']:,} updated, {ref['deleted']:,} deleted "
          f"over {ref['groups']} role-family months")
    indexed = "skipped" if out["indexed"] is None else f"{out['indexed']:,} postings embedded"
    stages = ", ".join(f"{k} {v:.1f} s" for k, v in t.items())
    print(f"Search index: {indexed}. Took {out['seconds']:.1f} s ({stages}).")
    cpu = ", ".join(f"{k} {v:.1f} s" for k, v in out.get("cpu", {}).items())
    print(f"CPU ({out.get('workers', 0)} worker processes included): {cpu}.")
