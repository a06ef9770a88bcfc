"""Random bytes for a bulk import, drawn from the OS in blocks."""

from __future__ import annotations

import os
from collections.abc import Callable

Random = Callable[[int], bytes]  # n -> n random bytes, as os.urandom
BLOCK = 64 * 1024


class RandomPool:
    """os.urandom in 64 KiB blocks, handed out in slices, each byte once: an import
    takes ~4 small values a row (lead key, nonces, pseudonym code), and one system call
    each cost three times what slicing does. Made for one import and dropped with it."""

    __slots__ = ("_block", "_position")

    def __init__(self) -> None:
        self._block = b""
        self._position = 0

    def take(self, size: int) -> bytes:
        start = self._position
        end = start + size
        block = self._block
        if end > len(block):
            block = self._block = os.urandom(max(BLOCK, size))
            start, end = 0, size
        self._position = end
        return block[start:end]
