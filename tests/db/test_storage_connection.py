"""Opening the SQLCipher database: key first, typed refusals, nothing overwritten."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from db.connection import (
    PAGE_SIZE,
    TransactionError,
    create_database,
    open_database,
)
from db.store import SqlCipherStore, SqlCipherStoreFactory
from desktop.domain.roles import Role
from desktop.domain.storage import (
    ConstraintViolation,
    DatabaseCorrupt,
    DatabaseExists,
    DatabaseMissing,
    StorageError,
    WrongDatabaseKey,
)
from desktop.domain.users import UserId

WHEN = datetime(2026, 3, 1, tzinfo=UTC)


def _fingerprint(directory: Path) -> dict[str, str]:
    """Every file in the folder and the SHA-256 of its bytes."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.iterdir())
    }


def _fill(store: SqlCipherStore, rows: int = 300) -> None:
    with store.transaction() as tx:
        for i in range(rows):
            tx.settings.set(f"setting.{i}", "value " * 20)
        tx.audit.append("system", "settings.fill", "", {"rows": rows})


def test_database_is_encrypted_and_pragmas_are_set(store: SqlCipherStore) -> None:
    db = store.database
    assert str(db.scalar("PRAGMA cipher_version")).startswith("4.")
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA synchronous") == 2  # FULL
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert db.scalar("PRAGMA temp_store") == 2  # MEMORY
    assert db.scalar("PRAGMA cipher_log_level") == "NONE"
    store.close()
    header = store.path.read_bytes()[:16]
    assert header != b"SQLite format 3\x00"  # the plain SQLite magic would be a leak


def test_reopen_with_the_right_key(
    factory: SqlCipherStoreFactory, store: SqlCipherStore, vault_path: Path, dek: bytes
) -> None:
    with store.transaction() as tx:
        tx.users.add("王芳", Role.CLERK, WHEN)
    store.close()
    reopened = factory.open(vault_path, dek)
    with reopened.reading() as tx:
        assert [u.name for u in tx.users.list()] == ["王芳"]
    reopened.close()


def test_wrong_key_is_refused_and_nothing_changes(
    factory: SqlCipherStoreFactory, store: SqlCipherStore, vault_path: Path
) -> None:
    _fill(store)
    store.close()
    before = _fingerprint(vault_path.parent)
    with pytest.raises(WrongDatabaseKey) as raised:
        factory.open(vault_path, os.urandom(32))
    assert raised.value.path == vault_path
    assert _fingerprint(vault_path.parent) == before


def test_sqlcipher_logs_nothing_on_a_wrong_key(
    store: SqlCipherStore, vault_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    store.close()
    capfd.readouterr()
    with pytest.raises(WrongDatabaseKey):
        open_database(vault_path, os.urandom(32))
    out, err = capfd.readouterr()
    assert out == ""
    assert err == ""


def test_missing_file_is_refused_without_creating_one(
    factory: SqlCipherStoreFactory, vault_path: Path, dek: bytes
) -> None:
    with pytest.raises(DatabaseMissing):
        factory.open(vault_path, dek)
    assert not vault_path.exists()


def test_create_refuses_an_existing_file(
    factory: SqlCipherStoreFactory, store: SqlCipherStore, vault_path: Path, dek: bytes
) -> None:
    store.close()
    before = _fingerprint(vault_path.parent)
    with pytest.raises(DatabaseExists):
        factory.create(vault_path, dek)
    assert _fingerprint(vault_path.parent) == before


def test_key_must_be_32_bytes(vault_path: Path) -> None:
    with pytest.raises(ValueError):
        create_database(vault_path, b"short")


@pytest.mark.parametrize("cut", [1, 100, PAGE_SIZE // 2])
def test_truncated_mid_page_is_refused_and_left_alone(
    factory: SqlCipherStoreFactory, store: SqlCipherStore, vault_path: Path, dek: bytes,
    cut: int,
) -> None:
    _fill(store)
    store.close()
    data = vault_path.read_bytes()
    vault_path.write_bytes(data[:-cut])
    before = _fingerprint(vault_path.parent)
    with pytest.raises(DatabaseCorrupt):
        factory.open(vault_path, dek)
    assert _fingerprint(vault_path.parent) == before


def test_truncated_at_a_page_boundary_is_refused(
    factory: SqlCipherStoreFactory, store: SqlCipherStore, vault_path: Path, dek: bytes
) -> None:
    _fill(store)
    store.close()
    data = vault_path.read_bytes()
    assert len(data) >= 6 * PAGE_SIZE
    vault_path.write_bytes(data[: len(data) // 2 // PAGE_SIZE * PAGE_SIZE])
    before = _fingerprint(vault_path.parent)
    with pytest.raises(DatabaseCorrupt):
        factory.open(vault_path, dek)
    assert _fingerprint(vault_path.parent) == before


def test_empty_file_is_refused(
    factory: SqlCipherStoreFactory, vault_path: Path, dek: bytes
) -> None:
    vault_path.write_bytes(b"")
    with pytest.raises(DatabaseCorrupt):
        factory.open(vault_path, dek)
    assert vault_path.read_bytes() == b""


def test_flipped_byte_in_a_page_is_refused_and_left_alone(
    factory: SqlCipherStoreFactory, store: SqlCipherStore, vault_path: Path, dek: bytes
) -> None:
    _fill(store)
    store.close()
    data = bytearray(vault_path.read_bytes())
    data[3 * PAGE_SIZE + 500] ^= 0x01
    vault_path.write_bytes(bytes(data))
    before = _fingerprint(vault_path.parent)
    with pytest.raises(DatabaseCorrupt) as raised:
        factory.open(vault_path, dek)
    assert any("page 4" in problem for problem in raised.value.problems)
    assert _fingerprint(vault_path.parent) == before


def test_damaged_page_one_reads_as_a_wrong_key(
    factory: SqlCipherStoreFactory, store: SqlCipherStore, vault_path: Path, dek: bytes
) -> None:
    # Page 1's HMAC cannot tell a wrong key from a damaged page; the vault knows the key
    # is right (its AEAD unwrap succeeded) and reports damage. Nothing is written.
    store.close()
    data = bytearray(vault_path.read_bytes())
    data[100] ^= 0xFF
    vault_path.write_bytes(bytes(data))
    before = _fingerprint(vault_path.parent)
    with pytest.raises(WrongDatabaseKey):
        factory.open(vault_path, dek)
    assert _fingerprint(vault_path.parent) == before


def test_foreign_keys_are_enforced(store: SqlCipherStore) -> None:
    with pytest.raises(ConstraintViolation), store.transaction() as tx:
        tx.drafts.save(UserId(42), "lead-form", b"{}", WHEN)
    with store.reading() as tx:
        assert tx.drafts.for_owner(UserId(42)) == []


def test_transaction_rolls_back_on_error(store: SqlCipherStore) -> None:
    class Boom(Exception):
        pass

    with pytest.raises(Boom), store.transaction() as tx:
        tx.settings.set("unit.code", "110000")
        tx.audit.append("system", "settings.change", "setting:unit.code")
        raise Boom
    with store.reading() as tx:
        assert tx.settings.get("unit.code") is None
        assert tx.audit_records.head().seq == 0


def test_nested_transaction_is_refused(store: SqlCipherStore) -> None:
    with store.transaction(), pytest.raises(TransactionError), store.transaction():
        pass


def test_reading_refuses_writes(store: SqlCipherStore) -> None:
    with pytest.raises(StorageError), store.reading() as tx:
        tx.settings.set("a", "b")
    db = store.database
    with pytest.raises(StorageError), store.reading():  # a bulk write too
        db.execute_many("INSERT INTO settings (key, value) VALUES (?, ?)", [("c", "d")])
    with store.reading() as tx:  # refused writes left nothing behind
        assert tx.settings.get("a") is None and tx.settings.get("c") is None
    with store.transaction() as tx:  # the connection is writable again afterwards
        tx.settings.set("a", "b")
    with store.reading() as tx:
        assert tx.settings.get("a") == "b"


def test_rekey_switches_keys_and_keeps_data(
    factory: SqlCipherStoreFactory, store: SqlCipherStore, vault_path: Path, dek: bytes
) -> None:
    _fill(store)
    head = store.audit_head()
    new_dek = os.urandom(32)
    store.rekey(new_dek)
    assert store.cipher_integrity_check() == ()
    store.close()
    with pytest.raises(WrongDatabaseKey):
        factory.open(vault_path, dek)
    reopened = factory.open(vault_path, new_dek)
    assert reopened.audit_head() == head
    with reopened.reading() as tx:
        assert tx.settings.get("setting.299") == "value " * 20
    reopened.close()


def test_cipher_integrity_check_is_clean_after_writes(store: SqlCipherStore) -> None:
    _fill(store)
    assert store.cipher_integrity_check() == ()
    assert store.database.quick_check() == ()


def _crashed_copy(store: SqlCipherStore, target: Path) -> Path:
    """The files as a crash would leave them: committed pages still in the WAL."""
    target.mkdir()
    for name in ("vault.db", "vault.db-wal"):
        (target / name).write_bytes((store.path.parent / name).read_bytes())
    assert (target / "vault.db-wal").stat().st_size > 0
    return target / "vault.db"


def test_wrong_key_leaves_a_crashed_database_and_its_wal_alone(
    factory: SqlCipherStoreFactory, store: SqlCipherStore, tmp_path: Path, dek: bytes
) -> None:
    _fill(store)
    copy = _crashed_copy(store, tmp_path / "crashed")
    before = _fingerprint(copy.parent)
    with pytest.raises(WrongDatabaseKey):
        factory.open(copy, os.urandom(32))
    assert _fingerprint(copy.parent) == before
    reopened = factory.open(copy, dek)  # and the committed data is all there
    with reopened.reading() as tx:
        assert tx.settings.get("setting.299") == "value " * 20
        assert tx.audit_records.head().seq == 1
    reopened.close()
