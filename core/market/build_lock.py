"""An advisory lock file per data dir, so two dashboard processes never build the same demo market at once."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Iterator

LOCK_NAME = ".demo-build.lock"


@contextlib.contextmanager
def data_dir_lock(data_dir: Path) -> Iterator[None]:
    """Hold an exclusive lock on data_dir/.demo-build.lock (blocking); a no-op where fcntl is missing."""
    try:
        import fcntl
    except ImportError:  # not POSIX: the in-process guard still holds
        yield
        return
    data_dir.mkdir(parents=True, exist_ok=True)
    with open(data_dir / LOCK_NAME, "a+") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
