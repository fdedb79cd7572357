"""Build workers exit when the process that started the pool dies (issue 24: kill -9 of `core demo` left two
extraction workers of ~750 MB running for minutes). The wait below is a liveness bound, not a speed target."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PARENT = """
import time
from core.config import Settings
from core.ingest.pool import ComputePool
from core.skills.extract import make_extractor
from core.taxonomy.load import load_taxonomy

settings = Settings.from_env()
pool = ComputePool(settings, 2).start(make_extractor(load_taxonomy(settings.taxonomy_dir)))
assert len(pool.extract_many(["Python and SQL", "Docker", "Go", "Rust"], "job")) == 4  # spawned on demand
print(" ".join(str(pid) for pid in pool._executor._processes), flush=True)
time.sleep(600)
"""


def alive(pid: int) -> bool:
    """True while the process runs (a zombie waiting for its new parent to reap it counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads process states from /proc")
def test_workers_exit_when_their_parent_is_killed(tmp_path):
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False",
           "SKILLGAP_DATA_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    parent = subprocess.Popen([sys.executable, "-c", PARENT], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    workers: list[int] = []
    try:
        ready, _, _ = select.select([parent.stdout], [], [], 180)
        assert ready, "the pool did not start"
        workers = [int(pid) for pid in parent.stdout.readline().split()]
        assert 1 <= len(workers) <= 2 and all(alive(pid) for pid in workers)
        parent.send_signal(signal.SIGKILL)
        parent.wait(30)
        deadline = time.monotonic() + 15
        while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [pid for pid in workers if alive(pid)], "workers outlived their parent"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait(30)
        for pid in workers:  # only the workers this test started
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
