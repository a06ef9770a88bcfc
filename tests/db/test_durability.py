"""Durability: a writer killed with SIGKILL at random points loses nothing it reported
committed, and leaves a database that opens, passes cipher_integrity_check and verifies."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db.store import SqlCipherStore, SqlCipherStoreFactory
from desktop.audit.chain import verify_chain
from desktop.domain.storage import WrongDatabaseKey

ROOT = Path(__file__).resolve().parents[2]
TOTAL_WRITES = 1000
KILLS = 8
ROWS = 20000


def _writer(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.db.durability_writer", *args],
        cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )


def _check_store(store: SqlCipherStore, reported: set[int]) -> int:
    """Integrity, chain, and every reported write present with its setting."""
    assert store.cipher_integrity_check() == ()
    assert store.database.quick_check() == ()
    with store.reading() as tx:
        result = verify_chain(tx.audit_records.iterate())
        assert result.ok, result.first_break
        head = result.head.seq
        assert reported <= set(range(1, head + 1))
        values = tx.settings.all()
    # The change and its audit record committed together: one setting per record.
    assert set(values) == {f"write.{n}" for n in range(1, head + 1)}
    return head


@pytest.mark.slow
def test_sigkill_during_audited_writes_loses_no_reported_commit(
    factory: SqlCipherStoreFactory, vault_path: Path, dek: bytes
) -> None:
    factory.create(vault_path, dek).close()
    env = {"LEADVAULT_TEST_DEK": dek.hex()}
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    reported: set[int] = set()
    kills = 0
    for _ in range(KILLS):
        writer = _writer(["write", str(vault_path), str(TOTAL_WRITES)], env)
        assert writer.stdout is not None
        wanted = rng.randint(1, 120)
        lines = 0
        while lines < wanted:
            line = writer.stdout.readline()
            if not line:
                break
            reported.add(int(line))
            lines += 1
        time.sleep(rng.uniform(0, 0.004))  # land somewhere inside the next transaction
        writer.send_signal(signal.SIGKILL)
        rest, err = writer.communicate(timeout=30)
        assert writer.returncode in (-signal.SIGKILL, 0), err
        kills += writer.returncode == -signal.SIGKILL
        reported.update(int(line) for line in rest.split())

        store = factory.open(vault_path, dek)  # verify_integrity: refuses a damaged file
        head = _check_store(store, reported)
        store.close()
        if head >= TOTAL_WRITES:
            break
    assert kills >= 5

    # Finish the thousand writes and check the whole history once more.
    writer = _writer(["write", str(vault_path), str(TOTAL_WRITES)], env)
    out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err
    reported.update(int(line) for line in out.split())
    store = factory.open(vault_path, dek)
    # Writes killed between COMMIT and print are committed but unreported: a superset.
    assert _check_store(store, reported) == TOTAL_WRITES
    store.close()


@pytest.mark.slow
def test_sigkill_during_rekey_leaves_one_working_key(
    factory: SqlCipherStoreFactory, vault_path: Path, dek: bytes
) -> None:
    store = factory.create(vault_path, dek)
    with store.transaction() as tx:  # ~8 MB: a rekey takes tens of milliseconds
        for n in range(1, ROWS + 1):
            tx.settings.set(f"write.{n}", "padding " * 40)
        tx.audit.append("system", "settings.fill", "", {"rows": ROWS})
    head = store.audit_head()
    store.close()
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    old, outcomes = dek, []
    for _ in range(6):
        new = os.urandom(32)
        writer = _writer(
            ["rekey", str(vault_path)],
            {"LEADVAULT_TEST_DEK": old.hex(), "LEADVAULT_TEST_NEW_DEK": new.hex()},
        )
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "rekeying"
        time.sleep(rng.uniform(0, 0.1))
        writer.send_signal(signal.SIGKILL)
        rest, _ = writer.communicate(timeout=30)
        reported_done = "rekeyed" in rest

        opened: dict[str, SqlCipherStore] = {}
        for name, key in (("old", old), ("new", new)):
            with contextlib.suppress(WrongDatabaseKey):
                opened[name] = factory.open(vault_path, key)
        assert len(opened) == 1, "exactly one of the two keys must open the database"
        (name, reopened), = opened.items()
        if reported_done:
            assert name == "new"
        assert reopened.audit_head() == head
        with reopened.reading() as tx:
            assert len(tx.settings.all()) == ROWS
            assert verify_chain(tx.audit_records.iterate()).ok
        reopened.close()
        outcomes.append(name)
        old = new if name == "new" else old
    print("rekey outcomes:", outcomes)
