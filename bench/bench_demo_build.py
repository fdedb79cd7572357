"""First-start benchmark: the whole demo build of N postings (default 10,000) on an empty tmp data dir, embeddings
included -- what the dashboard does on its first start.

Run: .venv/bin/python bench/bench_demo_build.py [--postings 10000] [--workers 2] [--no-index] [--data-dir DIR]
                                                [--json]
Reports wall and CPU seconds per stage: generate, extract, store, aggregate, index (embeddings + Chroma + BM25;
its wall is mostly overlapped with extraction and aggregation, `index_tail` is the wait after the aggregates).
CPU seconds include the worker processes' (measured in the workers per task, and as RUSAGE_CHILDREN) and are
steady on a busy machine; wall seconds are only meaningful on an idle one (the 1-minute load average is printed).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.config import Settings  # noqa: E402


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    """Build once on an empty data dir and print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--postings", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: 2 on 2+ cores; 0 = none)")
    parser.add_argument("--no-index", action="store_true", help="skip the match index (embeddings)")
    parser.add_argument("--data-dir", type=Path, default=None, help="an EMPTY dir to build in (default: a tmp dir)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="skillgap-bench-demo-")) / "data"
    out: dict = {"postings": args.postings, "cpus": os.cpu_count(), "load_avg_1m_start": round(os.getloadavg()[0], 2)}
    t0, c0, k0 = time.perf_counter(), time.process_time(), _children_cpu()
    from core.context import build_context
    from core.market.build import build_demo_market

    ctx = build_context(Settings(data_dir=data_dir))
    out["startup_s"] = round(time.perf_counter() - t0, 2)
    result = build_demo_market(ctx, postings=args.postings, seed=args.seed, index=not args.no_index,
                               workers=args.workers)
    wall = time.perf_counter() - t0
    out.update(
        wall_s=round(wall, 1), workers=result.workers, added=result.ingest.added, indexed=result.indexed,
        stages_wall_s={k: round(v, 1) for k, v in result.timings.items()},
        stages_cpu_s={k: round(v, 1) for k, v in result.cpu.items()},
        cpu_s_process=round(time.process_time() - c0, 1), cpu_s_children=round(_children_cpu() - k0, 1),
        peak_rss_mib=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        load_avg_1m_end=round(os.getloadavg()[0], 2), data_dir=str(data_dir),
    )
    out["cpu_s_total"] = round(out["cpu_s_process"] + out["cpu_s_children"], 1)
    out["projected_wall_2_idle_cores_s"] = round(max(out["cpu_s_total"] / 2, out["cpu_s_process"]), 1)
    print(json.dumps(out, indent=None if args.json else 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
