"""The cyclic garbage collector paused for bulk work (an import of 10,000s of rows)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """An import makes ~100,000 objects (rows, cards, reports, parameter rows) that hold
    no cycles and all live until it ends: the cyclic collector would walk them, and the
    rest of the heap, again and again and free nothing. Reference counting still frees.
    The collector's previous state is restored however the block ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
