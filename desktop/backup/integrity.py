"""The whole-file integrity check of a backup's database, for ``backup verify`` (a new
backup's pages are checked as it is copied: db.checked_copy)."""

from __future__ import annotations

from desktop.ports import Store


def whole_file_problems(store: Store) -> tuple[str, ...]:
    """() when every page authenticates (PRAGMA cipher_integrity_check)."""
    return store.cipher_integrity_check()
