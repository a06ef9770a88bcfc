"""Which pages of the main file were written since every page was last authenticated
(issue 13: a backup then checks those pages only, not the whole file again).

The main file changes only at a checkpoint, which copies committed WAL frames into
it. Every committed frame is read here (its page number) right after the statement
that committed it, before a later write can restart the WAL and overwrite it, so
``dirty`` holds every page any checkpoint may have written since tracking started —
a superset (uncommitted or repeated frames only add pages to check).

What this does not see: damage to the file by anything but this connection (bit rot,
another process). A page not written since it was authenticated is not read again
until the next whole-file pass or ``backup verify``, which would find it; that is
the window reusing a completed check accepts. Nothing here reaches disk."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

WAL_HEADER = 32
FRAME_HEADER = 24


def key_id(page_key: bytes) -> bytes:
    """Which key authenticated the pages, without keeping the key itself."""
    return hashlib.sha256(b"leadvault page ledger\0" + page_key).digest()


class PageLedger:
    """The pages written since ``start()``, and whether every page of the main file as
    it was then has been authenticated under ``key``."""

    def __init__(self, wal: Path, key: bytes) -> None:
        self.key = key
        self.verified = False
        self.dirty: set[int] = set()
        self._wal = wal
        self._salts = b""
        self._next = 0  # frame index after the last commit frame read

    def start(self) -> None:
        """Track from now: call right after a checkpoint that emptied the WAL."""
        self.verified = False
        self.dirty = set()
        self._salts = b""
        self._next = 0
        self.scan()

    def scan(self) -> None:
        """Read the frames committed since the last scan (call after every commit)."""
        # Raw os calls: this runs after every statement outside a transaction.
        try:
            fd = os.open(self._wal, os.O_RDONLY)
        except FileNotFoundError:
            return
        try:
            header = os.pread(fd, WAL_HEADER, 0)
            if len(header) < WAL_HEADER:
                return  # empty (truncated) WAL: no frame since
            page_size = int.from_bytes(header[8:12], "big")
            salts = header[16:24]
            if salts != self._salts:  # the WAL restarted: its frames are all new
                self._salts, self._next = salts, 0
            index = self._next
            while len(frame := os.pread(fd, FRAME_HEADER, _frame_at(index, page_size))
                      ) == FRAME_HEADER and frame[8:16] == salts:  # else: an older frame
                self.dirty.add(int.from_bytes(frame[0:4], "big"))
                index += 1
                if frame[4:8] != b"\0\0\0\0":  # a commit frame
                    self._next = index
        finally:
            os.close(fd)


def _frame_at(index: int, page_size: int) -> int:
    return WAL_HEADER + index * (FRAME_HEADER + page_size)
