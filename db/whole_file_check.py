"""The whole-file checks in slices (issue 14): every page's HMAC, then SQLite's
quick_check one table at a time.

Unlock checks only what it reads; these checks run after it, a slice per job on the
session's worker, so other work interleaves and unlock does not grow with the file.
The HMACs are checked here in Python, from the file itself (not the page cache),
exactly as SQLCipher 4's cipher_integrity_check does: HMAC-SHA512 over the page's
ciphertext and IV followed by the page number (little-endian), under a key derived
from the raw DEK and the file's salt (PBKDF2-HMAC-SHA512, 2 rounds, salt ^ 0x3a).
A slice can be run between any two transactions: the main file only changes at a
checkpoint, which writes whole pages synchronously on the same thread."""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path
from typing import Protocol

PAGE = 4096  # SQLCipher 4's defaults: page size, reserved bytes (IV + HMAC)
SALT = 16
MAC = 64
HMAC_SALT_MASK = 0x3A
HMAC_KDF_ROUNDS = 2
SLICE_PAGES = 4096  # 16 MB per slice: tens of ms, so other jobs wait little
# SQLite never writes the page holding byte 2**30 (its lock byte): in a file over 1 GB
# it is a hole of zeros, and cipher_integrity_check skips it too.
PENDING_BYTE_PAGE = 2**30 // PAGE + 1


def _page_key(dek: bytes, salt: bytes) -> bytes:
    hmac_salt = bytes(b ^ HMAC_SALT_MASK for b in salt)
    return hashlib.pbkdf2_hmac("sha512", dek, hmac_salt, HMAC_KDF_ROUNDS, len(dek))


def page_key(dek: bytes, salt: bytes) -> bytes:
    """The key of every page's HMAC (``salt``: the file's first 16 bytes)."""
    return _page_key(dek, salt)


class PageMac:
    """Checks pages' HMACs under one key (the keyed state is set up once, then copied
    for each page: about half again as fast as a one-shot HMAC per page)."""

    def __init__(self, key: bytes) -> None:
        self._keyed = hmac.new(key, digestmod="sha512")

    def ok(self, page: memoryview, number: int) -> bool:
        """Whether page ``number`` (1-based; its PAGE bytes) authenticates."""
        if number == PENDING_BYTE_PAGE:
            return True
        mac = self._keyed.copy()
        mac.update(page[SALT if number == 1 else 0 : PAGE - MAC])
        mac.update(number.to_bytes(4, "little"))
        return hmac.compare_digest(mac.digest(), page[PAGE - MAC :])


def page_problems(path: Path, key: bytes, first: int, count: int) -> list[str]:
    """Pages first..first+count-1 (1-based) whose HMAC does not verify."""
    problems: list[str] = []
    with path.open("rb") as file:
        file.seek((first - 1) * PAGE)
        data = file.read(count * PAGE)
    view = memoryview(data)
    whole = len(data) // PAGE
    mac = PageMac(key)
    for index in range(whole):
        number = first + index
        if not mac.ok(view[index * PAGE : (index + 1) * PAGE], number):
            problems.append(f"HMAC verification failed for page {number}")
    if whole < count:
        problems.append(f"the file ends at page {first + whole - 1}, expected {first + count - 1}")
    return problems


class CheckedFile(Protocol):
    """What the checks need of db.connection.Database (named here, not imported: the
    connection imports this module)."""

    @property
    def path(self) -> Path: ...

    def checkpoint(self) -> None: ...

    def table_names(self) -> list[str]: ...

    def quick_check(self, table: str) -> tuple[str, ...]: ...

    def track_pages(self, key: bytes) -> None: ...

    def pages_verified(self, key: bytes) -> None: ...

    def forget_pages(self) -> None: ...


class WholeFileCheck:
    """One pass of the whole-file checks. ``step()`` runs the next slice and returns
    its problems (() when healthy); ``done`` and ``fraction`` say how far it is."""

    def __init__(self, db: CheckedFile, dek: bytes) -> None:
        self._db = db
        self._key: bytes | None = None
        self._dek: bytes | None = dek  # dropped once the page key is derived
        self._pages = 0
        self._next_page = 1
        self._tables: list[str] = []
        self._next_table = 0
        self._planned = False

    @property
    def done(self) -> bool:
        return (
            self._planned
            and self._next_page > self._pages
            and self._next_table >= len(self._tables)
        )

    @property
    def fraction(self) -> float:
        if not self._planned:
            return 0.0
        # Pages and tables weigh about the same (both read the whole file once).
        pages = (self._next_page - 1) / self._pages if self._pages else 1.0
        tables = self._next_table / len(self._tables) if self._tables else 1.0
        return 0.5 * pages + 0.5 * tables

    def step(self) -> tuple[str, ...]:
        if not self._planned:
            return self._plan()
        if self._next_page <= self._pages:
            assert self._key is not None
            count = min(SLICE_PAGES, self._pages - self._next_page + 1)
            problems = page_problems(self._db.path, self._key, self._next_page, count)
            self._next_page += count
            if problems:
                self._db.forget_pages()
            elif self._next_page > self._pages:  # every page authenticated
                self._db.pages_verified(self._key)
            return tuple(problems)
        if self._next_table < len(self._tables):
            table = self._tables[self._next_table]
            self._next_table += 1
            return self._db.quick_check(table)
        return ()

    def run(self) -> tuple[str, ...]:
        """Every remaining slice; stops at the first problem."""
        while not self.done:
            problems = self.step()
            if problems:
                return problems
        return ()

    def _plan(self) -> tuple[str, ...]:
        # The main file is checked, so the WAL goes into it first (as SQLCipher does).
        self._db.checkpoint()
        size = self._db.path.stat().st_size
        self._planned = True
        if size % PAGE:
            self._tables = []
            return (f"file size {size} is not a whole number of pages",)
        self._pages = size // PAGE
        if self._pages:
            with self._db.path.open("rb") as file:
                salt = file.read(SALT)
            assert self._dek is not None
            self._key = _page_key(self._dek, salt)
            # A backup after this pass checks only the pages written from now on.
            self._db.track_pages(self._key)
        self._dek = None
        self._tables = self._db.table_names()
        return ()
