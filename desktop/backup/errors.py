"""Typed backup errors. They carry data; only ui/ turns them into words. Each
refusal leaves the vault as it was; a half-written backup is removed."""

from __future__ import annotations


class BackupError(Exception):
    """Base class of every error a backup, its check or its restore raises."""


class MediumFull(BackupError):
    """The medium ran out of space: nothing was kept on it."""

    def __init__(self, medium: str) -> None:
        super().__init__(f"no space left on {medium}; the partial backup was removed")
        self.medium = medium


class MediumReadOnly(BackupError):
    """The medium (or the folder chosen on it) cannot be written."""

    def __init__(self, medium: str) -> None:
        super().__init__(f"{medium} cannot be written")
        self.medium = medium


class MediumLost(BackupError):
    """The medium went away or failed while being written or read (pulled out,
    I/O error): whatever was written there is not a backup."""

    def __init__(self, medium: str, reason: str) -> None:
        super().__init__(f"{medium} failed while in use: {reason}")
        self.medium = medium
        self.reason = reason


class BackupNotFound(BackupError):
    """The folder holds no backup (no manifest, or not a folder)."""

    def __init__(self, folder: str) -> None:
        super().__init__(f"{folder} holds no LeadVault backup")
        self.folder = folder


class BackupDamaged(BackupError):
    """The backup's files do not match its manifest (or the manifest is unreadable):
    ``file`` names the first that differs, ``problem`` says how."""

    def __init__(self, file: str, problem: str) -> None:
        super().__init__(f"the backup does not match its manifest: {file}: {problem}")
        self.file = file
        self.problem = problem


class BackupOfAnotherVault(BackupError):
    def __init__(self, backup_vault: str, this_vault: str) -> None:
        super().__init__(f"the backup is of vault {backup_vault}, not of {this_vault}")
        self.backup_vault = backup_vault
        self.this_vault = this_vault


class BackupCheckFailed(BackupError):
    """The copy did not pass its check (every page's HMAC, or those written since the
    session's check, as it was copied; on verify every page of it; the audit
    chain and its checkpoints, the head the manifest names)."""

    def __init__(self, problems: tuple[str, ...]) -> None:
        super().__init__("the backup failed its check: " + "; ".join(problems[:3]))
        self.problems = problems


class RestoreTargetNotEmpty(BackupError):
    """A restore goes only into an empty (or new) folder: nothing is overwritten."""

    def __init__(self, folder: str) -> None:
        super().__init__(f"{folder} is not empty; a backup is restored only into an "
                         "empty folder")
        self.folder = folder
