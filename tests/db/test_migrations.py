"""Migrations: numbered, one transaction each, and upgradable from every earlier version."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from db.connection import Database, create_database, open_database
from db.migrations import LATEST, MIGRATIONS, migrate
from db.repositories.audit import SqlAuditRecordRepository
from db.store import SqlCipherStoreFactory
from desktop.audit import AuditLog, verify_chain
from desktop.domain.roles import Role
from desktop.domain.storage import SchemaTooNew
from desktop.domain.users import CardKey, EnrolledCard, UserId
from tests.db.conftest import SteppingClock

WHEN = datetime(2026, 3, 1, tzinfo=UTC)


def _schema(db: Database) -> list[tuple[object, ...]]:
    rows = db.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    )
    return [(t, n, tn, " ".join(str(sql).split())) for t, n, tn, sql in rows]


# Data written at the version that introduced each table, checked after the upgrade.
def _seed_v1(db: Database) -> None:
    with db.transaction():
        db.execute(
            "INSERT INTO users (id, name, role, created_at) VALUES "
            "(1, '李检', 'chief', '2026-03-01T00:00:00.000000Z')"
        )
        db.execute(
            "INSERT INTO cards VALUES ('0A1B2C3D', 1, x'04aa', 'p256-ecdsa', 'aa', "
            "x'04bb', 'p256-ecdh', 'bb', '2026-03-01T00:00:00.000000Z', NULL)"
        )
        db.execute("INSERT INTO settings VALUES ('unit.code', '110000')")


def _seed_v2(db: Database) -> None:
    with db.transaction():
        AuditLog(SqlAuditRecordRepository(db), SteppingClock()).append(
            "user:1", "vault.create", "vault"
        )


def _seed_v3(db: Database) -> None:
    with db.transaction():
        db.execute(
            "INSERT INTO drafts (owner, form_kind, payload, updated_at) VALUES "
            "(1, 'lead-form', x'7b7d', '2026-03-01T00:00:00.000000Z')"
        )


SEEDS: dict[int, Callable[[Database], None]] = {1: _seed_v1, 2: _seed_v2, 3: _seed_v3}


def test_migrations_are_numbered_without_gaps() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, LATEST + 1))
    assert LATEST >= 3
    assert all(m.statements for m in MIGRATIONS)


def test_every_version_has_seed_data() -> None:
    # A new migration should add a seed here, so the upgrade test checks its data too.
    assert set(SEEDS) <= set(range(1, LATEST + 1))


@pytest.mark.parametrize("start", range(LATEST))
def test_upgrade_from_every_earlier_version(tmp_path: Path, start: int) -> None:
    dek = os.urandom(32)
    fresh = create_database(tmp_path / "fresh.db", dek)
    migrate(fresh)
    expected_schema = _schema(fresh)
    fresh.close()

    path = tmp_path / "vault.db"
    old = create_database(path, dek)
    for version in range(1, start + 1):
        migrate(old, target=version)
        if version in SEEDS:
            SEEDS[version](old)
    assert old.user_version == start
    old.close()

    store = SqlCipherStoreFactory(SteppingClock()).open(path, dek)
    db = store.database
    assert db.user_version == LATEST
    assert _schema(db) == expected_schema
    with store.reading() as tx:
        if start >= 1:
            assert [u.name for u in tx.users.list()] == ["李检"]
            card = tx.cards.find("0A1B2C3D")
            assert card == EnrolledCard(
                "0A1B2C3D", UserId(1), CardKey("p256-ecdsa", b"\x04\xaa", "aa"),
                CardKey("p256-ecdh", b"\x04\xbb", "bb"),
                datetime(2026, 3, 1, tzinfo=UTC),
            )
            assert tx.settings.get("unit.code") == "110000"
        if start >= 2:
            assert tx.audit_records.head().seq == 1
            assert verify_chain(tx.audit_records.iterate()).ok
        if start >= 3:
            assert [d.form_kind for d in tx.drafts.for_owner(UserId(1))] == ["lead-form"]
    # The upgraded database works like a new one.
    with store.transaction() as tx:
        user = tx.users.add("王芳", Role.CLERK, WHEN)
        tx.drafts.save(user.id, "report-form", b"x", WHEN)
        tx.audit.append("user:1", "user.add", f"user:{user.id}", {"role": "clerk"})
    with store.reading() as tx:
        assert verify_chain(tx.audit_records.iterate()).ok
    store.close()


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    dek = os.urandom(32)
    path = tmp_path / "vault.db"
    db = create_database(path, dek)
    migrate(db)
    db.execute(f"PRAGMA user_version = {LATEST + 1}")
    db.close()
    with pytest.raises(SchemaTooNew) as raised:
        SqlCipherStoreFactory(SteppingClock()).open(path, dek)
    assert raised.value.found == LATEST + 1
    check = open_database(path, dek)
    assert check.user_version == LATEST + 1  # untouched
    check.close()


def test_a_failing_migration_leaves_the_previous_version(tmp_path: Path) -> None:
    from db.migrations import Migration, _apply
    from desktop.domain.storage import MigrationFailed

    db = create_database(tmp_path / "vault.db", os.urandom(32))
    migrate(db, target=1)
    broken = Migration(2, "broken", ("CREATE TABLE half (x)", "CREATE TABLE users (x)"))
    with pytest.raises(MigrationFailed) as raised:
        _apply(db, broken)
    assert raised.value.version == 2
    assert db.user_version == 1
    assert db.execute("SELECT name FROM sqlite_master WHERE name = 'half'") == []
    db.close()
