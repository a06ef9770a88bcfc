"""A backup in a child process (test_backup_killed.py kills it with SIGKILL):
python -m tests.unit.backup_child DATA CARD_STATE KEYS MEDIUM"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from db.store import SqlCipherStoreFactory
from desktop.audit.log import AuditLog
from desktop.backup.service import Backups
from desktop.card.emulator import VirtualCard
from desktop.card.emulator.inprocess import InProcessTransport
from desktop.card.session import OpenPgpSession
from desktop.vault.service import VaultService
from tests.unit.backup_support import FileKeyStore
from tests.unit.vault_support import PIN, SystemClock


def main(data: Path, card_state: Path, keys: Path, medium: Path) -> None:
    clock = SystemClock()
    stores = SqlCipherStoreFactory(clock, AuditLog)
    vault = VaultService(data, stores, FileKeyStore(keys), clock)  # type: ignore[arg-type]
    card = OpenPgpSession(InProcessTransport(VirtualCard(card_state)))
    session = vault.unlock(card, "clerk pw", PIN)
    print("unlocked", flush=True)

    def progress(stage: str, done: int, total: int) -> None:
        print(stage, done, total, flush=True)
        time.sleep(0.005)

    Backups(stores, clock).create(session, medium, progress)
    print("done", flush=True)
    vault.lock(session)


if __name__ == "__main__":
    main(*(Path(a) for a in sys.argv[1:5]))
