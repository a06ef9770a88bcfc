"""Fixtures for storage tests: real SQLCipher files in tmp_path."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from db.store import SqlCipherStore, SqlCipherStoreFactory
from desktop.audit.log import AuditLog


class SteppingClock:
    """Each reading is one second after the previous one: distinct, ordered times."""

    def __init__(self) -> None:
        self._now = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)

    def now(self) -> datetime:
        self._now += timedelta(seconds=1)
        return self._now


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock()


@pytest.fixture
def dek() -> bytes:
    return os.urandom(32)


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault.db"


@pytest.fixture
def factory(clock: SteppingClock) -> SqlCipherStoreFactory:
    return SqlCipherStoreFactory(clock, AuditLog)


@pytest.fixture
def store(
    factory: SqlCipherStoreFactory, vault_path: Path, dek: bytes
) -> Iterator[SqlCipherStore]:
    opened = factory.create(vault_path, dek)
    yield opened
    opened.close()
