"""Worst-case DOCX reading (issue 24.1/24.2): seconds and peak RSS per hostile input class, one process per case.

Run: .venv/bin/python bench/bench_docx.py [--cases many,bigtext,...] [--timeout 120] [--root DIR] [--json]
Each case is generated in memory (tests/documents/hostile_docx.py), then read by `load_document` in a fresh child
process so its peak RSS (VmHWM) is its own; `--root` points at another checkout (e.g. an export of the previous
commit) to measure the old reader with the same inputs. A child still running after `--timeout` s is killed.
Cases: many = 78 KB-class DOCX with 34,000 styled paragraphs; bigtext = ~1.7 MB file, 96 MB of paragraphs of words;
markup = 96 MB of empty formatted paragraphs; runs = one paragraph of 96 MB of empty runs; lying = 200 MB of zeros
whose central directory declares 50 KB; members = 5,001 parts.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CASES = ("many", "bigtext", "markup", "runs", "lying", "members")

_CHILD = r"""
import resource, sys, time
def hwm():  # VmHWM is this process's own peak (ru_maxrss carries the forking parent's peak over exec)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
sys.path.insert(0, sys.argv[1])
from core.config import Limits
from core.documents import load_document
data = open(sys.argv[2], "rb").read()
base = hwm()
start = time.perf_counter()
try:
    doc = load_document("cv.docx", data, Limits())
    outcome = f"read {len(doc.text):,} chars; warnings: {doc.warnings}"
except Exception as exc:
    outcome = f"{type(exc).__name__}: {exc}"
seconds = time.perf_counter() - start
peak = hwm()
print(f"{seconds:.2f}\t{peak / 1024:.0f}\t{base / 1024:.0f}\t{outcome}")
"""


def build(case: str) -> bytes:
    """The hostile bytes of one case."""
    from tests.documents import hostile_docx as h

    return {
        "many": lambda: h.many_paragraphs_docx(34_000),
        "bigtext": lambda: h.big_text_docx(96),
        "markup": lambda: h.markup_only_docx(96),
        "runs": lambda: h.empty_runs_docx(96),
        "lying": lambda: h.lie_about_size(h.zeros_docx(200)),
        "members": lambda: h.many_members_docx(5_001),
    }[case]()


def run_case(case: str, root: Path, timeout: float) -> dict:
    """Generate, write to a tmp file, read in a child; seconds, peak RSS (MB) and the outcome."""
    data = build(case)
    with tempfile.NamedTemporaryFile(suffix=".docx", delete=False) as handle:
        handle.write(data)
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False"}
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", _CHILD, str(root), handle.name], capture_output=True,
                              text=True, timeout=timeout, env=env)
        fields = done.stdout.strip().split("\t", 3) if done.stdout else ["", "", "", done.stderr[-300:]]
        seconds, peak, base, outcome = fields
        row = {"seconds": float(seconds or "nan"), "peak_rss_mb": float(peak or "nan"),
               "rss_before_mb": float(base or "nan"), "outcome": outcome}
    except subprocess.TimeoutExpired:
        row = {"seconds": None, "peak_rss_mb": None, "outcome": f"still reading after {timeout:.0f} s (killed)",
               "wall": round(time.perf_counter() - start, 1)}
    finally:
        os.unlink(handle.name)
    return {"case": case, "file_mb": round(len(data) / 1e6, 2), **row}


def main() -> None:
    """Run the chosen cases and print one line (or one JSON object) each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    print(f"# {platform.machine()} {os.cpu_count()} cpus, load {os.getloadavg()[0]:.1f}, root {args.root}",
          file=sys.stderr)
    for case in args.cases.split(","):
        row = run_case(case, args.root, args.timeout)
        line = f"{case:8} {row['file_mb']:>6} MB  {row['seconds']} s  peak {row['peak_rss_mb']} MB  {row['outcome'][:160]}"
        print(json.dumps(row) if args.json else line, flush=True)


if __name__ == "__main__":
    main()
