"""Typed storage errors. They live in the core so workflows can catch them without
importing db/; db/ raises them. Each carries data; ui/ turns them into words."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class StorageError(Exception):
    """Base of every error raised by the storage layer."""


class DatabaseMissing(StorageError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"no database at {path}")
        self.path = path


class DatabaseExists(StorageError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"a database already exists at {path}")
        self.path = path


class WrongDatabaseKey(StorageError):
    """Page 1 does not authenticate under the key (SQLCipher's HMAC check failed)."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"the key does not open {path}")
        self.path = path


class DatabaseCorrupt(StorageError):
    """The file is truncated or a page fails its HMAC or b-tree checks; nothing was written."""

    def __init__(self, path: Path, problems: tuple[str, ...]) -> None:
        super().__init__(f"{path} is damaged: {'; '.join(problems[:5])}")
        self.path = path
        self.problems = problems


class SchemaTooNew(StorageError):
    """The database was written by a newer LeadVault; opening it could lose data."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(f"schema version {found} is newer than supported {supported}")
        self.found = found
        self.supported = supported


class MigrationFailed(StorageError):
    def __init__(self, version: int, name: str, reason: str) -> None:
        super().__init__(f"migration {version:04d}_{name} failed: {reason}")
        self.version = version
        self.name = name
        self.reason = reason


class ConstraintViolation(StorageError):
    """A write broke a rule the schema enforces (foreign key, uniqueness, append-only)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class NotFound(StorageError):
    def __init__(self, kind: str, key: object) -> None:
        super().__init__(f"no {kind} {key!r}")
        self.kind = kind
        self.key = key


@dataclass(frozen=True)
class LiveGrant:
    """A grant package not yet deleted, as keyholders record it (db grant_packages)."""

    package_id: str
    request_id: int
    recipient: str  # the viewer's slot id
    expires_at: str  # canonical UTC text
    request_state: str  # RequestState value of its request


@dataclass(frozen=True)
class PackageRow:
    """A grant package's clear part in grants.db: id, recipient slot, expiry."""

    id: str
    recipient: str
    expires_at: str


@dataclass(frozen=True)
class OutboxRow:
    """A viewer's outbox entry in grants.db: the sealed entry, the sealed copy of a
    request the viewer keeps for himself, and what became of that request."""

    sender: str
    seq: int
    entry_id: str
    sealed: bytes
    mine: bytes | None
    state: str


@dataclass(frozen=True)
class SnapshotResult:
    """A database copied for a backup (Store.snapshot): the copy's SHA-256 (hex) and
    size, how many pages had their HMAC checked, and those that failed."""

    sha256: str
    size: int
    pages_checked: int
    problems: tuple[str, ...]
