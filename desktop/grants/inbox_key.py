"""The keyholders' inbox key (DESIGN §6): viewers seal their requests and outbox
entries to its public half; its private half lives in vault.db, so only keyholders
read them. Made once, on first need; every checkpoint the chief's card signs
carries the public half, which is how viewers learn it and know it is genuine."""

from __future__ import annotations

from desktop.grants.sealing import new_key_pair
from desktop.ports import UnitOfWork


def inbox_public(tx: UnitOfWork) -> bytes:
    found = tx.grant_records.inbox_key()
    if found is None:
        public, private = new_key_pair()
        tx.grant_records.set_inbox_key(public, private)
        return public
    return found[0]


def inbox_private(tx: UnitOfWork) -> bytes | None:
    found = tx.grant_records.inbox_key()
    return None if found is None else found[1]
