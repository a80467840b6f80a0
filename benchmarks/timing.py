"""Timing helpers shared by the benchmarks: the best of a few runs, and the peak memory."""

from __future__ import annotations

import time
import tracemalloc
from typing import Any


def best(fn: Any, repeat: int = 3) -> float:
    """Return the shortest of ``repeat`` runs of ``fn``, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def peak_memory(fn: Any) -> int:
    """Return the peak of memory traced by tracemalloc while ``fn`` runs (numpy reports to it)."""
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
