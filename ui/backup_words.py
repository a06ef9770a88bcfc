"""Backup refusals in the user's words (zh / en catalogues). Each says what happened
to the vault (nothing) and to the medium (nothing half-written is kept)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.backup import errors as backup_errors
from ui.messages import ErrorWords, describe_error, words_for

translate = QCoreApplication.translate

BACKUP_ERROR_WORDS: ErrorWords = {
    backup_errors.MediumFull: lambda e: translate(
        "Backup", "The medium is full. Nothing was kept on it and the vault is unchanged; "
        "use a larger or emptier medium."),
    backup_errors.MediumReadOnly: lambda e: translate(
        "Backup", "The medium cannot be written (read-only or write-protected). The vault is "
        "unchanged."),
    backup_errors.MediumLost: lambda e: translate(
        "Backup", "The medium failed or was removed while in use. What was written there is "
        "not a backup; the vault is unchanged."),
    backup_errors.BackupNotFound: lambda e: translate(
        "Backup", "This folder holds no LeadVault backup. Choose the backup's own folder."),
    backup_errors.BackupDamaged: lambda e: translate(
        "Backup", "The backup does not match its manifest (%1). Do not rely on it. Nothing "
        "was changed.").replace("%1", e.file),
    backup_errors.BackupOfAnotherVault: lambda e: translate(
        "Backup", "This backup is of another vault. Nothing was changed."),
    backup_errors.BackupCheckFailed: lambda e: translate(
        "Backup", "The copy failed its check after writing and was removed. The vault is "
        "unchanged; try another medium."),
    backup_errors.RestoreTargetNotEmpty: lambda e: translate(
        "Backup", "A backup is restored only into an empty folder. Nothing was changed."),
    backup_errors.BackupError: lambda e: translate(
        "Backup", "The backup could not be completed. The vault is unchanged."),
}


def describe_backup_error(error: BaseException) -> str:
    return words_for(error, BACKUP_ERROR_WORDS) or describe_error(error)


# A restore writes into this computer's data folder and reads the medium: its refusals
# say so (restore() names the data folder in every OSError it turns into words).
RESTORE_ERROR_WORDS: ErrorWords = {
    backup_errors.MediumFull: lambda e: translate(
        "Restore", "There is not enough space for the vault on this computer's disk. "
        "Nothing was restored; the data folder is as it was."),
    backup_errors.MediumReadOnly: lambda e: translate(
        "Restore", "The data folder cannot be written. Nothing was restored."),
    backup_errors.MediumLost: lambda e: translate(
        "Restore", "Reading the backup or writing the data folder failed (was the medium "
        "pulled out?). Nothing was restored and the data folder is as it was; insert the "
        "medium again and retry."),
    backup_errors.RestoreTargetNotEmpty: lambda e: translate(
        "Restore", "The data folder %1 is not empty: a backup is restored only into an "
        "empty folder, so that nothing is overwritten. Nothing was changed."
    ).replace("%1", e.folder),
    backup_errors.BackupDamaged: lambda e: translate(
        "Restore", "The backup does not match its manifest (%1). Do not rely on it. Nothing "
        "was restored; try another backup.").replace("%1", e.file),
}


def describe_restore_error(error: BaseException) -> str:
    return words_for(error, RESTORE_ERROR_WORDS) or describe_backup_error(error)
