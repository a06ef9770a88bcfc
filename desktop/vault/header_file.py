"""`vault.keys` on disk: atomic replacement, a `.bak` of the previous version,
and falling back to it (and saying so) when the header is damaged.

Write order: new header → temp file in the same folder → fsync → the version
being replaced → `.bak` (same way) → rename temp over `vault.keys` → fsync
the folder. A failure at any step (disk full, I/O error) leaves the current
`vault.keys` untouched, so the vault still opens with it."""

from __future__ import annotations

import contextlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from desktop.vault.errors import HeaderCorrupt, VaultNotFound
from desktop.vault.header import VaultHeader, parse_header

HEADER_NAME = "vault.keys"
BACKUP_NAME = "vault.keys.bak"


@dataclass(frozen=True)
class LoadedHeader:
    header: VaultHeader
    fell_back: bool  # True: vault.keys was unusable and vault.keys.bak was used
    problem: str | None  # why vault.keys was unusable


class HeaderFile:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / HEADER_NAME
        self.backup_path = data_dir / BACKUP_NAME

    def exists(self) -> bool:
        return self.path.exists() or self.backup_path.exists()

    def load(self) -> LoadedHeader:
        if not self.exists():
            raise VaultNotFound(str(self.data_dir))
        problem = _read_problem(self.path)
        if problem is None:
            return LoadedHeader(parse_header(self.path.read_bytes()), False, None)
        backup_problem = _read_problem(self.backup_path)
        if backup_problem is None:
            return LoadedHeader(parse_header(self.backup_path.read_bytes()), True, problem)
        raise HeaderCorrupt(problem, backup_problem)

    def save(self, header: VaultHeader) -> None:
        """Replace vault.keys with ``header``; the version replaced (if it still
        parses — a damaged one never overwrites a good backup) becomes .bak."""
        current = self.path.read_bytes() if self.path.exists() else None
        if current is not None and _parse_problem(current) is None:
            _atomic_write(self.backup_path, current)
        _atomic_write(self.path, header.to_bytes())


def _read_problem(path: Path) -> str | None:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return "missing"
    except OSError as exc:
        return f"unreadable ({exc.strerror})"
    return _parse_problem(data)


def _parse_problem(data: bytes) -> str | None:
    try:
        parse_header(data)
    except ValueError as exc:
        return str(exc)
    return None


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
