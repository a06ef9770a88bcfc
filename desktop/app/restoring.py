"""Restoring a backup and recovering with the recovery code, for the GUI (DESIGN.md
§2, §10): what `leadvault-admin backup restore` and `vault recover` do, as calls the
set-up wizard and the unlock screen make on the card worker.

A restore goes only into the workstation's data folder, and only when it is empty
(desktop.backup.restore refuses anything else and removes what it had put there when
it fails). Afterwards the folder opens as it did before, unless this computer's
keyring lacks the vault's machine secret (a replacement machine, a reset keyring):
then the chief types the recovery code, which puts the secret back and issues a new
code, shown once. Both acts are recorded: the restore at the next keyholder unlock
(the folder's note), the recovery at once (vault.recover)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from desktop.app.facts import UnitInfo

if TYPE_CHECKING:  # the backup and vault stacks load when a restore or recovery starts
    from desktop.backup.manifest import Manifest
    from desktop.ports import Clock, KeyStore
    from desktop.vault.errors import InvalidRecoveryCode
    from desktop.vault.service import VaultService

# (stage, done, total) in bytes: stage "check" while the backup is hashed against its
# manifest, "copy" while it is put in place.
StageProgress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class BackupFacts:
    """What a backup is, in facts a person can check against the label on the medium."""

    folder: Path
    vault_id: str
    made_at: str  # canonical UTC (desktop.audit.canonical.format_time)
    size: int  # bytes, every file
    audit_head: str  # the short form: first 16 hex digits and the sequence number


@dataclass(frozen=True)
class Restored:
    data_dir: Path
    vault_id: str
    needs_recovery: bool  # this computer's keyring lacks the vault's machine secret


@dataclass(frozen=True)
class Recovered:
    vault_id: str
    unit: UnitInfo
    recovery_code: str = field(repr=False)  # the NEW code: shown once, never stored


class RestorePort(Protocol):
    """Restore and recovery before any unlock. Every call blocks (files, Argon2id,
    the keyring): the GUI runs them on the card worker."""

    @property
    def data_dir(self) -> Path: ...

    def inspect(self, folder: Path) -> BackupFacts:
        """The backup's manifest, and its files present with the listed sizes (their
        SHA-256 is checked as they are restored). Raises BackupNotFound,
        BackupDamaged, MediumLost."""
        ...

    def restore(self, folder: Path, progress: StageProgress) -> Restored:
        """Put the backup into the (empty) data folder. Raises RestoreTargetNotEmpty,
        BackupNotFound, BackupDamaged, MediumLost/Full/ReadOnly; a failure leaves
        the data folder as it was."""
        ...

    def recover(self, code: str) -> Recovered:
        """The recovery code puts the machine secret back into this keyring; a new
        code replaces it (audited). Raises InvalidRecoveryCode, WrongRecoveryCode and
        the vault's errors."""
        ...


def code_problem(text: str) -> InvalidRecoveryCode | None:
    """A typed code checked for its form and check character, before any key work:
    None when it may be the code, else the error that says what is wrong."""
    from desktop.vault import recovery_code
    from desktop.vault.errors import InvalidRecoveryCode

    try:
        recovery_code.parse(text)
    except InvalidRecoveryCode as problem:
        return problem
    return None


def describe_backup(manifest: Manifest, folder: Path) -> BackupFacts:
    from desktop.domain.audit import short_head

    seq, digest = manifest.audit_head.split(":")
    return BackupFacts(folder, manifest.vault_id, manifest.created_at, manifest.size,
                       short_head(int(seq), digest))


class WorkstationRestore:
    """RestorePort over the workstation's data folder, keyring and vault factory."""

    def __init__(self, data_dir: Path, key_store: Callable[[], KeyStore],
                 vault_at: Callable[[Path], VaultService], clock: Clock) -> None:
        self._data_dir = data_dir
        self._key_store = key_store
        self._vault_at = vault_at
        self._clock = clock

    @property
    def data_dir(self) -> Path:
        return self._data_dir

    def inspect(self, folder: Path) -> BackupFacts:
        from desktop.backup.medium import check_files, read_manifest

        manifest = read_manifest(folder)
        # Present, listed and of the listed size: a wrong or half-copied folder is
        # refused now; every byte is hashed again as the restore copies it.
        check_files(folder, manifest=manifest, unhashed=tuple(n for n, _ in manifest.files))
        return describe_backup(manifest, folder)

    def restore(self, folder: Path, progress: StageProgress) -> Restored:
        from desktop.backup.restore import restore

        keys = self._key_store()  # an unusable keyring refuses before anything is copied
        manifest = restore(folder, self._data_dir, self._clock,
                           lambda done, total: progress("copy", done, total),
                           checking=lambda done, total: progress("check", done, total))
        return Restored(self._data_dir, manifest.vault_id,
                        needs_recovery=keys.get(manifest.vault_id) is None)

    def recover(self, code: str) -> Recovered:
        vault = self._vault_at(self._data_dir)
        result = vault.recover(code)
        info = vault.info()
        return Recovered(result.vault_id, UnitInfo(info.unit_name, info.unit_code,
                                                   info.development),
                         recovery_code=result.recovery_code)
