"""The one place that touches the untyped sqlcipher3 module.

sqlcipher3 ships no type stubs; everything it returns is narrowed here to
SqlValue rows so the rest of db/ stays mypy-strict without Any.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TypeAlias
from urllib.parse import quote

import sqlcipher3

SqlValue: TypeAlias = int | float | str | bytes | None
Row: TypeAlias = tuple[SqlValue, ...]
Params: TypeAlias = Sequence[SqlValue]

DriverError = sqlcipher3.DatabaseError  # base of every error the driver raises
IntegrityError = sqlcipher3.IntegrityError
NOT_A_DATABASE = 26  # SQLITE_NOTADB: page 1 did not authenticate (wrong key or damaged)
CORRUPT = 11  # SQLITE_CORRUPT


def error_code(error: BaseException) -> int | None:
    code: Any = getattr(error, "sqlite_errorcode", None)
    return code if isinstance(code, int) else None


class RawConnection:
    """A typed, autocommit (isolation_level=None) sqlcipher3 connection: db/ issues BEGIN
    and COMMIT itself so transactions mean exactly what the code says."""

    def __init__(self, path: Path, *, mode: str) -> None:
        """mode: "ro" (read only: closing never checkpoints), "rw", "rwc" (create), or
        "immutable" (read only, no locks and no -wal/-shm files: a copy nobody writes)."""
        if mode not in ("ro", "rw", "rwc", "immutable"):
            raise ValueError(f"unknown mode {mode!r}")
        query = "mode=ro&immutable=1" if mode == "immutable" else f"mode={mode}"
        uri = f"file:{quote(str(path.resolve()))}?{query}"
        # check_same_thread=False: workflows run on a worker thread that may change
        # between sessions; db.connection.Database serialises access with a lock.
        self._conn: Any = sqlcipher3.connect(
            uri, uri=True, isolation_level=None, check_same_thread=False
        )

    def execute(self, sql: str, params: Params = ()) -> list[Row]:
        cursor: Any = self._conn.execute(sql, tuple(params))
        return [tuple(row) for row in cursor.fetchall()]

    def iterate(self, sql: str, params: Params = ()) -> Iterator[Row]:
        cursor: Any = self._conn.execute(sql, tuple(params))
        for row in cursor:
            yield tuple(row)

    def execute_many(self, sql: str, rows: Sequence[Params]) -> None:
        self._conn.executemany(sql, [tuple(r) for r in rows])

    def last_row_id(self) -> int:
        # lastrowid is per connection; Database's lock keeps it ours.
        cursor: Any = self._conn.execute("SELECT last_insert_rowid()")
        value: Any = cursor.fetchone()[0]
        return int(value)

    def backup_to(self, target: RawConnection) -> None:
        """SQLite's online backup API, the whole database in one step."""
        self._conn.backup(target._conn)

    @property
    def in_transaction(self) -> bool:
        return bool(self._conn.in_transaction)

    @property
    def total_changes(self) -> int:
        """Rows inserted, updated or deleted on this connection since it opened."""
        return int(self._conn.total_changes)

    def close(self) -> None:
        self._conn.close()
