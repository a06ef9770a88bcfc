"""Putting a backup in place (DESIGN.md §10): an explicit act, into an empty folder
only, each file checked against the manifest as it is copied. Nothing can be
recorded without a key, so the folder gets a note the next keyholder unlock turns
into the audit record (desktop/vault/restore_marker.py). On a replacement machine
the vault then opens with the recovery code (vault recover); a backup older than
what the cards remember opens once the chief's card accepts it (unlock with
``accept_restored``)."""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from desktop.audit.canonical import format_time
from desktop.backup.checks import read_header_copy
from desktop.backup.errors import BackupDamaged, RestoreTargetNotEmpty
from desktop.backup.manifest import HEADER_FILE, Manifest
from desktop.backup.medium import (
    CHUNK,
    ByteProgress,
    check_files,
    fsync_dir,
    medium_error,
    write_file,
)
from desktop.ports import Clock
from desktop.vault.restore_marker import MARKER_NAME, RestoreNote

STAGING_SUFFIX = ".restoring"


def restore(backup: Path, target: Path, clock: Clock,
            progress: ByteProgress | None = None, *,
            checking: ByteProgress | None = None) -> Manifest:
    """Copy the backup in ``backup`` into ``target`` (new or empty). Raises
    BackupNotFound, BackupDamaged, RestoreTargetNotEmpty, MediumLost/Full/ReadOnly;
    on any failure the files already put into ``target`` are removed again.
    ``checking`` reports the bytes hashed against the manifest before anything is
    copied, ``progress`` those copied."""
    _clear_interrupted(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise RestoreTargetNotEmpty(str(target))
    manifest = check_files(backup, checking)
    created = not target.exists()
    placed: list[Path] = []
    try:
        target.mkdir(parents=True, exist_ok=True)
        # Every file is staged (copied, fsynced, checked) before any is put in place,
        # and the key file goes last: an interrupted restore leaves no vault.keys, so
        # the app never takes a half-restored folder for a vault (vault_exists), and
        # its staged files are cleared by the next restore.
        done, total = 0, manifest.size
        staged: list[tuple[Path, Path]] = []
        for name, entry in manifest.files:
            staging = _staging(target, name)
            placed.append(staging)
            digest = _copy(backup / name, staging, progress, done, total)
            if digest != entry.sha256:
                raise BackupDamaged(name, "changed while it was read")
            staged.append((staging, target / name))
            done += entry.size
        # The manifest is not signed: the key file copied must be of the vault it
        # names (the one the person checked), not another vault's under its label.
        keys = _staging(target, HEADER_FILE)
        if read_header_copy(keys.parent, keys.name).vault_id != manifest.vault_id:
            raise BackupDamaged(HEADER_FILE, "of another vault than its manifest names")
        note = RestoreNote(backup.name, manifest.created_at, manifest.audit_head,
                           format_time(clock.now()))
        staging = _staging(target, MARKER_NAME)
        placed.append(staging)
        write_file(staging, note.to_bytes())
        staged.append((staging, target / MARKER_NAME))
        staged.sort(key=lambda pair: pair[1].name == HEADER_FILE)
        for staging, final in staged:
            os.replace(staging, final)
            placed.append(final)
        fsync_dir(target)
    except OSError as exc:
        _undo(placed, target if created else None)
        raise medium_error(exc, target) from None
    except BaseException:
        _undo(placed, target if created else None)
        raise
    return manifest


def _staging(target: Path, name: str) -> Path:
    return target / f".{name}{STAGING_SUFFIX}"


def _clear_interrupted(target: Path) -> None:
    """Remove the staged files a restore killed before its end left behind (ours by
    name); anything else in the folder still makes it "not empty"."""
    if target.is_dir():
        for path in target.iterdir():
            if path.name.startswith(".") and path.name.endswith(STAGING_SUFFIX):
                with contextlib.suppress(OSError):
                    path.unlink()


def _undo(placed: list[Path], made: Path | None) -> None:
    for path in placed:
        with contextlib.suppress(OSError):
            path.unlink()
    if made is not None:
        with contextlib.suppress(OSError):
            made.rmdir()


def _copy(source: Path, target: Path, progress: ByteProgress | None, done: int,
          total: int) -> str:
    digest = hashlib.sha256()
    with source.open("rb") as src, target.open("xb") as dst:
        while chunk := src.read(CHUNK):
            dst.write(chunk)
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
        dst.flush()
        os.fsync(dst.fileno())
    return digest.hexdigest()
