"""Canary data written through every repository never appears in the files on disk:
vault.db, its WAL and SHM, while open and after close."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from db.store import SqlCipherStore, SqlCipherStoreFactory
from desktop.domain.roles import Role
from desktop.domain.users import CardKey, EnrolledCard

WHEN = datetime(2026, 3, 1, tzinfo=UTC)


def _needles(canary: str) -> list[bytes]:
    return [canary.encode("utf-8"), canary.encode("utf-16-le"), canary.encode("utf-16-be"),
            canary.encode("utf-8").hex().encode()]


def _leaks(directory: Path, canaries: list[str]) -> list[tuple[str, str]]:
    found = []
    for path in directory.iterdir():
        data = path.read_bytes()
        for canary in canaries:
            if any(needle in data for needle in _needles(canary)):
                found.append((path.name, canary))
    return found


def _write_canaries(store: SqlCipherStore, canaries: list[str]) -> None:
    ascii_canary, chinese_canary, draft_canary = canaries
    with store.transaction() as tx:
        user = tx.users.add(chinese_canary, Role.CLERK, WHEN)
        tx.cards.add(EnrolledCard(
            "0A1B2C3D", user.id, CardKey("p256-ecdsa", os.urandom(65), ascii_canary[:40]),
            CardKey("p256-ecdh", os.urandom(65), "b" * 40), WHEN,
        ))
        tx.settings.set("unit.name", ascii_canary)
        tx.drafts.save(user.id, "lead-form", draft_canary.encode("utf-8") * 50, WHEN)
        tx.audit.append("user:1", "settings.change", "setting:unit.name",
                        {"label": ascii_canary})


def test_no_canary_on_disk_while_open_and_after_close(
    factory: SqlCipherStoreFactory, vault_path: Path, dek: bytes
) -> None:
    canaries = [
        "LVCANARY" + os.urandom(8).hex(),
        "举报人王某某" + os.urandom(3).hex(),
        "被举报人在某局收受财物" + os.urandom(3).hex(),
    ]
    store = factory.create(vault_path, dek)
    _write_canaries(store, canaries)
    # While open: the change sits in the WAL, not yet checkpointed.
    names = {p.name for p in vault_path.parent.iterdir()}
    assert names == {"vault.db", "vault.db-wal", "vault.db-shm"}
    assert (vault_path.parent / "vault.db-wal").stat().st_size > 0
    assert _leaks(vault_path.parent, canaries) == []
    store.close()
    assert _leaks(vault_path.parent, canaries) == []

    # The data is really there: the check above would be worthless if it were not.
    reopened = factory.open(vault_path, dek)
    with reopened.reading() as tx:
        assert tx.settings.get("unit.name") == canaries[0]
        assert tx.users.list()[0].name == canaries[1]
    reopened.close()
    assert _leaks(vault_path.parent, canaries) == []


def test_deleted_draft_and_rekey_leave_no_plaintext(
    factory: SqlCipherStoreFactory, store: SqlCipherStore, vault_path: Path
) -> None:
    canary = "草稿内容" + os.urandom(6).hex()
    with store.transaction() as tx:
        user = tx.users.add("王芳", Role.CLERK, WHEN)
        draft = tx.drafts.save(user.id, "report-form", canary.encode() * 20, WHEN)
    with store.transaction() as tx:
        tx.drafts.delete(draft.id)
    store.rekey(os.urandom(32))
    store.close()
    assert _leaks(vault_path.parent, [canary]) == []
