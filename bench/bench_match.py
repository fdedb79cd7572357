"""Job matching benchmark: index build time, memory, warm query latency (p50/p95) at 10k and 100k postings,
and precision@10 of role-family resumes on the 10k demo market.

Run: .venv/bin/python bench/bench_match.py [--postings 10000] [--scale 100000] [--rounds 5] [--json OUT.json]
1. Builds the demo market (core.market DemoSource through the real ingest pipeline) in a SQLite file under a
   temp dir, then indexes it (Chroma with all-MiniLM-L6-v2 + BM25) and times queries for 16 role-family resumes
   (tests/matching/resumes.py) under 5 filter sets. "Warm" = model loaded, the resume's query vector cached
   (what the Jobs page does when filters change); "cold" adds encoding a new resume text.
2. --scale N: replicates the market to N postings (copies with shifted ids, dates and salaries), indexes the
   new rows incrementally and times queries again. Replicas reuse their original's text, so the build time at N
   is Chroma + BM25 + DB work; the embedding time for N unique texts is estimated from the measured rate.
The 1-minute load average is printed: on a busy machine numbers are pessimistic.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from core.config import Settings  # noqa: E402
from core.context import build_context  # noqa: E402
from core.matching.index import ensure_index, open_index  # noqa: E402
from core.matching.models import MatchFilters  # noqa: E402
from core.matching.service import match, query_for_text  # noqa: E402
from tests.matching.resumes import FAMILIES, resume_text  # noqa: E402

FILTERS = {
    "none": MatchFilters(),
    "city": MatchFilters(city="Berlin"),
    "family": MatchFilters(role_families=("backend", "data_engineer")),
    "salary": MatchFilters(min_salary_usd=100_000),
    "recent": MatchFilters(posted_within_days=30),
}
TODAY = date(2026, 11, 21)


class MemoEmbedder:
    """The real embedder with a text -> vector memo (replicated postings are not re-encoded)."""

    def __init__(self, inner) -> None:
        self.inner, self.memo, self.encoded, self.seconds = inner, {}, 0, 0.0

    def encode(self, texts):
        import numpy as np

        missing = [t for t in dict.fromkeys(texts) if t not in self.memo]
        if missing:
            start = time.perf_counter()
            for t, v in zip(missing, self.inner.encode(missing)):
                self.memo[t] = v
            self.seconds += time.perf_counter() - start
            self.encoded += len(missing)
        return np.stack([self.memo[t] for t in texts]) if texts else self.inner.encode([])


def rss_mb() -> tuple[float, float]:
    """(current RSS, peak RSS) of this process in MiB."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    kb = lambda key: float(fields.get(key, "0 kB").split()[0])  # noqa: E731
    return round(kb("VmRSS") / 1024, 1), round(kb("VmHWM") / 1024, 1)


def dir_mb(path: Path) -> float:
    """Size of a directory tree in MiB."""
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20, 1)


def build_market(ctx, postings: int) -> float:
    """Demo postings through the real pipeline; returns seconds."""
    from core.ingest.pipeline import ingest
    from core.market.demo_source import DemoSource
    from core.taxonomy.roles import role_family_for_title

    start = time.perf_counter()
    source = DemoSource(ctx.taxonomy, postings=postings, seed=7, today=TODAY)
    ingest(ctx.engine, source, ctx.settings, ctx.extractor, batch_size=200,
           role_family=lambda t: role_family_for_title(ctx.taxonomy, t))
    return time.perf_counter() - start


def replicate(engine, target: int) -> int:
    """Copy postings (and their skills) until the table holds `target` rows; returns rows added."""
    cols = ("source, title, company, location_raw, city, country, remote, role_family, seniority, salary_min, "
            "salary_max, salary_currency, url, description, is_demo, created_at")
    with engine.begin() as conn:
        base_n, lo, hi = conn.execute(text("SELECT count(*), min(id), max(id) FROM jobposting")).one()
        assert hi - lo + 1 == base_n, "replication needs contiguous ids"
        added, copy = 0, 1
        while base_n + added < target:
            take = min(base_n, target - base_n - added)
            top = conn.execute(text("SELECT max(id) FROM jobposting")).scalar_one()
            conn.execute(text(
                f"INSERT INTO jobposting (id, external_id, text_hash, salary_annual_usd, posted_at, {cols}) "
                f"SELECT id - :lo + :top + 1, external_id || '-r{copy}', text_hash || '-r{copy}', "
                f"salary_annual_usd * (1 + 0.01 * ((id + {copy}) % 7 - 3)), "
                f"datetime(posted_at, '-{copy} days'), {cols} FROM jobposting WHERE id BETWEEN :lo AND :last"
            ), {"lo": lo, "top": top, "last": lo + take - 1})
            conn.execute(text(
                "INSERT INTO jobskill (posting_id, skill_id, name, requirement, confidence, years) "
                "SELECT posting_id - :lo + :top + 1, skill_id, name, requirement, confidence, years FROM jobskill "
                "WHERE posting_id BETWEEN :lo AND :last"
            ), {"lo": lo, "top": top, "last": lo + take - 1})
            added += take
            copy += 1
    return added


def latencies(ctx, index, queries: dict, rounds: int) -> dict:
    """Warm p50/p95 over resumes x filter sets x rounds, cold (new text) p50, per-stage medians."""
    for q in queries.values():
        match(ctx.engine, index, q, top_k=20)  # warm-up: query vector cached, pages of SQLite warm
    warm, stages = [], {"retrieve": [], "load": [], "rank": []}
    for _ in range(rounds):
        for q in queries.values():
            for filters in FILTERS.values():
                start = time.perf_counter()
                page = match(ctx.engine, index, q, filters, top_k=20)
                warm.append((time.perf_counter() - start) * 1e3)
                for k in stages:
                    stages[k].append(page.timings_ms[k])
    cold = []
    for i, q in enumerate(list(queries.values())[:8]):
        fresh = q.__class__(**{**q.__dict__, "summary": f"{q.summary} (variant {time.time_ns()} {i})"})
        start = time.perf_counter()
        match(ctx.engine, index, fresh, top_k=20)
        cold.append((time.perf_counter() - start) * 1e3)
    pct = lambda xs, p: round(statistics.quantiles(xs, n=100)[p - 1], 1)  # noqa: E731
    return {"warm_p50_ms": pct(warm, 50), "warm_p95_ms": pct(warm, 95), "warm_n": len(warm),
            "cold_p50_ms": round(statistics.median(cold), 1),
            "stage_p50_ms": {k: round(statistics.median(v), 1) for k, v in stages.items()}}


def precision(ctx, index, queries: dict) -> dict:
    """Precision@10 of each family resume (own-family postings in its top 10)."""
    from sqlmodel import Session, select

    from core.db.models import JobPosting

    with Session(ctx.engine) as session:
        family = dict(session.exec(select(JobPosting.id, JobPosting.role_family)).all())
    out = {}
    for name, q in queries.items():
        results = match(ctx.engine, index, q, top_k=10).results
        out[name] = sum(family[r.posting.id] == name for r in results) / 10
    return {"mean": round(statistics.mean(out.values()), 3), "min": min(out.values()), "per_family": out}


def run(args) -> dict:
    """The whole benchmark; returns the results dict."""
    from core.embeddings import make_embedder

    work = Path(args.reuse or args.data_dir or tempfile.mkdtemp(prefix="bench-match-"))
    settings = Settings(data_dir=work)
    ctx = build_context(settings)
    out = {"machine": f"{os.cpu_count()}-core {platform.machine()}, Python {platform.python_version()}",
           "load_avg_start": round(os.getloadavg()[0], 2), "postings": args.postings}
    if args.reuse:
        return reuse(ctx, settings, out, args)
    out["market_build_s"] = round(build_market(ctx, args.postings), 1)
    embedder = MemoEmbedder(make_embedder(settings))
    embedder.encode(["warm up the model"])
    rss0 = rss_mb()[0]
    index = open_index(settings, embedder=embedder)
    start = time.perf_counter()
    report = ensure_index(ctx.engine, index)
    out["index_build_s"] = round(time.perf_counter() - start, 1)
    out["embed_s"] = round(embedder.seconds, 1)
    out["embed_rate_per_s"] = round(embedder.encoded / max(embedder.seconds, 1e-9), 1)
    out["indexed"] = report.total
    out["rss_mb_index_delta"] = round(rss_mb()[0] - rss0, 1)
    out["disk_mb"] = {"chroma": dir_mb(settings.chroma_path), "bm25": dir_mb(work / "matching")}
    start = time.perf_counter()
    reopened = open_index(settings, embedder=embedder)
    out["index_open_s"] = round(time.perf_counter() - start, 2)
    del reopened
    queries = {f: query_for_text(ctx, resume_text(f), location="Berlin, Germany") for f in FAMILIES}
    out["at_base"] = latencies(ctx, index, queries, args.rounds)
    out["precision_at_10"] = precision(ctx, index, queries)
    if args.scale and args.scale > args.postings:
        out["scale"] = args.scale
        replicate(ctx.engine, args.scale)
        before = embedder.seconds
        start = time.perf_counter()
        report = ensure_index(ctx.engine, index)
        out["scale_index_incremental_s"] = round(time.perf_counter() - start, 1)
        out["scale_embed_s"] = round(embedder.seconds - before, 1)
        out["scale_embed_estimate_s"] = round(args.scale / out["embed_rate_per_s"], 0)
        out["scale_indexed"] = report.total
        out["scale_disk_mb"] = {"chroma": dir_mb(settings.chroma_path), "bm25": dir_mb(work / "matching")}
        out["at_scale"] = latencies(ctx, index, queries, args.rounds)
    out["rss_mb_end"], out["rss_mb_peak"] = rss_mb()
    out["load_avg_end"] = round(os.getloadavg()[0], 2)
    return out


def reuse(ctx, settings: Settings, out: dict, args) -> dict:
    """Query latency, precision and memory on an already built work dir (no build)."""
    from core.embeddings import make_embedder

    embedder = make_embedder(settings)
    embedder.encode(["warm up the model"])
    rss0 = rss_mb()[0]
    start = time.perf_counter()
    index = open_index(settings, embedder=embedder)
    report = ensure_index(ctx.engine, index)
    out["index_open_s"] = round(time.perf_counter() - start, 2)
    out["indexed"], out["index_changed"] = report.total, report.changed
    out["rss_mb_index_delta"] = round(rss_mb()[0] - rss0, 1)
    out["disk_mb"] = {"chroma": dir_mb(settings.chroma_path), "bm25": dir_mb(settings.data_dir / "matching")}
    queries = {f: query_for_text(ctx, resume_text(f), location="Berlin, Germany") for f in FAMILIES}
    out["latency"] = latencies(ctx, index, queries, args.rounds)
    out["precision_at_10"] = precision(ctx, index, queries)
    out["rss_mb_end"], out["rss_mb_peak"] = rss_mb()
    out["load_avg_end"] = round(os.getloadavg()[0], 2)
    return out


def main() -> int:
    """Parse flags, run, print JSON (and write it with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=10_000)
    parser.add_argument("--scale", type=int, default=100_000, help="0 to skip the replicated run")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--data-dir", help="work dir (default: a new temp dir)")
    parser.add_argument("--reuse", help="only measure queries on a work dir built by an earlier run")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    result = run(args)
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
