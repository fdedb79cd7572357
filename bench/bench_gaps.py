"""Gap report latency on the 10k demo market: warm (caches hot) and cold (new two-page resume, cold market memo).

Run: .venv/bin/python bench/bench_gaps.py --data-dir DIR [--repeats 7] [--json]
DIR holds a built demo market (`SKILLGAP_DATA_DIR=DIR python -m core demo --postings 10000 --no-index`); with
--build the script builds it first when DIR has no postings (several minutes). Measured, each as the median of
--repeats runs (targets on the 2-core reference machine):
- warm recompute (<= 200 ms): `report_for(..., force=True)` for a stored resume -- extraction cached, market memo
  and skill-name vectors hot -- including saving the report;
- warm stored: `report_for` when the stored report is fresh (what a page rerun costs);
- cold (<= 1.5 s): a new two-page resume text (bench/fixtures/resume_two_pages.txt plus a unique line) stored and
  extracted (cache miss), the similarity re-read from its vector file, the report computed and saved; measured
  with the process's market memo (the app shares one per database) and, the worst case, with an empty one
  (a new MarketService: every market aggregate read hits SQLite).
The template roadmap is used (no LLM: its latency is the endpoint's). The embedding model load is reported
separately, once ("first ever": no vector cache yet); after that reports need no model for taxonomy skill names.
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
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from core.config import Settings  # noqa: E402
from core.context import build_context  # noqa: E402
from core.gaps.compute import GapServices  # noqa: E402
from core.gaps.records import GapTarget, ReportOptions  # noqa: E402
from core.gaps.similarity import SkillSimilarity, cache_path  # noqa: E402
from core.gaps.store import report_for  # noqa: E402
from core.market.service import MarketService  # noqa: E402
from core.profiles import create_profile  # noqa: E402
from core.resumes import add_resume_text  # noqa: E402

RESUME = (ROOT / "bench" / "fixtures" / "resume_two_pages.txt").read_text(encoding="utf8")
TARGETS = {"market": GapTarget.market("data_engineer", "Bengaluru")}


def _ms(seconds: list[float]) -> dict:
    ms = [s * 1000 for s in seconds]
    return {"median_ms": round(statistics.median(ms), 1), "min_ms": round(min(ms), 1), "max_ms": round(max(ms), 1)}


def _timed(fn) -> tuple[float, object]:
    started = time.perf_counter()
    value = fn()
    return time.perf_counter() - started, value


def _ensure_market(settings: Settings, build: bool) -> int:
    ctx = build_context(settings)
    postings = MarketService(ctx.engine, ctx.taxonomy).datasets().get(True, 0)
    if postings or not build:
        return postings
    from core.market.build import build_demo_market

    build_demo_market(ctx, postings=10_000, index=False)
    return MarketService(ctx.engine, ctx.taxonomy).datasets().get(True, 0)


def bench(settings: Settings, repeats: int) -> dict:
    """Every measurement, in a dict."""
    ctx = build_context(settings)
    from core.embeddings import make_embedder

    embedder = make_embedder(settings)
    vectors = cache_path(settings, embedder.model_id)
    first_ever = not vectors.is_file()  # no vector cache yet: the first report loads the model and embeds names
    services = GapServices(MarketService(ctx.engine, ctx.taxonomy), SkillSimilarity(embedder, vectors))
    profile = create_profile(ctx.engine, f"bench-{time.time_ns()}")
    target, options = TARGETS["market"], ReportOptions(8, 4)
    resume = add_resume_text(ctx, profile.id, RESUME)
    extract = [_timed(lambda: ctx.extractor.extract(RESUME, "resume"))[0] for _ in range(repeats)]
    first, (stored, _) = _timed(lambda: report_for(ctx, services, profile.id, resume.id, target, options))
    warm = [_timed(lambda: report_for(ctx, services, profile.id, resume.id, target, options, force=True))[0]
            for _ in range(repeats)]
    hits = [_timed(lambda: report_for(ctx, services, profile.id, resume.id, target, options))[0]
            for _ in range(repeats)]
    def cold_run(empty_memo: bool) -> float:
        """A new resume text (extraction cache miss) stored and reported; optionally a cold market memo too."""
        fresh = GapServices(MarketService(ctx.engine, ctx.taxonomy) if empty_memo else services.market,
                            SkillSimilarity(embedder, vectors))

        def run():
            view = add_resume_text(ctx, profile.id, f"{RESUME}\nReference number {time.time_ns()}\n")
            return report_for(ctx, fresh, profile.id, view.id, target, options)
        return _timed(run)[0]

    cold = [cold_run(False) for _ in range(repeats)]
    cold_memo = [cold_run(True) for _ in range(repeats)]
    report = stored.report
    return {
        "date": time.strftime("%Y-%m-%d"), "machine": f"{os.cpu_count()}-core {platform.machine()}, "
                                                      f"Python {platform.python_version()}",
        "load_avg_1m": round(os.getloadavg()[0], 2), "repeats": repeats, "target": report.target.label,
        "resume_words": len(RESUME.split()), "resume_skills": len(resume.extraction.skill_ids()),
        "top_gaps": [g.name for g in report.top_gaps[:3]], "overall_match": report.overall_match,
        "first_report_s": round(first, 2), "first_ever_with_model_load": first_ever,
        "extract_two_page_resume": _ms(extract),
        "warm_recompute": _ms(warm), "warm_stored": _ms(hits), "cold_new_resume": _ms(cold),
        "cold_new_resume_empty_market_memo": _ms(cold_memo),
    }


def main(argv: list[str] | None = None) -> int:
    """Parse flags, check the market, run, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=os.environ.get("SKILLGAP_DATA_DIR"),
                        help="runtime dir with the demo market (default: $SKILLGAP_DATA_DIR)")
    parser.add_argument("--build", action="store_true", help="build a 10k demo market first when there is none")
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.data_dir is None:
        print("give --data-dir (a runtime dir with the demo market)", file=sys.stderr)
        return 2
    settings = Settings.from_env().with_(data_dir=Path(args.data_dir), database_url=None)
    postings = _ensure_market(settings, args.build)
    if not postings:
        print(f"no demo market in {args.data_dir}: run `python -m core demo --postings 10000 --no-index` with "
              "SKILLGAP_DATA_DIR set to it, or pass --build", file=sys.stderr)
        return 2
    result = {"demo_postings": postings, **bench(settings, max(1, args.repeats))}
    if args.json:
        print(json.dumps(result))
        return 0
    for key, value in result.items():
        print(f"{key:>28}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
