"""Steady-state lexical extraction throughput on the SkillSpan dev postings.

Run: .venv/bin/python bench/bench_extract.py [--repeats 7] [--json]
Builds the extractor over the project taxonomy (data/taxonomy) once, warms up with one pass, then times
`--repeats` full passes over every dev posting and reports the median postings/s (target >= 500 on the
2-core reference machine), wall-clock and per CPU-second (the latter is steadier on a busy machine; the 1-minute
load average is printed so a noisy run can be recognised).
Reads ../shared/data/skillspan/dev.jsonl; exits 2 when it is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.config import Settings  # noqa: E402
from core.evaluation.datasets import load_skillspan, shared_data_dir  # noqa: E402
from core.skills.extract import make_extractor  # noqa: E402


def bench(extractor, texts: list[str], repeats: int) -> dict:
    """Warm up once, time `repeats` passes; rates in postings per second."""
    for text in texts:
        extractor.extract(text, "job")
    rates, cpu_rates = [], []
    for _ in range(repeats):
        started, cpu_started = time.perf_counter(), time.process_time()
        for text in texts:
            extractor.extract(text, "job")
        rates.append(len(texts) / (time.perf_counter() - started))
        cpu_rates.append(len(texts) / max(time.process_time() - cpu_started, 1e-9))
    return {
        "postings": len(texts), "chars": sum(map(len, texts)), "repeats": repeats,
        "median_postings_per_s": round(statistics.median(rates), 1),
        "min_postings_per_s": round(min(rates), 1), "max_postings_per_s": round(max(rates), 1),
        "median_cpu_postings_per_s": round(statistics.median(cpu_rates), 1),
        "load_avg_1m": round(os.getloadavg()[0], 2),
    }


def main(argv: list[str] | None = None) -> int:
    """Print the benchmark result."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    path = shared_data_dir() / "skillspan" / "dev.jsonl"
    if not path.is_file():
        print(f"missing {path}", file=sys.stderr)
        return 2
    from core.taxonomy.load import load_taxonomy

    settings = Settings.from_env()
    started = time.perf_counter()
    extractor = make_extractor(load_taxonomy(settings.taxonomy_dir))
    build_s = time.perf_counter() - started
    texts = [doc.text for doc in load_skillspan(path)]
    result = bench(extractor, texts, args.repeats)
    result.update(extractor=extractor.version, build_s=round(build_s, 3), forms=len(extractor.index.forms),
                  python=platform.python_version(), machine=platform.machine())
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{result['postings']} postings ({result['chars']} chars), {result['forms']} surface forms, "
              f"extractor {result['extractor']} built in {result['build_s']}s")
        print(f"median {result['median_postings_per_s']} postings/s wall-clock "
              f"(min {result['min_postings_per_s']}, max {result['max_postings_per_s']}, {args.repeats} repeats); "
              f"median {result['median_cpu_postings_per_s']} postings per CPU-second; "
              f"load average {result['load_avg_1m']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
