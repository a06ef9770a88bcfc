"""A separate process for the vault's e2e tests (no tests here).

    LEADVAULT_PASSWORD=… python -m tests.e2e.vault_worker rekey-loop DATA CARD_STATE
        unlock with the in-process virtual card in CARD_STATE, then rekey again
        and again, printing each step ("step pending-header", "done 3") until
        killed.
    LEADVAULT_PASSWORD=… LEADVAULT_CANARY=… python -m tests.e2e.vault_worker canary DATA READER
        unlock through pcscd with the card in READER, store CANARY as draft and
        setting payloads, lock.

Secrets come from the environment, as in the product: never in argv, where
any process on the machine could read them."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from db.store import SqlCipherStoreFactory
from desktop.audit.log import AuditLog
from desktop.card import pcsc
from desktop.card.emulator import InProcessTransport, VirtualCard
from desktop.card.session import OpenPgpSession
from desktop.vault.keyring_store import OsKeyStore
from desktop.vault.service import VaultService

PIN = "123456"


class Clock:
    def now(self) -> datetime:
        return datetime.now(UTC)


def service(data: Path) -> VaultService:
    return VaultService(data, SqlCipherStoreFactory(Clock(), AuditLog), OsKeyStore(), Clock())


def rekey_loop(data: Path, card_state: Path, password: str) -> None:
    vault = service(data)
    card = OpenPgpSession(InProcessTransport(VirtualCard(card_state)))
    session = vault.unlock(card, password, PIN)
    print("unlocked", flush=True)

    def step(name: str) -> None:
        print(f"step {name}", flush=True)

    while True:
        generation = vault.rekey(session, card, PIN, password, after_step=step)
        print(f"done {generation}", flush=True)


def canary(data: Path, reader: str, password: str, text: str) -> None:
    vault = service(data)
    card = OpenPgpSession(pcsc.connect(reader))
    try:
        session = vault.unlock(card, password, PIN)
        with session.store.transaction() as tx:
            tx.drafts.save(session.user.id, "lead", text.encode("utf-8") * 50, Clock().now())
            tx.settings.set("canary", text)
            tx.audit.append(session.actor, "draft.save", "draft:1")
        vault.lock(session)
    finally:
        card.close()
    print("stored", flush=True)


if __name__ == "__main__":
    command, *rest = sys.argv[1:]
    if command == "rekey-loop":
        rekey_loop(Path(rest[0]), Path(rest[1]), os.environ["LEADVAULT_PASSWORD"])
    elif command == "canary":
        canary(
            Path(rest[0]), rest[1], os.environ["LEADVAULT_PASSWORD"], os.environ["LEADVAULT_CANARY"]
        )
    else:
        raise SystemExit(f"unknown command {command}")
