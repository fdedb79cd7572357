"""one_blas_thread: numpy's BLAS runs on one thread inside the block and gets its thread count back after."""

from __future__ import annotations

import numpy as np
from threadpoolctl import threadpool_info, threadpool_limits

from core.skills.threads import one_blas_thread


def _blas_threads() -> set[int]:
    """Thread counts of numpy's own BLAS (other libraries, e.g. torch's, may be loaded by other tests)."""
    return {pool["num_threads"] for pool in threadpool_info()
            if pool["user_api"] == "blas" and "numpy" in pool["filepath"]}


def test_blas_runs_on_one_thread_inside_the_block_only():
    np.ones((2, 2)) @ np.ones((2, 2))  # numpy's BLAS is loaded
    with threadpool_limits(limits=2, user_api="blas"):  # whatever the environment set
        assert _blas_threads() == {2}
        with one_blas_thread():
            assert _blas_threads() == {1}
        assert _blas_threads() == {2}
