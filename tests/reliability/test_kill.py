"""A real `python -m core ingest big.csv` killed with SIGKILL after it committed some batches, then rerun:
no posting lost, none duplicated, no half-written batch, exact counts. (tests/ingest/test_pipeline.py simulates
a crash in-process with a BaseException; this is the real process and the real extractor.)
"""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ROWS = 2000
BATCH = 20
SKILLS = ["Python", "SQL", "Spark", "Kubernetes", "React", "Excel", "Airflow", "AWS", "Docker", "Java", "Tableau"]
POLL_S = 0.02
GIVE_UP_S = 600  # a safety net for a wedged child, never an assertion


def write_csv(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["job_id", "title", "company", "location", "description"])
        for i in range(rows):
            a, b, c, d = (SKILLS[(i + k * 3) % len(SKILLS)] for k in range(4))
            writer.writerow([f"k{i}", f"Data Engineer {i}", f"Company {i % 37}", "Pune, India",
                             f"Posting {i}. Requirements: {a} and {b} in production; {c} pipelines. "
                             f"Nice to have: {d}."])


def count(db: Path, sql: str) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
        try:
            return int(conn.execute(sql).fetchone()[0])
        except sqlite3.OperationalError:  # the schema is not there yet
            return 0


def cli(data_dir: Path, *args: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(SKILLGAP_DATA_DIR=str(data_dir), HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", PYTHONPATH=str(ROOT))
    return [sys.executable, "-m", "core", "ingest", "--no-index", *args], env


def test_sigkill_mid_ingest_then_rerun_is_exact(tmp_path):
    data_dir, big = tmp_path / "data", tmp_path / "big.csv"
    write_csv(big, ROWS)
    db = data_dir / "skillgap.db"
    argv, env = cli(data_dir, str(big), "--batch-size", str(BATCH), "--json")
    child = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + GIVE_UP_S
    try:
        while db.exists() is False or count(db, "SELECT count(*) FROM jobposting") < 3 * BATCH:
            assert child.poll() is None, f"ingest ended before it could be killed: {child.stderr.read()[-2000:]}"
            assert time.monotonic() < deadline, "no batch committed in time"
            time.sleep(POLL_S)
        child.send_signal(signal.SIGKILL)
        child.wait()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    committed = count(db, "SELECT count(*) FROM jobposting")
    assert 0 < committed < ROWS
    assert committed % BATCH == 0  # whole batches only: nothing half-written
    assert count(db, "SELECT count(*) FROM jobskill WHERE posting_id NOT IN (SELECT id FROM jobposting)") == 0
    killed_run = count(db, "SELECT count(*) FROM processingrun WHERE status = 'running'")
    assert killed_run == 1  # nobody could mark it: the killed run stays "running"

    rerun = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=GIVE_UP_S)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    summary = json.loads(rerun.stdout.strip().splitlines()[-1])
    assert (summary["added"], summary["duplicates"], summary["failed"]) == (ROWS - committed, committed, 0)
    assert count(db, "SELECT count(*) FROM jobposting") == ROWS
    assert count(db, "SELECT count(DISTINCT external_id) FROM jobposting") == ROWS
    assert count(db, "SELECT count(*) FROM (SELECT posting_id, skill_id, name FROM jobskill "
                     "GROUP BY posting_id, skill_id, name HAVING count(*) > 1)") == 0
    assert count(db, "SELECT count(*) FROM jobposting WHERE id NOT IN (SELECT posting_id FROM jobskill)") == 0
    assert count(db, "SELECT count(*) FROM deadletter") == 0
    # At most the one text being extracted at the kill is left as a "running" cache row (reclaimed after 10 min).
    assert count(db, "SELECT count(*) FROM documentextraction WHERE status = 'running'") <= 1

    third = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=GIVE_UP_S)
    assert json.loads(third.stdout.strip().splitlines()[-1])["added"] == 0
    assert count(db, "SELECT count(*) FROM jobposting") == ROWS


@pytest.fixture(autouse=True)
def _posix_only():
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("SIGKILL needs a POSIX system")
