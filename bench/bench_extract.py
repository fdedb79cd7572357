"""Extraction benchmark: quality and throughput of our extractors against the PyPI package `skill-extractor`.

Run: .venv/bin/python bench/bench_extract.py [--repeats 5] [--systems v1,ours,ours+emb,skill-extractor] [--json]
Systems:
- v1: the lexical gazetteer alone (core.skills.gazetteer);
- ours: make_extractor(taxonomy) — context model + literal/alias gate (the default in the app and CLI);
- ours+emb: make_extractor(taxonomy, embedder) — everything on: context model + embedding CRAG gate;
- skill-extractor: the PyPI package (gazetteer + MiniLM + MLP) with our local all-MiniLM-L6-v2
  (bench/skill_extractor_adapter.py; its own embedder needs a hub download, the error is printed).
Quality (core.commands.eval.run_eval): SkillSpan dev (Knowledge typed, Knowledge with every prediction,
combined overlap) and the dotin held-out fold (skills overlap). Throughput: SkillSpan dev postings, one cold pass
(caches empty) then `--repeats` timed passes; medians of postings/s wall-clock and per CPU-second, with the
1-minute load average (the machine is shared). Reads ../shared/data; exits 2 when it is absent.
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
sys.path.insert(0, str(ROOT / "bench"))

from core.config import Settings  # noqa: E402
from core.evaluation.datasets import load_skillspan, shared_data_dir  # noqa: E402

SLOW = {"skill-extractor": 2}  # at most this many timed passes for slow systems


def bench(extractor, texts: list[str], repeats: int) -> dict:
    """One cold pass, then `repeats` timed passes; rates in postings per second."""
    started, cpu_started = time.perf_counter(), time.process_time()
    for text in texts:
        extractor.extract(text, "job")
    cold = len(texts) / max(time.perf_counter() - started, 1e-9)
    cold_cpu = len(texts) / max(time.process_time() - cpu_started, 1e-9)
    rates, cpu_rates = [], []
    for _ in range(repeats):
        started, cpu_started = time.perf_counter(), time.process_time()
        for text in texts:
            extractor.extract(text, "job")
        rates.append(len(texts) / (time.perf_counter() - started))
        cpu_rates.append(len(texts) / max(time.process_time() - cpu_started, 1e-9))
    return {"postings": len(texts), "repeats": repeats, "cold_postings_per_s": round(cold, 1),
            "cold_cpu_postings_per_s": round(cold_cpu, 1),
            "median_postings_per_s": round(statistics.median(rates), 1),
            "min_postings_per_s": round(min(rates), 1), "max_postings_per_s": round(max(rates), 1),
            "median_cpu_postings_per_s": round(statistics.median(cpu_rates), 1),
            "load_avg_1m": round(os.getloadavg()[0], 2)}


def quality(extractor, data_dir: Path) -> dict:
    """The headline F1 figures of one system."""
    from core.commands.eval import run_eval

    out = {}
    for report in run_eval(extractor, data_dir, "dev", None, "heldout"):
        for layer in report.layers:
            out[f"{report.dataset}/{layer.layer}"] = {"strict_f1": round(layer.strict.f1, 3),
                                                      "exact_f1": round(layer.exact.f1, 3),
                                                      "overlap_f1": round(layer.overlap.f1, 3)}
    return out


def build(name: str, taxonomy, settings: Settings):
    """(extractor, note) for a system name."""
    from core.skills.extract import make_extractor
    from core.skills.gazetteer import GazetteerExtractor

    if name == "v1":
        return GazetteerExtractor(taxonomy), "lexical gazetteer"
    if name == "ours":
        return make_extractor(taxonomy), "context model, literal gate"
    from core.embeddings import make_embedder

    if name == "ours+emb":
        return make_extractor(taxonomy, make_embedder(settings)), "context model, embedding CRAG gate"
    if name == "skill-extractor":
        from skill_extractor_adapter import SkillExtractorAdapter, offline_error

        error = offline_error()
        note = f"own embedder offline: {error}" if error else "own embedder works offline"
        return SkillExtractorAdapter(make_embedder(settings)), note
    raise SystemExit(f"unknown system {name!r}")


def main(argv: list[str] | None = None) -> int:
    """Print (or dump as JSON) quality and throughput per system."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--systems", default="v1,ours,ours+emb,skill-extractor")
    parser.add_argument("--no-quality", action="store_true", help="throughput only")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    data_dir = shared_data_dir()
    path = data_dir / "skillspan" / "dev.jsonl"
    if not path.is_file():
        print(f"missing {path}", file=sys.stderr)
        return 2
    from core.taxonomy.load import load_taxonomy

    settings = Settings.from_env()
    taxonomy = load_taxonomy(settings.taxonomy_dir)
    texts = [doc.text for doc in load_skillspan(path)]
    results = []
    for name in args.systems.split(","):
        started = time.perf_counter()
        extractor, note = build(name, taxonomy, settings)
        row = {"system": name, "note": note, "version": extractor.version, "build_s": round(time.perf_counter()
                                                                                             - started, 2)}
        row["throughput"] = bench(extractor, texts, min(args.repeats, SLOW.get(name, args.repeats)))
        if not args.no_quality and name != "ours+emb":  # ours+emb finds the same spans as ours
            row["quality"] = quality(extractor, data_dir)
        results.append(row)
        if not args.json:
            print(json.dumps(row))
    meta = {"python": platform.python_version(), "machine": platform.machine(), "cpus": os.cpu_count()}
    if args.json:
        print(json.dumps({"meta": meta, "results": results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
