"""Files on the removable medium: hashing, fsync, removing a partial backup, and
what an OSError means to the user (full, read-only, gone)."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

from desktop.backup.errors import (
    BackupDamaged,
    BackupError,
    BackupNotFound,
    MediumFull,
    MediumLost,
    MediumReadOnly,
)
from desktop.backup.manifest import KNOWN_FILES, MANIFEST_NAME, Manifest, parse_manifest

CHUNK = 4 * 1024 * 1024
ByteProgress = Callable[[int, int], None]  # (done, total) bytes

_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def medium_error(exc: OSError, medium: Path) -> BackupError:
    """The words-carrying error for an OSError raised while using ``medium``."""
    if exc.errno in _FULL:
        return MediumFull(str(medium))
    if exc.errno in _READ_ONLY:
        return MediumReadOnly(str(medium))
    return MediumLost(str(medium), exc.strerror or type(exc).__name__)


def sha256_file(path: Path, progress: ByteProgress | None = None, done: int = 0,
                total: int = 0) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    return digest.hexdigest()


def write_file(path: Path, data: bytes) -> None:
    """A new file, fsynced."""
    with path.open("xb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_partial(folder: Path) -> None:
    """Best effort: the medium may be gone already."""
    with contextlib.suppress(OSError):
        shutil.rmtree(folder)


def plain_file(path: Path) -> bool:
    """A regular file itself, not a link to one (a backup is what the medium holds)
    nor a pipe or a device (which a read would wait on)."""
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except FileNotFoundError:
        return False


def read_manifest(folder: Path) -> Manifest:
    if not folder.is_dir() or not plain_file(folder / MANIFEST_NAME):
        raise BackupNotFound(str(folder))
    try:
        return parse_manifest((folder / MANIFEST_NAME).read_bytes())
    except OSError as exc:
        raise medium_error(exc, folder) from None


def check_files(folder: Path, progress: ByteProgress | None = None, *,
                manifest: Manifest | None = None, unhashed: tuple[str, ...] = ()
                ) -> Manifest:
    """The folder against its manifest (the one given, before it is written): exactly
    the files it lists, each of its size and SHA-256 (BackupDamaged names the first
    that differs). ``unhashed``: files whose every byte the caller checks otherwise
    (a new backup's database: its pages are authenticated right after)."""
    if manifest is None:
        manifest = read_manifest(folder)
    try:
        present = {p.name for p in folder.iterdir()} - {MANIFEST_NAME}
        listed = {name for name, _ in manifest.files}
        for name in sorted(present - listed):
            raise BackupDamaged(name, "not listed in the manifest" if name in KNOWN_FILES
                                else "a file that does not belong in a backup")
        done, total = 0, manifest.size
        for name, entry in manifest.files:
            path = folder / name
            if not path.exists():
                raise BackupDamaged(name, "missing")
            if not plain_file(path):
                raise BackupDamaged(name, "not a plain file")
            if path.stat().st_size != entry.size:
                raise BackupDamaged(name, "size differs")
            if name not in unhashed and sha256_file(path, progress, done, total
                                                     ) != entry.sha256:
                raise BackupDamaged(name, "SHA-256 differs")
            done += entry.size
    except OSError as exc:
        raise medium_error(exc, folder) from None
    return manifest
