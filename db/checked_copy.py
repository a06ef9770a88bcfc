"""A backup's copy of the database in one pass (issue 13): the kernel copies the file
(copy_file_range, else sendfile, else read/write: no pass through Python buffers,
nothing decrypted or re-encrypted), and each piece of the written copy is read back
behind it for the manifest's SHA-256 and the pages' HMACs (db.whole_file_check's
format). So the hash and the checks are of the bytes the copy holds, read once; one
fsync at the end, which overlaps the hashing of the last pieces."""

from __future__ import annotations

import errno
import hashlib
import os
import queue
import threading
from collections.abc import Callable, Collection
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from db.whole_file_check import PAGE, PageMac

PIECE = 16 * 1024 * 1024  # a multiple of PAGE
# copy_file_range refuses some pairs of files (another file system, old kernels):
# sendfile copies in the kernel too; read/write is the last resort.
_UNSUPPORTED = {errno.EXDEV, errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP}


@dataclass(frozen=True)
class CopyResult:
    sha256: str
    size: int
    pages_checked: int
    problems: tuple[str, ...]


def copy_checked(source: Path, target: Path, key: bytes, only: Collection[int] | None,
                 progress: Callable[[int, int], None]) -> CopyResult:
    """Copy ``source`` to a new ``target``, fsynced; the copy's SHA-256, and the HMAC
    of each of its pages (``only``: of those page numbers only) under ``key``."""
    size = source.stat().st_size
    digest = hashlib.sha256()
    problems: list[str] = []
    checked = 0
    pieces: queue.Queue[tuple[int, int] | None] = queue.Queue()
    stop = threading.Event()
    mac = PageMac(key)
    fi = os.open(source, os.O_RDONLY)
    try:
        fo = os.open(target, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with ThreadPoolExecutor(2) as threads:
                copying = threads.submit(_copy, fi, fo, size, pieces, stop)
                # Two buffers: a piece is read back and its pages checked while the
                # previous one is hashed (hashlib lets go of the GIL). pread, not mmap:
                # a medium pulled out must read as EIO (MediumLost), not SIGBUS.
                buffers = (bytearray(PIECE), bytearray(PIECE))
                hashing: Future[None] | None = None
                try:
                    while (piece := pieces.get()) is not None:
                        offset, length = piece
                        view = memoryview(buffers[offset // PIECE % 2])[:length]
                        if os.preadv(fo, [view], offset) != length:
                            raise OSError(errno.EIO, "the copy reads back short")
                        first = offset // PAGE + 1
                        for index in range(length // PAGE):
                            number = first + index
                            if only is not None and number not in only:
                                continue
                            checked += 1
                            if not mac.ok(view[index * PAGE:(index + 1) * PAGE], number):
                                problems.append(f"HMAC verification failed for page {number}")
                        if hashing is not None:
                            hashing.result()
                        hashing = threads.submit(digest.update, view)
                        progress(offset + length, size)
                finally:
                    stop.set()
                    if hashing is not None:
                        hashing.result()
                copying.result()  # raises what the copy raised (a full medium, ...)
        finally:
            os.close(fo)
    finally:
        os.close(fi)
    if size % PAGE:
        problems.append(f"file size {size} is not a whole number of pages")
    return CopyResult(digest.hexdigest(), size, checked, tuple(problems))


def _copy(fi: int, fo: int, size: int, pieces: queue.Queue[tuple[int, int] | None],
          stop: threading.Event) -> None:
    try:
        method = 0
        for offset in range(0, size, PIECE):
            if stop.is_set():
                return
            length = min(PIECE, size - offset)
            while True:
                try:
                    _METHODS[method](fi, fo, offset, length)
                    break
                except OSError as exc:
                    if exc.errno not in _UNSUPPORTED or method == len(_METHODS) - 1:
                        raise
                    method += 1
            pieces.put((offset, length))
        os.fsync(fo)
    finally:
        pieces.put(None)


def _copy_file_range(fi: int, fo: int, offset: int, length: int) -> None:
    done = 0
    while done < length:
        n = os.copy_file_range(fi, fo, length - done, offset + done, offset + done)
        if n == 0:
            raise OSError(errno.EIO, "the database ended while it was copied")
        done += n


def _sendfile(fi: int, fo: int, offset: int, length: int) -> None:
    os.lseek(fo, offset, os.SEEK_SET)
    done = 0
    while done < length:
        n = os.sendfile(fo, fi, offset + done, length - done)
        if n == 0:
            raise OSError(errno.EIO, "the database ended while it was copied")
        done += n


def _read_write(fi: int, fo: int, offset: int, length: int) -> None:
    data = os.pread(fi, length, offset)
    if len(data) != length:
        raise OSError(errno.EIO, "the database ended while it was copied")
    view = memoryview(data)
    while view:
        view = view[os.pwrite(fo, view, offset + length - len(view)):]


_METHODS = (_copy_file_range, _sendfile, _read_write)
