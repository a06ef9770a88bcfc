"""Slowing down repeated failed unlocks (the count lives in the header).

Three attempts in a row cost nothing extra (typos happen); after the third
failure each further attempt first waits 1, 2, 4, … seconds (at most
MAX_DELAY), before any key derivation or card command runs."""

from __future__ import annotations

FREE_FAILURES = 2
MAX_DELAY = 30.0


def delay_for(failed_count: int) -> float:
    """The wait before an attempt, given the failures since the last success."""
    if failed_count <= FREE_FAILURES:
        return 0.0
    return min(MAX_DELAY, float(2 ** (failed_count - FREE_FAILURES - 1)))
