"""numpy's BLAS on one thread for a block: the extractor's matmuls are small, so extra BLAS threads only spin."""

from __future__ import annotations

_CONTROLLER: list = []  # the process's threadpoolctl controller, made on first use (inspecting libraries: ~1 ms)


def one_blas_thread():
    """Context manager limiting numpy's BLAS to one thread inside the block (about 8 µs to enter and leave)."""
    if not _CONTROLLER:
        from threadpoolctl import ThreadpoolController

        _CONTROLLER.append(ThreadpoolController())
    return _CONTROLLER[0].limit(limits=1, user_api="blas")
