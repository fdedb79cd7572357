"""Counting executed lines under a directory: work measured without clocks, for the linear-growth tests."""

from __future__ import annotations

import sys
from typing import Callable, TypeVar

T = TypeVar("T")


def count_lines(directory: str, run: Callable[[], T]) -> tuple[T, int]:
    """(what `run` returned, line events executed in files under `directory` while it ran)."""
    lines = 0

    def tracer(frame, event, arg):
        nonlocal lines
        if not frame.f_code.co_filename.startswith(directory):
            return None
        lines += event == "line"
        return tracer

    sys.settrace(tracer)
    try:
        return run(), lines
    finally:
        sys.settrace(None)
