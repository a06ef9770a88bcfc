"""grants.db (DESIGN.md §6): the store viewers and keyholders share beside vault.db.

A plain SQLite file: a viewer holds no key to vault.db, and everything here is sealed
already — packages to a viewer's grant key, outbox entries to the keyholders' inbox
key. In clear are only what routing needs: a package's id, recipient slot and expiry;
an outbox entry's sender slot, sequence number and id (a hash), and the state of a
viewer's request. ``meta`` holds the chief-signed checkpoint that carries the inbox
public key, which viewers check against the roster before sealing anything to it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.domain.storage import OutboxRow, PackageRow

GRANTS_FILE = "grants.db"

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL) STRICT",
    """CREATE TABLE IF NOT EXISTS packages (
        id TEXT PRIMARY KEY, recipient TEXT NOT NULL, expires_at TEXT NOT NULL,
        sealed BLOB NOT NULL) STRICT""",
    """CREATE TABLE IF NOT EXISTS outbox (
        sender TEXT NOT NULL, seq INTEGER NOT NULL, entry_id TEXT NOT NULL,
        sealed BLOB NOT NULL, mine BLOB, state TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (sender, seq)) STRICT""",
)


class SqliteGrantsStore:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / GRANTS_FILE
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA synchronous = FULL")
        with self._write():
            for statement in _SCHEMA:
                self._db.execute(statement)

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _write(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # ------------------------------------------------------------------ meta

    def meta(self, key: str) -> bytes | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else bytes(row[0])

    def set_meta(self, key: str, value: bytes) -> None:
        with self._write():
            self._db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key)"
                             " DO UPDATE SET value = excluded.value", (key, value))

    # ------------------------------------------------------------------ packages

    def put_package(self, package_id: str, recipient: str, expires_at: str, sealed: bytes
                    ) -> None:
        with self._write():
            self._db.execute(
                "INSERT INTO packages (id, recipient, expires_at, sealed) VALUES (?, ?, ?, ?)",
                (package_id, recipient, expires_at, sealed))

    def packages(self, recipient: str | None = None) -> list[PackageRow]:
        rows = self._db.execute(
            "SELECT id, recipient, expires_at FROM packages"
            " WHERE ? IS NULL OR recipient = ? ORDER BY expires_at, id", (recipient, recipient))
        return [PackageRow(str(r[0]), str(r[1]), str(r[2])) for r in rows]

    def sealed_package(self, package_id: str) -> tuple[PackageRow, bytes] | None:
        row = self._db.execute("SELECT id, recipient, expires_at, sealed FROM packages"
                               " WHERE id = ?", (package_id,)).fetchone()
        if row is None:
            return None
        return PackageRow(str(row[0]), str(row[1]), str(row[2])), bytes(row[3])

    def delete_package(self, package_id: str) -> None:
        with self._write():
            self._db.execute("DELETE FROM packages WHERE id = ?", (package_id,))

    # ------------------------------------------------------------------ outbox

    def outbox_head(self, sender: str) -> tuple[int, str] | None:
        row = self._db.execute("SELECT seq, entry_id FROM outbox WHERE sender = ?"
                               " ORDER BY seq DESC LIMIT 1", (sender,)).fetchone()
        return None if row is None else (int(row[0]), str(row[1]))

    def append_outbox(self, sender: str, seq: int, entry_id: str, sealed: bytes,
                      mine: bytes | None = None) -> None:
        """One entry; a sequence number already taken is refused (IntegrityError)."""
        with self._write():
            self._db.execute(
                "INSERT INTO outbox (sender, seq, entry_id, sealed, mine, state)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (sender, seq, entry_id, sealed, mine, "filed" if mine is not None else ""))

    def outbox(self, sender: str | None = None, after: int = 0) -> list[OutboxRow]:
        rows = self._db.execute(
            "SELECT sender, seq, entry_id, sealed, mine, state FROM outbox"
            " WHERE (? IS NULL OR sender = ?) AND seq > ? ORDER BY sender, seq",
            (sender, sender, after))
        return [OutboxRow(str(r[0]), int(r[1]), str(r[2]), bytes(r[3]),
                          None if r[4] is None else bytes(r[4]), str(r[5])) for r in rows]

    def senders(self) -> list[str]:
        return [str(r[0]) for r in self._db.execute("SELECT DISTINCT sender FROM outbox")]

    def set_state(self, sender: str, seq: int, state: str) -> None:
        """What became of a viewer's request (pending, approved, refused …)."""
        with self._write():
            self._db.execute("UPDATE outbox SET state = ? WHERE sender = ? AND seq = ?",
                             (state, sender, seq))
