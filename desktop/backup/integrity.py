"""The whole-file integrity check of a copied database, in one small function: the
wt-scale work moves the vault's own check off unlock into a callable, which can
replace this body (the page HMACs of every page of the main file)."""

from __future__ import annotations

from desktop.ports import Store


def whole_file_problems(store: Store) -> tuple[str, ...]:
    """() when every page authenticates (PRAGMA cipher_integrity_check)."""
    return store.cipher_integrity_check()
