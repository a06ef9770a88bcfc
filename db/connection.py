"""Opening the SQLCipher database (DESIGN.md §2, §4).

Order matters: the raw 32-byte DEK is the first statement on a new connection;
SQLCipher's logging is silenced before anything is read (its log would name
pages and errors outside the vault); the key is checked by reading sqlite_master;
the file's integrity is checked; only then is anything written (journal mode).
A refused open therefore never modifies the file.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from db._driver import (
    CORRUPT,
    NOT_A_DATABASE,
    DriverError,
    IntegrityError,
    Params,
    RawConnection,
    Row,
    error_code,
)
from db._values import as_int
from db.checked_copy import CopyResult, copy_checked
from db.page_ledger import PageLedger, key_id
from db.whole_file_check import SALT, WholeFileCheck, page_key
from desktop.domain.storage import (
    ConstraintViolation,
    DatabaseCorrupt,
    DatabaseExists,
    DatabaseMissing,
    StorageError,
    WrongDatabaseKey,
)

DEK_BYTES = 32
PAGE_SIZE = 4096  # SQLCipher 4 default; a healthy file is a whole number of pages


class TransactionError(StorageError):
    """A transaction was opened inside another one on the same connection."""


class ReadOnlyViolation(StorageError):
    """A statement inside reading() changed the database."""


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _key_pragma(pragma: str, dek: bytes) -> str:
    if len(dek) != DEK_BYTES:
        raise ValueError(f"the database key must be {DEK_BYTES} bytes")
    # A raw key: SQLCipher uses it directly (no PBKDF2), as DESIGN.md §2 requires.
    return f"PRAGMA {pragma} = \"x'{dek.hex()}'\""


class Database:
    """One open SQLCipher connection. Thread-safe by a lock: a transaction holds it
    from BEGIN to COMMIT, so statements from another thread wait instead of joining it."""

    def __init__(self, raw: RawConnection, path: Path, *, read_only: bool = False) -> None:
        self._raw = raw
        self._path = path
        self._lock = threading.RLock()
        self._closed = False
        self._read_only = read_only
        # Pages written since every page was authenticated (db.page_ledger); None
        # until a whole-file pass or a checked snapshot starts one.
        self._ledger: PageLedger | None = None
        # Inside reading(): SQLite's count of changed rows when it began.
        self._read_changes: int | None = None

    @property
    def path(self) -> Path:
        return self._path

    @property
    def closed(self) -> bool:
        return self._closed

    # ---------------------------------------------------------------- statements
    def execute(self, sql: str, params: Params = ()) -> list[Row]:
        with self._lock:
            try:
                rows = self._raw.execute(sql, params)
            except DriverError as error:
                raise _translate(error, self._path) from error
            finally:
                self._after_statement()
            if self._read_changes is not None:
                self._refuse_changes()
            return rows

    def execute_many(self, sql: str, rows: Sequence[Params]) -> None:
        with self._lock:
            if self._ledger is not None and not self._raw.in_transaction:
                # Each row commits on its own: a WAL restart between two of them could
                # overwrite frames before they are read, so the ledger is not trusted.
                self._ledger.verified = False
            try:
                self._raw.execute_many(sql, rows)
            except DriverError as error:
                raise _translate(error, self._path) from error
            finally:
                self._after_statement()
            if self._read_changes is not None:
                self._refuse_changes()

    def _refuse_changes(self) -> None:
        """Inside reading(): a statement changed rows (rolled back when it ends)."""
        if self._raw.total_changes != self._read_changes:
            raise ReadOnlyViolation("a read changed the database; it is rolled back")

    def _after_statement(self) -> None:
        # Outside a transaction the statement has committed (or never wrote): its WAL
        # frames are read now, before a later write may restart the WAL over them.
        if self._ledger is not None and not self._raw.in_transaction:
            self._ledger.scan()

    def insert(self, sql: str, params: Params = ()) -> int:
        """Run an INSERT and return the new rowid."""
        with self._lock:
            self.execute(sql, params)
            return self._raw.last_row_id()

    def iterate(self, sql: str, params: Params = ()) -> Iterator[Row]:
        """Stream rows (for long reads such as chain verification). Hold the lock, e.g.
        inside reading(), while consuming it."""
        try:
            yield from self._raw.iterate(sql, params)
        except DriverError as error:
            raise _translate(error, self._path) from error

    def scalar(self, sql: str, params: Params = ()) -> object:
        rows = self.execute(sql, params)
        return rows[0][0] if rows else None

    # ---------------------------------------------------------------- transactions
    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """BEGIN IMMEDIATE (take the write lock now, so the audit head read inside is the
        one we extend); COMMIT on success, ROLLBACK on any exception."""
        with self._lock:
            self._begin("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                self._rollback()
                raise
            try:
                self.execute("COMMIT")
            except BaseException:
                self._rollback()  # e.g. disk full: leave no half-open transaction
                raise

    @contextmanager
    def reading(self) -> Iterator[Database]:
        """A consistent read snapshot that changes nothing: it always ends in ROLLBACK,
        and a statement in it that changes a row raises ReadOnlyViolation (SQLite's
        count of changed rows moved). Not PRAGMA query_only: as a flag pragma it expires
        every prepared statement of the connection, so each read re-prepared its SQL
        (~30 µs for a page of the lead list, ~6% of it)."""
        with self._lock:
            self._begin("BEGIN DEFERRED")
            self._read_changes = self._raw.total_changes
            try:
                yield self
            finally:
                self._read_changes = None
                self._rollback()

    def _begin(self, statement: str) -> None:
        if self._raw.in_transaction:
            raise TransactionError("a transaction is already open on this connection")
        self.execute(statement)

    def _rollback(self) -> None:
        if self._raw.in_transaction:
            self.execute("ROLLBACK")

    # ---------------------------------------------------------------- maintenance
    @property
    def user_version(self) -> int:
        return _as_int(self.scalar("PRAGMA user_version"))

    def checkpoint(self) -> None:
        """Copy the WAL into the main file and empty it."""
        self.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def cipher_integrity_check(self) -> tuple[str, ...]:
        """HMAC of every page; () when healthy. SQLCipher checks the main file only, so
        the WAL is checkpointed first (after a rekey the WAL holds the new-key pages)."""
        self.checkpoint()
        return tuple(str(row[0]) for row in self.execute("PRAGMA cipher_integrity_check"))

    def quick_check(self, table: str | None = None) -> tuple[str, ...]:
        """SQLite's structural check, of the whole file or of one table and its
        indexes; () when healthy."""
        pragma = "PRAGMA quick_check" if table is None else f"PRAGMA quick_check({_quoted(table)})"
        try:
            problems = tuple(str(row[0]) for row in self.execute(pragma))
        except DatabaseCorrupt as error:
            return error.problems
        return () if problems == ("ok",) else problems

    def table_names(self) -> list[str]:
        """The schema table and every ordinary table (FTS shadow tables included)."""
        rows = self.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY rootpage"
        )
        return ["sqlite_master", *(str(row[0]) for row in rows)]

    def whole_file_check(self, dek: bytes) -> WholeFileCheck:
        """The whole-file checks in slices (db.whole_file_check)."""
        return WholeFileCheck(self, dek)

    def track_pages(self, key: bytes) -> None:
        """Start noting the pages written from now (call just after a checkpoint);
        ``pages_verified`` once every page of the main file has authenticated."""
        with self._lock:
            self._ledger = PageLedger(self._wal_path, key_id(key))
            self._ledger.start()

    def pages_verified(self, key: bytes) -> None:
        with self._lock:
            if self._ledger is not None and self._ledger.key == key_id(key):
                self._ledger.verified = True

    def pages_to_check(self) -> frozenset[int] | None:
        """What the next snapshot checks: these pages, or every page (None)."""
        with self._lock:
            ledger = self._ledger
            return frozenset(ledger.dirty) if ledger is not None and ledger.verified else None

    def forget_pages(self) -> None:
        """Damage was found, or the key changed: the next snapshot checks every page."""
        with self._lock:
            self._ledger = None

    @property
    def _wal_path(self) -> Path:
        return self._path.with_name(self._path.name + "-wal")

    def rekey(self, new_dek: bytes) -> None:
        """Re-encrypt every page under new_dek in one transaction: after a crash the file
        opens with exactly one of the two keys. The caller keeps both keys reachable (in
        the header) until this returns, then checkpoints and drops the old one."""
        with self._lock:
            if self._raw.in_transaction:
                raise TransactionError("rekey inside a transaction")
            self._ledger = None  # every page is rewritten under another key
            self.execute(_key_pragma("rekey", new_dek))
            self.checkpoint()

    def export(self, path: Path, dek: bytes) -> None:
        """A copy of the whole database in a new file under ``dek`` (sqlcipher_export:
        schema, data and user_version), written and checkpointed before it returns."""
        if path.exists():
            raise DatabaseExists(path)
        with self._lock:
            if self._raw.in_transaction:
                raise TransactionError("export inside a transaction")
            literal = str(path.resolve()).replace("'", "''")
            self.execute(f"ATTACH DATABASE '{literal}' AS exported KEY \"x'{dek.hex()}'\"")
            try:
                self.execute("SELECT sqlcipher_export('exported')")
                version = as_int(self.execute("PRAGMA user_version")[0][0])
                self.execute(f"PRAGMA exported.user_version = {version}")
            finally:
                self.execute("DETACH DATABASE exported")

    def snapshot(self, target: Path, dek: bytes, progress: Callable[[int, int], None]
                 ) -> CopyResult:
        """A consistent copy of the encrypted file, byte for byte (same key, nothing
        decrypted): the WAL is moved into the main file, then a read transaction pins
        that state (no checkpoint may write the main file while it is open) and the
        file is copied and fsynced (db.checked_copy). The result holds the copy's
        SHA-256 and the pages whose HMAC did not verify: every page, or — when every
        page was authenticated earlier in this connection under this key — the pages
        written since (db.page_ledger). ``progress(done, total)`` after each piece.
        The target must not exist."""
        with self._lock:
            if self._raw.in_transaction:
                raise TransactionError("snapshot inside a transaction")
            busy, frames, moved = (as_int(v) for v in
                                   self.execute("PRAGMA wal_checkpoint(TRUNCATE)")[0])
            if busy or frames != moved:
                raise StorageError("the database is busy; the snapshot was not taken")
            self._begin("BEGIN DEFERRED")
            try:
                self.execute("SELECT count(*) FROM sqlite_master")  # takes the snapshot
                with self._path.open("rb") as file:
                    key = page_key(dek, file.read(SALT))
                ledger = self._ledger
                known = ledger is not None and ledger.verified and ledger.key == key_id(key)
                only = ledger.dirty if known and ledger is not None else None
                result = copy_checked(self._path, target, key, only, progress)
                if result.problems:
                    self._ledger = None
                else:  # every page as pinned now has authenticated, or had and is unchanged
                    # The lock is held since the checkpoint: nothing was written since.
                    self.track_pages(key)
                    self.pages_verified(key)
                return result
            finally:
                self._rollback()

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._ledger = None
            self._rollback()
            self._raw.close()
            self._closed = True


def create_database(path: Path, dek: bytes) -> Database:
    """A new, empty, keyed database (schema not yet applied: see db.migrations)."""
    if path.exists():
        raise DatabaseExists(path)
    raw = RawConnection(path, mode="rwc")
    try:
        raw.execute(_key_pragma("key", dek))
        _silence_cipher_log(raw)
        raw.execute("SELECT count(*) FROM sqlite_master")
        _configure(raw)
    except BaseException:
        raw.close()
        raise
    return Database(raw, path)


def open_database(path: Path, dek: bytes, *, verify_integrity: bool = True) -> Database:
    """Open an existing database. Raises DatabaseMissing, WrongDatabaseKey or
    DatabaseCorrupt.

    The key (and, with verify_integrity, every reachable page through SQLite's
    quick_check, which decrypts and authenticates each one) is checked on a read-only
    connection first: a refused key or a damaged file leaves every byte as found —
    a writable connection would checkpoint the WAL into the file when it closes.
    Only then is the file opened for writing, the WAL checkpointed and SQLCipher's
    cipher_integrity_check run over the whole main file (a few ms per MB)."""
    if not path.is_file():
        raise DatabaseMissing(path)
    size = path.stat().st_size
    wal = path.with_name(path.name + "-wal")
    # A new database may still live entirely in its WAL (main file empty until the first
    # checkpoint); otherwise the main file is whole pages.
    if (size == 0 and not wal.exists()) or size % PAGE_SIZE:
        raise DatabaseCorrupt(path, (f"file size {size} is not a whole number of pages",))
    main_file_checked = _check_read_only(path, dek, verify_integrity)
    raw = _connect(path, "rw")
    try:
        raw.execute(_key_pragma("key", dek))
        _silence_cipher_log(raw)
        raw.execute("SELECT count(*) FROM sqlite_master")
        if verify_integrity and not main_file_checked:
            _cipher_integrity(raw, path)
        _configure(raw)
    except DriverError as error:
        raw.close()
        raise _translate(error, path) from error
    except BaseException:
        raw.close()
        raise
    return Database(raw, path)


def open_backup_copy(path: Path, dek: bytes) -> Database:
    """A database copied into a backup, opened without writing a byte (immutable: no
    lock, no WAL, no -shm beside it; the medium may be read-only). The key is checked;
    the caller checks the pages (cipher_integrity_check)."""
    if not path.is_file():
        raise DatabaseMissing(path)
    size = path.stat().st_size
    if size == 0 or size % PAGE_SIZE:
        raise DatabaseCorrupt(path, (f"file size {size} is not a whole number of pages",))
    raw = _connect(path, "immutable")
    try:
        raw.execute(_key_pragma("key", dek))
        _silence_cipher_log(raw)
        try:
            raw.execute("SELECT count(*) FROM sqlite_master")
        except DriverError as error:
            if error_code(error) == NOT_A_DATABASE:
                raise WrongDatabaseKey(path) from error
            raise DatabaseCorrupt(path, (str(error),)) from error
    except BaseException:
        raw.close()
        raise
    return Database(raw, path, read_only=True)


def copy_plain_database(source: Path, target: Path) -> None:
    """A consistent copy of a plain SQLite file (grants.db: its contents are sealed)
    through SQLite's online backup API, fsynced. The target must not exist."""
    if target.exists():
        raise DatabaseExists(target)
    src = _connect(source, "ro")
    try:
        dst = _connect(target, "rwc")
        try:
            src.backup_to(dst)
        finally:
            dst.close()
    except DriverError as error:
        raise _translate(error, source) from error
    finally:
        src.close()
    _fsync(target)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def open_plain_for_benchmark(path: Path) -> Database:
    """Plain SQLite through the same driver and pragmas: the baseline of bench/. Never
    used by the application."""
    raw = RawConnection(path, mode="rwc")
    _configure(raw)
    return Database(raw, path)


def _silence_cipher_log(raw: RawConnection) -> None:
    # Process-wide settings in SQLCipher 4.19: no log sink, nothing logged.
    raw.execute("PRAGMA cipher_log = off")
    raw.execute("PRAGMA cipher_log_level = NONE")


def _connect(path: Path, mode: str) -> RawConnection:
    try:
        return RawConnection(path, mode=mode)
    except DriverError as error:
        raise _translate(error, path) from error


def _check_read_only(path: Path, dek: bytes, verify_integrity: bool) -> bool:
    """True when cipher_integrity_check already covered the main file (no WAL content)."""
    # SQLite creates empty -wal/-shm companions even for a read-only reader; on a refusal
    # the ones that did not exist before are removed, so the folder is left as found.
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    absent = [p for p in companions if not p.exists()]
    try:
        return _read_only_checks(path, dek, verify_integrity)
    except StorageError:
        for created in absent:
            created.unlink(missing_ok=True)
        raise


def _read_only_checks(path: Path, dek: bytes, verify_integrity: bool) -> bool:
    raw = _connect(path, "ro")
    try:
        raw.execute(_key_pragma("key", dek))
        _silence_cipher_log(raw)
        try:
            raw.execute("SELECT count(*) FROM sqlite_master")
        except DriverError as error:
            if error_code(error) == NOT_A_DATABASE:
                raise WrongDatabaseKey(path) from error
            raise DatabaseCorrupt(path, (str(error),)) from error
        if not verify_integrity:
            return False
        problems = []
        wal = path.with_name(path.name + "-wal")
        main_file_only = not wal.exists() or wal.stat().st_size == 0
        if main_file_only:
            # The main file is the whole database: check every page's HMAC now.
            problems += _pragma_problems(raw, "cipher_integrity_check", ok=[])
        # Decrypts and authenticates every reachable page, WAL included.
        problems += _pragma_problems(raw, "quick_check", ok=["ok"])
        if problems:
            raise DatabaseCorrupt(path, tuple(problems))
        return main_file_only
    finally:
        raw.close()


def _pragma_problems(raw: RawConnection, pragma: str, ok: list[str]) -> list[str]:
    try:
        rows = [str(r[0]) for r in raw.execute(f"PRAGMA {pragma}")]
    except DriverError as error:
        return [f"{pragma}: {error}"]
    return [] if rows == ok else rows


def _cipher_integrity(raw: RawConnection, path: Path) -> None:
    # cipher_integrity_check reads the main file only, so committed WAL frames are moved
    # in first (after a rekey that crashed before its checkpoint, the WAL holds every
    # page under the new key). The key and the pages were verified read-only before.
    wal = path.with_name(path.name + "-wal")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        problems = [str(r[0]) for r in raw.execute("PRAGMA cipher_integrity_check")]
    except DriverError as error:
        problems = [f"cipher_integrity_check: {error}"]
    if problems:
        raise DatabaseCorrupt(path, tuple(problems))


def _configure(raw: RawConnection) -> None:
    mode = raw.execute("PRAGMA journal_mode = WAL")
    if mode != [("wal",)]:
        raise StorageError(f"could not switch to WAL (got {mode})")
    raw.execute("PRAGMA synchronous = FULL")  # a reported commit survives power loss
    raw.execute("PRAGMA foreign_keys = ON")
    raw.execute("PRAGMA temp_store = MEMORY")  # sorts and temp tables never touch disk
    raw.execute("PRAGMA busy_timeout = 5000")


def _translate(error: DriverError, path: Path) -> StorageError:
    if isinstance(error, IntegrityError):
        return ConstraintViolation(str(error))
    code = error_code(error)
    if code in (NOT_A_DATABASE, CORRUPT):
        return DatabaseCorrupt(path, (str(error),))
    return StorageError(str(error))


def _as_int(value: object) -> int:
    if not isinstance(value, int):
        raise StorageError(f"expected an integer, got {value!r}")
    return value
