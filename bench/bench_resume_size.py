"""Resume size benchmark: time and peak memory of the full resume path at 10k / 100k / 1M characters.

Run: .venv/bin/python bench/bench_resume_size.py [--sizes 10000,100000,1000000] [--repeats 3]
     [--baseline DIR] [--baseline-repeats 1] [--json]
The text is a realistic resume (bench/fixtures/resume_two_pages.txt and the product resumes of
tests/product/documents) repeated with variation (years shifted, employer lines numbered) up to the size.
Each measurement runs in a fresh process (so peak RSS is its own): the default extractor is built and warmed on a
small resume (models loaded), then `core.resumes.add_resume_text` stores the big text into a new SQLite file -
document limits, parse, extraction (context model + resume judge), the resume check and the stored row, as a
paste in the dashboard. Reported per size: median wall and CPU seconds (CPU time is the steadier figure on a
shared machine), peak RSS of the process (getrusage) and its growth over
the warmed process, and with --baseline DIR the same for the code checked out in DIR (e.g. a git worktree of an
older commit: `git worktree add /tmp/judge_base HEAD`) and the ratio baseline / current. Every row names what the
resume judge did (diagnostics["resume_judge"]: the tagger's version, or why it did not load, and the characters it
read when the resume was past its budget); a run where the tagger did not load is not a measurement of the judged
path, so the bench stops with the reason (exit 2) instead of printing its figures. Results go to
docs/benchmarks.md and docs/reliability.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_YEAR = re.compile(r"\b(19[89]\d|20[0-2]\d)\b")


def _sources() -> list[str]:
    docs = sorted((ROOT / "tests" / "product" / "documents").glob("*_resume*.txt"))
    return [(ROOT / "bench" / "fixtures" / "resume_two_pages.txt").read_text(encoding="utf8"),
            *(p.read_text(encoding="utf8") for p in docs)]


def realistic_resume(chars: int) -> str:
    """A resume of exactly `chars` characters: the fixture resumes cycled, years shifted and first lines numbered
    per repetition (so no two blocks are identical)."""
    sources, parts, total, i = _sources(), [], 0, 0
    while total < chars:
        src = sources[i % len(sources)]
        shift = (i // len(sources)) % 7
        block = _YEAR.sub(lambda m: str(int(m.group()) - shift), src)
        head, _, rest = block.partition("\n")
        block = (f"{head} ({i})\n{rest}" if i else block).rstrip() + "\n\n"
        parts.append(block)
        total += len(block)
        i += 1
    return "".join(parts)[:chars]


_CHILD = r"""
import json, os, resource, sys, tempfile, time
root, chars = sys.argv[1], int(sys.argv[2])
sys.path[:0] = [root, sys.argv[3]]
os.chdir(root)
from bench_resume_size import realistic_resume
from core.config import Settings
from core.context import build_context
from core.profiles import create_profile
from core.resumes import add_resume_text
tmp = tempfile.mkdtemp(prefix="bench_resume_size_")
ctx = build_context(Settings.from_env(env={"SKILLGAP_DATA_DIR": tmp}))
pid = create_profile(ctx.engine, "bench").id
add_resume_text(ctx, pid, realistic_resume(3000))  # warm: taxonomy, model, tagger loaded
warm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
text = realistic_resume(chars)
started, cpu = time.perf_counter(), time.process_time()
view = add_resume_text(ctx, pid, text)
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
judge = view.extraction.diagnostics.get("resume_judge") or {"loaded": False, "reason": "no resume judge ran"}
print(json.dumps({"seconds": seconds, "cpu_s": cpu, "peak_mb": peak / 1024, "growth_mb": (peak - warm) / 1024,
                  "mentions": len(view.extraction.mentions), "skills": view.skill_count, "judge": judge}))
"""


class TaggerNotLoaded(RuntimeError):
    """The resume judge ran without its tagger: the figures would not measure the judged path."""


def judge_note(judge: dict) -> str:
    """What the resume judge did, in one line: tagger version (and the budget's cut), or why it did not load."""
    if not judge.get("loaded"):
        return f"NOT LOADED: {judge.get('reason')}"
    bounded = judge.get("bounded")
    read = f", tagger read {bounded['read']:,} of {bounded['chars']:,} chars" if bounded else ", tagger read all"
    return f"loaded {judge.get('version')}{read}"


def measure(code_root: Path, chars: int) -> dict:
    """One run of the resume path on `chars` characters with the code under `code_root`, in a fresh process."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False"}
    out = subprocess.run([sys.executable, "-c", _CHILD, str(code_root), str(chars), str(ROOT / "bench")],
                         env=env, capture_output=True, text=True)
    if out.returncode:
        raise RuntimeError(f"bench child failed ({code_root}, {chars} chars):\n{out.stderr[-3000:]}")
    run = json.loads(out.stdout.strip().splitlines()[-1])
    if not run["judge"].get("loaded"):
        raise TaggerNotLoaded(f"{code_root}, {chars:,} chars: resume judge {judge_note(run['judge'])}")
    return run


def summary(runs: list[dict]) -> dict:
    """Medians of a size's runs."""
    return {"runs": len(runs), "seconds": round(statistics.median(r["seconds"] for r in runs), 3),
            "cpu_s": round(statistics.median(r["cpu_s"] for r in runs), 3),
            "peak_mb": round(statistics.median(r["peak_mb"] for r in runs)),
            "growth_mb": round(statistics.median(r["growth_mb"] for r in runs)),
            "mentions": runs[0]["mentions"], "skills": runs[0]["skills"], "judge": judge_note(runs[0]["judge"])}


def main(argv: list[str] | None = None) -> int:
    """Print one row per size and code version (JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help="a checkout of the code to compare with (e.g. a worktree)")
    parser.add_argument("--baseline-repeats", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    try:
        rows = _rows(args)
    except TaggerNotLoaded as exc:
        print(f"FAILED: {exc} - not a measurement of the judged resume path", file=sys.stderr)
        return 2
    meta = {"python": platform.python_version(), "cpus": os.cpu_count(), "baseline": str(args.baseline or "")}
    print(json.dumps({"meta": meta, "results": rows}) if args.json else json.dumps(meta))
    return 0


def _rows(args) -> list[dict]:
    """Measure every size (and the baseline), printing each row as it is done unless --json."""
    rows = []
    for chars in (int(s) for s in args.sizes.split(",")):
        row = {"chars": chars, "current": summary([measure(ROOT, chars) for _ in range(args.repeats)])}
        if args.baseline:
            row["baseline"] = summary([measure(args.baseline, chars) for _ in range(args.baseline_repeats)])
            row["speedup"] = round(row["baseline"]["seconds"] / max(row["current"]["seconds"], 1e-9), 1)
            row["cpu_speedup"] = round(row["baseline"]["cpu_s"] / max(row["current"]["cpu_s"], 1e-9), 1)
        rows.append(row)
        if not args.json:
            print(json.dumps(row), flush=True)
    return rows


if __name__ == "__main__":
    sys.exit(main())
