"""Market benchmarks: demo build (10k), ingest throughput (10k, 100k), refresh, query time per filter change.

Run: .venv/bin/python bench/bench_market.py [--small 10000] [--large 100000] [--work DIR] [--index] [--json]
     .venv/bin/python bench/bench_market.py --reuse DATA_DIR [--large N]   (refresh + query stages only)
Stages (each in a fresh SQLite data dir under --work, default a tmp dir):
1. demo build of --small postings through the real pipeline (generation -> ingest: extraction + rows ->
   aggregates [-> search index with --index]); wall and CPU seconds per stage; postings/s of the ingest stage;
2. the same for --large postings (skip with --large 0): ingest throughput, full refresh time;
3. incremental refresh after adding 1% new postings dated this month (another seed), and a no-op refresh;
4. Market page query time per filter change on the large market: the page's service calls (view, top skills,
   risers/fallers, trends, pay premium, co-occurrence, city comparison, table) for a sequence of distinct
   filters with an empty memo each (cold), median / p90 / max; plus the same sequence again (warm memo);
5. peak RSS (resource.getrusage).
The 1-minute load average is printed: on a busy machine wall times stretch; CPU seconds are steadier.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.config import Settings  # noqa: E402
from core.context import build_context  # noqa: E402
from core.market.build import build_demo_market, mark_demo, role_family_fn  # noqa: E402
from core.market.demo_source import DemoSource  # noqa: E402
from core.market.filters import MarketFilter  # noqa: E402
from core.market.refresh import refresh_market  # noqa: E402
from core.market.service import MarketService  # noqa: E402


class Clock:
    """Wall and CPU seconds of a block."""

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def build(work: Path, postings: int, index: bool) -> tuple[object, dict]:
    """A fresh demo market of `postings`; returns (ctx, numbers)."""
    ctx = build_context(Settings(data_dir=work / f"market-{postings}"))
    with Clock() as c:
        result = build_demo_market(ctx, postings=postings, index=index)
    ingest_s = result.timings["ingest"]
    return ctx, {"postings": postings, "added": result.ingest.added, "wall_s": round(c.wall, 1),
                 "cpu_s": round(c.cpu, 1), "stages_s": {k: round(v, 1) for k, v in result.timings.items()},
                 "ingest_postings_per_s": round(postings / ingest_s, 1), "indexed": result.indexed,
                 "aggregate_rows": result.refresh.inserted}


def refreshes(ctx, extra: int, extra_seed: int) -> dict:
    """Full refresh, incremental refresh after `extra` new postings of this month, and a no-op refresh."""
    with Clock() as full:
        refresh_market(ctx.engine, full=True)
    source = DemoSource(ctx.taxonomy, postings=extra, seed=extra_seed, months=1)  # new arrivals: this month
    from core.ingest.pipeline import ingest

    ingest(ctx.engine, source, ctx.settings, extractor=ctx.extractor, role_family=role_family_fn(ctx), total=extra)
    mark_demo(ctx)
    with Clock() as inc:
        summary = refresh_market(ctx.engine)
    with Clock() as noop:
        refresh_market(ctx.engine)
    return {"full_s": round(full.wall, 2), "full_cpu_s": round(full.cpu, 2), "incremental_new_postings": extra,
            "incremental_groups": summary.groups, "incremental_s": round(inc.wall, 2),
            "incremental_rows_written": summary.inserted + summary.updated + summary.deleted,
            "noop_s": round(noop.wall, 4)}


def filter_sequence(service: MarketService) -> list[MarketFilter]:
    """Distinct filter changes an analyst makes: role families, cities, levels, work mode, date ranges."""
    opts = service.options(True)
    families = [o.id for o in opts.role_families]
    months = opts.months
    out = [MarketFilter(f, demo=True) for f in families[:6]]
    big = families[0]
    cities = service.options(True, big).cities
    out += [MarketFilter(big, demo=True, city=c) for c in cities[:4]]
    out += [MarketFilter(big, demo=True, seniority=s) for s in ("junior", "senior", "lead")]
    out += [MarketFilter(big, demo=True, remote=r) for r in (True, False)]
    out += [MarketFilter(big, demo=True, start=months[-12]), MarketFilter(big, demo=True, start=months[-6]),
            MarketFilter(families[1], demo=True, city=cities[0], seniority="senior"),
            MarketFilter(families[2], demo=True, start=months[-12], remote=False)]
    return out


def page_calls(service: MarketService, f: MarketFilter) -> None:
    """Everything the Market page asks for one filter."""
    view = service.view(f)
    top = view.top_skills(40)
    movers = view.risers_fallers(8)
    view.trends(list(dict.fromkeys([*movers["skill_id"][:3], *top["skill_id"][:2]])), 3)
    service.salary_premium(f, 20)
    service.cooccurrence(f, 20)
    if not top.empty:
        service.city_comparison(f, top["skill_id"].iloc[0])
    service.demand_table(f, 50)


def queries(ctx) -> dict:
    """Cold (new service per filter) and warm (memo hit) page time per filter change, in milliseconds."""
    filters = filter_sequence(MarketService(ctx.engine, ctx.taxonomy))
    shared = MarketService(ctx.engine, ctx.taxonomy)
    cold, cold_cpu = [], []
    for f in filters:
        service = MarketService(ctx.engine, ctx.taxonomy)
        service.options(True)  # the page has these already (filter bar)
        started, cpu = time.perf_counter(), time.process_time()
        page_calls(service, f)
        cold.append((time.perf_counter() - started) * 1000)
        cold_cpu.append((time.process_time() - cpu) * 1000)
        page_calls(shared, f)
    warm = []
    for f in filters:
        started = time.perf_counter()
        page_calls(shared, f)
        warm.append((time.perf_counter() - started) * 1000)
    q = lambda xs, p: sorted(xs)[min(len(xs) - 1, int(p * len(xs)))]  # noqa: E731
    return {"filters": len(filters), "cold_median_ms": round(statistics.median(cold)), "cold_p90_ms": round(q(cold, .9)),
            "cold_max_ms": round(max(cold)), "cold_cpu_median_ms": round(statistics.median(cold_cpu)),
            "warm_median_ms": round(statistics.median(warm), 1),
            "cold_ms": [round(x) for x in cold]}


def main() -> int:
    """Run the stages and print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--work", type=Path, default=None, help="where the data dirs go (default: a tmp dir)")
    parser.add_argument("--index", action="store_true", help="include the search index (embeddings) in builds")
    parser.add_argument("--reuse", type=Path, default=None,
                        help="skip the builds: run the refresh and query stages on this built data dir")
    parser.add_argument("--extra-seed", type=int, default=1007, help="seed of the 1%% new postings (refresh stage)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    work = args.work or Path(tempfile.mkdtemp(prefix="skillgap-bench-market-"))
    out: dict = {"load_avg_1m_start": round(os.getloadavg()[0], 2), "cpus": os.cpu_count()}
    if args.reuse:
        ctx = build_context(Settings(data_dir=args.reuse))
        out["reused"] = str(args.reuse)
    else:
        ctx, out["small"] = build(work, args.small, args.index)
    if args.large and not args.reuse:
        ctx, out["large"] = build(work, args.large, False)
    out["refresh"] = refreshes(ctx, max(1, (args.large or args.small) // 100), args.extra_seed)
    out["queries"] = queries(ctx)
    out["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    out["load_avg_1m_end"] = round(os.getloadavg()[0], 2)
    print(json.dumps(out, indent=None if args.json else 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
