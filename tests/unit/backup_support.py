"""Helpers (no tests) for the backup tests: a vault site with a clerk and a chief
whose cards and keyring live in files, so a subprocess can open it too."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.backup.service import Backups
from desktop.domain.leads import LeadNumber
from desktop.leads.service import LeadService
from desktop.vault.session import Session
from tests.db.test_leads_service import new_lead
from tests.unit.test_witness_rules import Site
from tests.unit.vault_support import MemoryKeyStore


class FileKeyStore(MemoryKeyStore):
    """The machine secret in a JSON file: the keyring a child process shares."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        if path.exists():
            self.secrets = {k: bytes.fromhex(v) for k, v in json.loads(path.read_text()).items()}

    def put(self, vault_id: str, secret: bytes) -> None:
        super().put(vault_id, secret)
        self.path.write_text(json.dumps({k: v.hex() for k, v in self.secrets.items()}))


def backups(site: Site) -> Backups:
    from db.store import SqlCipherStoreFactory
    from desktop.audit.log import AuditLog

    return Backups(SqlCipherStoreFactory(site.clock, AuditLog), site.clock)


def add_leads(site: Site, count: int) -> None:
    session = site.unlock(site.clerk, "clerk pw")
    try:
        leads = site.leads(session)
        for _ in range(count):
            leads.create(new_lead(site.clock.now()))
    finally:
        site.vault.lock(session)


def snapshot(site: Site, leads: LeadService) -> tuple[list[object], list[object]]:
    rows = list(leads.page(limit=1000))
    identities: list[object] = [leads.identities(LeadNumber.parse(row.number)) for row in rows]
    return [tuple(r) for r in rows], identities


def chain(session: Session) -> list[tuple[int, str, str]]:
    with session.store.reading() as tx:
        return [(r.seq, r.action, r.hash) for r in tx.audit_records.iterate()]
