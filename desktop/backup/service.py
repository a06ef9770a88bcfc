"""Backups of an unlocked vault (DESIGN.md §10), for ui/ and leadvault-admin alike.

Writing order, so that nothing half-written ever passes for a backup: the files go
into a hidden ``.NAME.partial`` folder on the medium (the header first, so the head
it names is in the database copied after it), each fsynced; the database copy's
SHA-256 and page HMACs are taken as it is read back in the copying pass
(db.checked_copy); the copy is reopened and checked against its manifest and with
the vault's key (the chain, its checkpoints, the head); the folder is renamed to its
final name, and only then is the manifest written into it (fsynced): a folder
without a manifest is not a backup. Any failure removes what was written, and the
vault's own files are only read (its WAL is moved into the file first)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop.audit.canonical import format_time, parse_time
from desktop.backup import checks
from desktop.backup.errors import (
    BackupCheckFailed,
    BackupDamaged,
    BackupError,
    BackupOfAnotherVault,
    MediumFull,
    MediumLost,
    MediumReadOnly,
)
from desktop.backup.manifest import (
    DB_FILE,
    GRANTS_FILE,
    HEADER_FILE,
    MANIFEST_NAME,
    FileEntry,
    Manifest,
)
from desktop.backup.medium import (
    check_files,
    fsync_dir,
    medium_error,
    remove_partial,
    sha256_file,
    write_file,
)
from desktop.domain.audit import Details
from desktop.domain.storage import StorageError
from desktop.policy import Action, NotPermitted, allowed
from desktop.ports import Clock, StoreFactory
from desktop.vault import checkpoints
from desktop.vault.session import Session

# (stage, done, total): stage "copy" then "check", in bytes.
Progress = Callable[[str, int, int], None]
PREFIX = "leadvault-backup-"
REMINDER_SETTING = "backup.reminder_days"
DEFAULT_REMINDER_DAYS = 7
CREATED = "backup.create"


def _quiet(_stage: str, _done: int, _total: int) -> None:
    return None


@dataclass(frozen=True)
class BackupResult:
    folder: Path
    manifest: Manifest


@dataclass(frozen=True)
class BackupStatus:
    """For the clerk's home screen: the last backup and whether it is overdue."""

    last_at: datetime | None
    interval_days: int
    overdue: bool


class Backups:
    """Create and verify backups of a session's vault; read the reminder state."""

    def __init__(self, stores: StoreFactory, clock: Clock) -> None:
        self._stores = stores
        self._clock = clock

    # ------------------------------------------------------------------ create

    def create(self, session: Session, medium: Path, progress: Progress = _quiet
               ) -> BackupResult:
        _require(session)
        now = self._clock.now()
        name = PREFIX + now.strftime("%Y%m%d-%H%M%S")
        final, partial = medium / name, medium / f".{name}.partial"
        made: list[Path] = []  # only what this backup created is removed on failure
        try:
            manifest = self._write(session, medium, partial, final, now, progress, made)
        except BackupError as exc:
            for folder in made:
                remove_partial(folder)
            self._record(session, "backup.failed", {"reason": _reason(exc)})
            raise
        except BaseException:
            for folder in made:
                remove_partial(folder)
            raise
        self._record(session, CREATED, {
            "backup": name, "bytes": manifest.size, "head": manifest.head_seq,
            "grants": manifest.entry(GRANTS_FILE) is not None})
        return BackupResult(final, manifest)

    def _write(self, session: Session, medium: Path, partial: Path, final: Path,
               now: datetime, progress: Progress, made: list[Path]) -> Manifest:
        if not medium.is_dir():
            raise MediumLost(str(medium), "no such folder")
        data = session.data_dir
        grants = data / GRANTS_FILE
        try:
            if final.exists():
                raise MediumLost(str(medium), f"{final.name} exists already")
            for stale in medium.glob(f".{PREFIX}*.partial"):  # left by a killed backup
                remove_partial(stale)
            partial.mkdir()
            made.append(partial)
            header = (data / HEADER_FILE).read_bytes()
            total = len(header) + session.store.path.stat().st_size + (
                grants.stat().st_size if grants.is_file() else 0)
            progress("copy", 0, total)
            write_file(partial / HEADER_FILE, header)
            files = {HEADER_FILE: FileEntry(hashlib.sha256(header).hexdigest(), len(header))}
            with session.store.reading() as tx:
                head = tx.audit_records.head()
                last = checkpoints.last_checkpoint(tx)
            try:
                # One pass copies the database and reads the copy back once for its
                # SHA-256 and its pages' HMACs (every page, or those written since the
                # session's whole-file check or last backup authenticated them all).
                copied = session.store.snapshot(
                    partial / DB_FILE, bytes(session.keys.dek),
                    lambda done, _: progress("copy", len(header) + done, total))
                if copied.problems:
                    raise BackupCheckFailed(tuple(
                        f"the database copy: {p}" for p in copied.problems[:3]))
                files[DB_FILE] = FileEntry(copied.sha256, copied.size)
                if grants.is_file():
                    self._stores.copy_plain(grants, partial / GRANTS_FILE)
                    files[GRANTS_FILE] = FileEntry(sha256_file(partial / GRANTS_FILE),
                                                   (partial / GRANTS_FILE).stat().st_size)
            except StorageError as exc:
                cause = exc.__cause__ or exc.__context__
                if isinstance(cause, OSError):
                    raise cause from None
                raise MediumLost(str(medium), str(exc)[:200]) from None
            fsync_dir(partial)
            manifest = Manifest(
                session.vault_id, format_time(now), f"{head.seq}:{head.hash}",
                f"{last.record.seq}:{last.record.hash}" if last else "",
                tuple(sorted(files.items())))
            size = manifest.size
            # The database copy's hash and pages were taken from the copy as it was
            # read back: reading it again here would only read the same page cache.
            check_files(partial, lambda done, _: progress("check", done, size),
                        manifest=manifest, unhashed=(DB_FILE,))
            self._check_contents(session, partial, manifest)
            os.rename(partial, final)
            made[:] = [final]
            fsync_dir(medium)
            write_file(final / MANIFEST_NAME, manifest.to_bytes())  # the backup is done
            fsync_dir(final)
            progress("check", size, size)
            return manifest
        except OSError as exc:
            raise medium_error(exc, medium) from None

    def _check_contents(self, session: Session, folder: Path, manifest: Manifest) -> None:
        header = checks.read_header_copy(folder)
        checks.check_vault(manifest, header, session.vault_id)
        checks.check_contents(folder, manifest, header, session, self._stores,
                              pages_checked=True)

    # ------------------------------------------------------------------ verify

    def verify(self, session: Session, folder: Path, progress: Progress = _quiet) -> Manifest:
        """The backup in ``folder`` against its manifest, then with this vault's key
        (a backup made before the key was last renewed is checked against its
        manifest only: the current key does not open it). Audited either way."""
        _require(session)
        try:
            manifest = check_files(folder, lambda done, total: progress("check", done, total))
            header = checks.read_header_copy(folder)
            checks.check_vault(manifest, header, session.vault_id)
            with_key = header.dek_generation == _current_generation(session)
            if with_key:
                checks.check_contents(folder, manifest, header, session, self._stores)
        except BackupError as exc:
            self._record(session, "backup.verify", {
                "backup": folder.name, "ok": False, "reason": _reason(exc)})
            raise
        self._record(session, "backup.verify", {
            "backup": folder.name, "ok": True, "head": manifest.head_seq,
            "with_key": with_key})
        return manifest

    # ------------------------------------------------------------------ reminder

    def status(self, session: Session) -> BackupStatus:
        with session.store.reading() as tx:
            record = tx.audit_records.last_of(CREATED)
            days = _days(tx.settings.get(REMINDER_SETTING))
        last = parse_time(record.time) if record is not None else None
        now = self._clock.now()
        overdue = last is None or now - last > timedelta(days=days)
        return BackupStatus(last, days, overdue)

    def set_reminder_days(self, session: Session, days: int) -> None:
        """The chief's setting: remind the clerk after ``days`` without a backup."""
        if not allowed(session.role, Action.CHANGE_IDLE_TIMEOUT):
            raise NotPermitted(Action.CHANGE_IDLE_TIMEOUT, session.role)
        if not 1 <= days <= 90:
            raise ValueError("the reminder interval is 1 to 90 days")
        with session.store.transaction() as tx:
            tx.settings.set(REMINDER_SETTING, str(days))
            tx.audit.append(session.actor, "settings.change", REMINDER_SETTING,
                            {"value": days})

    def _record(self, session: Session, action: str, details: Details) -> None:
        with session.store.transaction() as tx:
            tx.audit.append(session.actor, action, f"vault:{session.vault_id}", details)


def _require(session: Session) -> None:
    if not allowed(session.role, Action.BACKUP):
        raise NotPermitted(Action.BACKUP, session.role)


def _current_generation(session: Session) -> int:
    from desktop.vault.header_file import HeaderFile

    return HeaderFile(session.data_dir).load().header.dek_generation


def _days(value: str | None) -> int:
    if value is None or not value.isdigit() or not 1 <= int(value) <= 90:
        return DEFAULT_REMINDER_DAYS
    return int(value)


_REASONS: tuple[tuple[type[BackupError], str], ...] = (
    (MediumFull, "medium-full"), (MediumReadOnly, "read-only"), (MediumLost, "medium-lost"),
    (BackupDamaged, "damaged"), (BackupOfAnotherVault, "another-vault"),
    (BackupCheckFailed, "check-failed"),
)


def _reason(exc: BackupError) -> str:
    """A short code for the audit record (no path, no content)."""
    return next((code for kind, code in _REASONS if isinstance(exc, kind)), "not-a-backup")
