"""Listed-skill benchmark: recall of the skills a reader lists and reader precision, per system, same documents.

Run: .venv/bin/python bench/bench_listed.py [--corpus tests/product] [--systems ours,v1,skill-extractor,
skill-extractor-gazetteer] [--json] [--verbose]
- ours: the default extractor (context model + listed-skill floor + resume judge) over data/taxonomy;
- v1: the lexical gazetteer over the same taxonomy;
- skill-extractor: the PyPI package (32k-name gazetteer + MiniLM + MLP, threshold 0.5; bench/skill_extractor_adapter.py,
  `pip install skill-extractor` first); skill-extractor-gazetteer: the same with its classifier switched off.
Metrics (core.evaluation.listed): recall over the gold items our taxonomy knows, recall over all gold items, and
the share of extracted mentions a reader accepts. Results go to docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from core.config import Settings  # noqa: E402
from core.evaluation.listed import evaluate, load_corpus  # noqa: E402


def build(name: str, taxonomy, settings: Settings):
    """The extractor a system name stands for."""
    from core.skills.extract import make_extractor
    from core.skills.gazetteer import GazetteerExtractor

    if name == "ours":
        return make_extractor(taxonomy)
    if name == "v1":
        return GazetteerExtractor(taxonomy)
    if name.startswith("skill-extractor"):
        from skill_extractor_adapter import SkillExtractorAdapter

        from core.embeddings import make_embedder

        return SkillExtractorAdapter(make_embedder(settings), 0.0 if name.endswith("gazetteer") else 0.5)
    raise SystemExit(f"unknown system {name!r}")


def main(argv: list[str] | None = None) -> int:
    """Print one row per system (or JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "product")
    parser.add_argument("--systems", default="ours,v1,skill-extractor,skill-extractor-gazetteer")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="per-document misses and unaccepted mentions")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from core.taxonomy.load import load_taxonomy

    settings = Settings.from_env()
    taxonomy = load_taxonomy(settings.taxonomy_dir)
    docs = load_corpus(args.corpus, taxonomy)
    rows = []
    for name in args.systems.split(","):
        full = evaluate(build(name, taxonomy, settings), docs, name)
        report = full.to_dict()
        report["groups"] = {g.system.split(":")[1]: {k: round(getattr(g, k), 4) for k in ("recall", "recall_all", "precision")}
                            for g in (full.subset(True), full.subset(False))}
        rows.append(report)
        if not args.json:
            print(f"{name:28s} recall {report['recall']:.3f}  recall(all) {report['recall_all']:.3f}  "
                  f"precision {report['precision']:.3f}  mentions {report['mentions']}  {report['seconds']} s")
            for group, fig in report["groups"].items():
                print(f"  {group:26s} recall {fig['recall']:.3f}  recall(all) {fig['recall_all']:.3f}  "
                      f"precision {fig['precision']:.3f}")
            for d in report["docs"] if args.verbose else ():
                print(f"  {d['doc_id']}: missed {d['missed']} unknown {d['unknown']} not accepted {d['wrong']}")
    meta = {"docs": len(docs), "occupations": len({d.occupation for d in docs}), "taxonomy": taxonomy.version,
            "python": platform.python_version(), "cpus": os.cpu_count()}
    if args.json:
        print(json.dumps({"meta": meta, "results": rows}))
    else:
        print(json.dumps(meta))
    return 0


if __name__ == "__main__":
    sys.exit(main())
