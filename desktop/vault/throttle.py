"""Slowing down repeated failed unlocks (the count lives in the header).

The first two failures cost nothing extra (typos happen); from the third on,
each attempt waits 1, 2, 4, … seconds, at most MAX_DELAY, before any key
derivation or card command runs."""

from __future__ import annotations

FREE_FAILURES = 2
MAX_DELAY = 30.0


def delay_for(failed_count: int) -> float:
    if failed_count <= FREE_FAILURES:
        return 0.0
    return min(MAX_DELAY, float(2 ** (failed_count - FREE_FAILURES - 1)))
