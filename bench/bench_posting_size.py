"""Posting size benchmark: time and peak memory of ingesting one job description of 20k / 200k / 1M characters.

Run: .venv/bin/python bench/bench_posting_size.py [--sizes 20000,200000,1000000] [--shapes lines,paragraph,mixed]
     [--baseline DIR] [--timeout 900] [--json]
Shapes (all built from the hand-written postings of tests/product/documents, cycled with a numbered title per
repetition, HTML tags of the one HTML posting dropped):
- lines: ordinary postings, one line per bullet or sentence group;
- paragraph: the same text pasted without a single line break (one long line);
- mixed: half a paragraph without breaks, then half ordinary postings (one long line beside thousands of short
  ones: the BiLSTM's old steps x lines index matrix).
Each measurement runs in a fresh process: the default extractor (context model: BiLSTM, reranker, junctions) is
built and warmed on a small posting, then `core.ingest.pipeline.ingest` reads a one-line JSONL file holding the
big posting into a new SQLite file (normalisation, extraction cache, extraction, stored skills), as `core ingest`
does. Reported: wall and CPU seconds, peak RSS (getrusage) and its growth over the warmed process, skills stored,
and a failure if the posting was dead-lettered. The child's address space is capped at its warmed size + 6 GB
(--headroom-gb) so old code that would need tens of GB fails with MemoryError instead of taking the machine down.
With --baseline DIR the same for the code in DIR (e.g. `git worktree add /tmp/posting_base <commit>`).
Results go to docs/benchmarks.md and docs/reliability.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_TAG = re.compile(r"<[^<>]*>")


def _sources() -> list[str]:
    docs = sorted((ROOT / "tests" / "product" / "documents").glob("*_job*.txt"))
    return [_TAG.sub(" ", p.read_text(encoding="utf8")) for p in docs]


def lines_posting(chars: int) -> str:
    """Ordinary postings cycled to exactly `chars` characters, the title numbered per repetition."""
    sources, parts, total, i = _sources(), [], 0, 0
    while total < chars:
        head, _, rest = sources[i % len(sources)].partition("\n")
        block = (f"{head} ({i})\n{rest}" if i else f"{head}\n{rest}").rstrip() + "\n\n"
        parts.append(block)
        total += len(block)
        i += 1
    return "".join(parts)[:chars]


def paragraph_posting(chars: int) -> str:
    """The same text without line breaks."""
    return " ".join(lines_posting(chars).split("\n"))


def mixed_posting(chars: int) -> str:
    """Half one long line, then half ordinary postings."""
    half = chars // 2
    return (paragraph_posting(half) + "\n" + lines_posting(chars - half - 1))[:chars]


SHAPES = {"lines": lines_posting, "paragraph": paragraph_posting, "mixed": mixed_posting}

_CHILD = r"""
import json, os, resource, sys, tempfile, time
root, chars, shape, bench, headroom = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], float(sys.argv[5])
sys.path[:0] = [root, bench]
os.chdir(root)
from bench_posting_size import SHAPES
from sqlmodel import Session, func, select
from core.config import Settings
from core.context import build_context
from core.db.models import DeadLetter, JobSkill
from core.ingest.jsonl_source import JsonlSource
from core.ingest.pipeline import ingest
tmp = tempfile.mkdtemp(prefix="bench_posting_size_")
ctx = build_context(Settings.from_env(env={"SKILLGAP_DATA_DIR": tmp}))
def source(name, text):
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf8") as f:
        f.write(json.dumps({"title": "Data Engineer", "company": "Bench", "description": text}) + "\n")
    return JsonlSource(path)
ingest(ctx.engine, source("warm.jsonl", SHAPES["lines"](3000)), ctx.settings, ctx.extractor)  # models loaded
warm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
vm = int(next(l for l in open("/proc/self/status") if l.startswith("VmSize")).split()[1]) * 1024
resource.setrlimit(resource.RLIMIT_AS, (vm + int(headroom * 2**30), resource.RLIM_INFINITY))
src = source("big.jsonl", SHAPES[shape](chars))
started, cpu = time.perf_counter(), time.process_time()
summary = ingest(ctx.engine, src, ctx.settings, ctx.extractor)
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
with Session(ctx.engine) as s:
    skills = s.exec(select(func.count()).select_from(JobSkill)).one()
    errors = [d.last_error for d in s.exec(select(DeadLetter)).all()]
print(json.dumps({"seconds": round(seconds, 2), "cpu_s": round(cpu, 2), "peak_mb": round(peak / 1024),
                  "growth_mb": round((peak - warm) / 1024), "added": summary.added, "failed": summary.failed,
                  "skills": skills, "error": (errors[0][:160] if errors else "")}))
"""


def measure(code_root: Path, chars: int, shape: str, timeout: float, headroom: float) -> dict:
    """One ingest of a `shape` posting of `chars` characters with the code under `code_root`, in a fresh process."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False"}
    args = [sys.executable, "-c", _CHILD, str(code_root), str(chars), shape, str(ROOT / "bench"), str(headroom)]
    try:
        out = subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"not finished within {timeout:.0f} s"}
    if out.returncode:
        return {"error": (out.stderr.strip().splitlines() or ["exit %d" % out.returncode])[-1][:160]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    """Print one row per shape, size and code version (JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20000,200000,1000000")
    parser.add_argument("--shapes", default="lines,paragraph,mixed")
    parser.add_argument("--baseline", type=Path, help="a checkout of the code to compare with (e.g. a worktree)")
    parser.add_argument("--timeout", type=float, default=900.0)
    parser.add_argument("--headroom-gb", type=float, default=6.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows = []
    for shape in args.shapes.split(","):
        for chars in (int(s) for s in args.sizes.split(",")):
            row = {"shape": shape, "chars": chars,
                   "current": measure(ROOT, chars, shape, args.timeout, args.headroom_gb)}
            if args.baseline:
                row["baseline"] = measure(args.baseline, chars, shape, args.timeout, args.headroom_gb)
            rows.append(row)
            if not args.json:
                print(json.dumps(row), flush=True)
    meta = {"python": platform.python_version(), "cpus": os.cpu_count(), "baseline": str(args.baseline or ""),
            "load": os.getloadavg()}
    print(json.dumps({"meta": meta, "results": rows}) if args.json else json.dumps(meta))
    return 0


if __name__ == "__main__":
    sys.exit(main())
