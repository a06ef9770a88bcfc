"""A backup's copy of the database (issue 13) on real SQLCipher files: a byte copy
whose SHA-256 and page HMACs are taken from the copy in the same pass; every page is
checked until every page has authenticated in this connection, then the pages
written since — which must include every page that changed, through auto-checkpoints
and WAL restarts alike."""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest

import db.checked_copy as checked_copy
from db.store import SqlCipherStore
from db.whole_file_check import PAGE

MB = 1024 * 1024


def _ballast(store: SqlCipherStore, rows: int, size: int = 64 * 1024) -> None:
    db = store.database
    db.execute("CREATE TABLE IF NOT EXISTS ballast (id INTEGER PRIMARY KEY, b BLOB)")
    with db.transaction():
        for _ in range(rows):
            db.execute("INSERT INTO ballast (b) VALUES (randomblob(?))", (size,))


def _pages(path: Path) -> list[bytes]:
    data = path.read_bytes()
    return [data[i:i + PAGE] for i in range(0, len(data), PAGE)]


def _flip(path: Path, page: int) -> None:
    with path.open("r+b") as f:
        f.seek((page - 1) * PAGE + 100)
        byte = f.read(1)
        f.seek((page - 1) * PAGE + 100)
        f.write(bytes([byte[0] ^ 1]))


def _snapshot(store: SqlCipherStore, dek: bytes, target: Path) -> tuple[int, tuple[str, ...]]:
    result = store.snapshot(target, dek, lambda *_: None)
    data = target.read_bytes()
    assert result.sha256 == hashlib.sha256(data).hexdigest() and result.size == len(data)
    return result.pages_checked, result.problems


def test_the_copy_is_the_file_byte_for_byte_and_every_page_is_checked_first(
    store: SqlCipherStore, dek: bytes, tmp_path: Path
) -> None:
    _ballast(store, 40)
    assert store.database.pages_to_check() is None
    checked, problems = _snapshot(store, dek, tmp_path / "copy.db")
    assert problems == ()
    assert (tmp_path / "copy.db").read_bytes() == store.path.read_bytes()  # WAL moved in
    assert checked == store.path.stat().st_size // PAGE > 600


def test_a_damaged_page_fails_the_snapshot_and_the_next_checks_every_page(
    store: SqlCipherStore, dek: bytes, tmp_path: Path
) -> None:
    _ballast(store, 40)
    store.database.checkpoint()
    _flip(store.path, 300)
    _, problems = _snapshot(store, dek, tmp_path / "a.db")
    assert problems == ("HMAC verification failed for page 300",)
    assert store.database.pages_to_check() is None
    _, again = _snapshot(store, dek, tmp_path / "b.db")
    assert again == problems


def test_after_a_checked_snapshot_only_the_pages_written_since_are_checked(
    store: SqlCipherStore, dek: bytes, tmp_path: Path
) -> None:
    _ballast(store, 40)
    _snapshot(store, dek, tmp_path / "a.db")
    assert store.database.pages_to_check() == frozenset()
    for row in range(7, 17):  # commits of a few frames each, in one WAL generation
        store.database.execute("UPDATE ballast SET b = randomblob(30000) WHERE id = ?",
                               (row,))
    written = store.database.pages_to_check()
    assert written is not None and 80 < len(written) < 300
    checked, problems = _snapshot(store, dek, tmp_path / "b.db")
    assert problems == () and checked == len(written)
    before, after = _pages(tmp_path / "a.db"), _pages(tmp_path / "b.db")
    changed = {n + 1 for n, page in enumerate(after) if n >= len(before) or page != before[n]}
    assert changed and changed <= written


def test_damage_to_a_page_written_since_is_found(
    store: SqlCipherStore, dek: bytes, tmp_path: Path
) -> None:
    _ballast(store, 40)
    _snapshot(store, dek, tmp_path / "a.db")
    store.database.execute("UPDATE ballast SET b = randomblob(100) WHERE id = 30")
    written = store.database.pages_to_check()
    assert written
    store.database.checkpoint()  # the new pages are in the main file ...
    _flip(store.path, max(written))  # ... and one of them is damaged there
    _, problems = _snapshot(store, dek, tmp_path / "b.db")
    assert problems == (f"HMAC verification failed for page {max(written)}",)


def test_every_changed_page_is_noted_through_auto_checkpoints_and_wal_restarts(
    store: SqlCipherStore, dek: bytes, tmp_path: Path
) -> None:
    _ballast(store, 60)
    _snapshot(store, dek, tmp_path / "a.db")
    db = store.database
    for n in range(12):  # ~1,000 frames each: SQLite checkpoints and restarts the WAL
        _ballast(store, 60)
        with db.transaction():
            db.execute("DELETE FROM ballast WHERE id % 7 = ?", (n % 7,))
        db.execute("UPDATE ballast SET b = randomblob(5000) WHERE id = ?", (n + 3,))
    written = db.pages_to_check()
    assert written is not None
    checked, problems = _snapshot(store, dek, tmp_path / "b.db")
    before, after = _pages(tmp_path / "a.db"), _pages(tmp_path / "b.db")
    assert problems == () and checked == len({n for n in written if n <= len(after)})
    before, after = _pages(tmp_path / "a.db"), _pages(tmp_path / "b.db")
    changed = {n + 1 for n, page in enumerate(after) if n >= len(before) or page != before[n]}
    assert len(changed) > 1000 and changed <= written


def test_a_whole_file_pass_lets_the_next_snapshot_check_only_pages_written_since(
    store: SqlCipherStore, dek: bytes, tmp_path: Path
) -> None:
    _ballast(store, 40)
    check = store.whole_file_check(dek)
    assert check.step() == ()  # planned: pages are noted from here
    store.database.execute("UPDATE ballast SET b = randomblob(100) WHERE id = 5")
    assert store.database.pages_to_check() is None  # not every page has authenticated
    while not check.done:
        assert check.step() == ()
    written = store.database.pages_to_check()
    assert written
    checked, problems = _snapshot(store, dek, tmp_path / "a.db")
    assert problems == () and checked == len(written)


def test_a_rekey_or_rows_committed_one_by_one_make_the_next_snapshot_check_every_page(
    store: SqlCipherStore, dek: bytes, tmp_path: Path
) -> None:
    _ballast(store, 10)
    _snapshot(store, dek, tmp_path / "a.db")
    store.database.execute_many("INSERT INTO ballast (b) VALUES (?)", [(b"x",), (b"y",)])
    assert store.database.pages_to_check() is None
    _snapshot(store, dek, tmp_path / "b.db")
    new = os.urandom(32)
    store.rekey(new)
    assert store.database.pages_to_check() is None
    checked, problems = _snapshot(store, new, tmp_path / "c.db")
    assert problems == () and checked == store.path.stat().st_size // PAGE


@pytest.mark.parametrize("refused", [["copy_file_range"], ["copy_file_range", "sendfile"]])
def test_the_copy_falls_back_when_the_kernel_refuses_a_pair_of_files(
    store: SqlCipherStore, dek: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    refused: list[str],
) -> None:
    """Beside the real copies above: removable media on another file system."""
    _ballast(store, 20)

    def refuse(*_: object) -> int:
        raise OSError(errno.EXDEV, "cross-device")

    for name in refused:
        monkeypatch.setattr(checked_copy.os, name, refuse)
    checked, problems = _snapshot(store, dek, tmp_path / "copy.db")
    assert problems == () and checked > 0
    assert (tmp_path / "copy.db").read_bytes() == store.path.read_bytes()


def test_a_full_medium_fails_the_copy(
    store: SqlCipherStore, dek: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _ballast(store, 20)

    def full(*_: object) -> int:
        raise OSError(errno.ENOSPC, "no space")

    monkeypatch.setattr(checked_copy.os, "copy_file_range", full)
    with pytest.raises(OSError) as raised:
        store.snapshot(tmp_path / "copy.db", dek, lambda *_: None)
    assert raised.value.errno == errno.ENOSPC
    assert store.database.pages_to_check() is None
