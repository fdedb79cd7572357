"""`python -m core refresh`: bring derived data up to date (market aggregates, then other registered steps).

Steps run in order; each is `function(settings, engine, args)` returning an object with to_dict(). The market step is
incremental (only role-family months with postings newer than the watermark). HOOK for the gap reports:
add one entry to STEPS, e.g. ("gaps", "core.gaps.refresh", "refresh_gap_reports") -- a module-level function
`refresh_gap_reports(settings, engine, args)` that re-runs reports older than 7 days or whose inputs changed.
Steps whose module or function is not there yet are skipped.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys

from core.config import Settings

# (name, module, function): function(settings, engine, args) -> result with .to_dict(); market first (gaps read it).
STEPS: tuple[tuple[str, str, str], ...] = (
    ("market", "core.commands.refresh", "refresh_market_step"),
    ("gaps", "core.gaps.refresh", "refresh_gap_reports"),  # stored gap reports: stale or older than 7 days
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the refresh options."""
    parser.add_argument("--full", action="store_true", help="rebuild all market aggregates (not only new postings)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")


def refresh_market_step(settings: Settings, engine, args: argparse.Namespace):
    """The market aggregates step (with a progress bar on stderr unless --json)."""
    from tqdm import tqdm

    from core.market.refresh import refresh_market

    with tqdm(desc="market aggregates", unit=" groups", file=sys.stderr, disable=True if args.json else None,
              leave=False) as bar:
        def tick(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)
        return refresh_market(engine, full=args.full, on_progress=tick)


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run every available step; print what each did."""
    from core.db.session import make_engine

    engine = make_engine(settings)
    out: dict[str, dict] = {}
    for name, module, function in STEPS:
        try:
            step = getattr(importlib.import_module(module), function)
        except (ImportError, AttributeError):
            continue
        result = step(settings, engine, args)
        out[name] = result.to_dict() if hasattr(result, "to_dict") else dict(result)
    _print(out, args.json)
    return 0


def _print(out: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(out))
        return
    market = out.get("market")
    if market:
        if market["noop"]:
            print(f"Market aggregates are up to date (watermark posting {market['watermark']}).")
        else:
            print(f"Market aggregates: {market['new_postings']:,} new postings, {market['groups']} role-family months "
                  f"recomputed; rows +{market['inserted']:,} ~{market['updated']:,} -{market['deleted']:,} "
                  f"in {market['seconds']:.1f} s.")
    for name, result in out.items():
        if name != "market":
            print(f"{name}: {json.dumps(result)}")
