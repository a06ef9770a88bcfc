"""A backup killed with SIGKILL at random points (a child process): the vault opens
as before, with the same leads and a chain that verifies, and nothing on the
medium passes for a backup unless the child had finished writing it."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from db.store import SqlCipherStoreFactory
from desktop.audit.log import AuditLog
from desktop.backup.errors import BackupError
from desktop.backup.service import Backups
from desktop.card.emulator import VirtualCard
from desktop.card.emulator.inprocess import InProcessTransport
from desktop.card.session import OpenPgpSession
from desktop.domain.roles import Role
from desktop.leads.service import LeadService
from desktop.vault.service import VaultService
from tests.db.test_leads_service import new_lead
from tests.unit.backup_support import FileKeyStore
from tests.unit.vault_support import CHEAP, PIN, SystemClock, provisioned_card

ROOT = Path(__file__).resolve().parents[2]


def _card(state: Path) -> OpenPgpSession:
    return OpenPgpSession(InProcessTransport(VirtualCard(state)))


def _build(tmp: Path) -> tuple[VaultService, Backups]:
    clock = SystemClock()
    stores = SqlCipherStoreFactory(clock, AuditLog)
    vault = VaultService(tmp / "vault", stores, FileKeyStore(tmp / "keys.json"),  # type: ignore[arg-type]
                         clock)
    return vault, Backups(stores, clock)


def _state(vault: VaultService, tmp: Path) -> tuple[list[object], bool]:
    session = vault.unlock(_card(tmp / "clerk.card"), "clerk pw", PIN)
    try:
        leads = LeadService(session.store, SystemClock(), session.user, session.keys.ik)
        rows = [tuple(r) for r in leads.page(limit=100)]
        return rows, vault.verify_audit(session).chain.ok
    finally:
        vault.lock(session)


def test_a_killed_backup_leaves_the_vault_whole_and_no_backup(tmp_path: Path) -> None:
    chief = provisioned_card(tmp_path / "chief.card")
    clerk = provisioned_card(tmp_path / "clerk.card")
    vault, backups = _build(tmp_path)
    session, _ = vault.create(unit_code="110000", unit_name="某院", user_name="chief",
                              card=chief.session, pin=PIN, password="chief pw",
                              kdf_params=CHEAP, development=True)
    record = vault.enrollment_request(session, "user.add", "clerk", Role.CLERK, clerk.session)
    vault.add_user(session, user_name="clerk", role=Role.CLERK, card=clerk.session, pin=PIN,
                   password="clerk pw", approval=vault.approve(chief.session, PIN, record))
    vault.lock(session)
    session = vault.unlock(_card(tmp_path / "clerk.card"), "clerk pw", PIN)
    leads = LeadService(session.store, SystemClock(), session.user, session.keys.ik)
    for i in range(4):  # a few MB, so the copy takes several chunks
        created = leads.create(new_lead(SystemClock().now()))
        leads.attach(created.card.id, f"scan{i}.pdf", b"%PDF-" + os.urandom(3 * 1024 * 1024))
    vault.lock(session)
    before = _state(vault, tmp_path)
    assert before[1]

    rng = random.Random(13)
    argv = [sys.executable, "-m", "tests.unit.backup_child", str(tmp_path / "vault"),
            str(tmp_path / "clerk.card"), str(tmp_path / "keys.json")]
    (tmp_path / "full").mkdir()
    duration = _run([*argv, str(tmp_path / "full")], None)  # one whole run, timed
    kills = leftovers = 0
    for round_ in range(8):
        medium = tmp_path / f"usb{round_}"
        medium.mkdir()
        finished = _run([*argv, str(medium)], rng.uniform(0, duration))
        kills += finished < 0
        assert _state(vault, tmp_path)[0] == before[0]
        assert _state(vault, tmp_path)[1]
        session = vault.unlock(_card(tmp_path / "clerk.card"), "clerk pw", PIN)
        try:
            for folder in medium.iterdir():
                leftovers += 1
                try:
                    backups.verify(session, folder)
                except BackupError:
                    continue
                assert finished == -2, f"a killed backup verifies: {folder}"
        finally:
            vault.lock(session)
    assert kills >= 4 and leftovers >= 1  # killed mid-write, and something was left


def _run(argv: list[str], kill_after: float | None) -> float:
    """The time from unlock to exit (a whole run), or -1 when killed while the backup
    was being written, -2 when killed after it was written in full."""
    child = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "unlocked"
    started = time.monotonic()
    if kill_after is None:
        out = child.stdout.read()
        assert child.wait() == 0 and "done" in out
        return time.monotonic() - started
    time.sleep(kill_after)
    child.send_signal(signal.SIGKILL)
    out = child.stdout.read()
    child.wait()
    lines = out.split("\n")
    written = any(line.startswith("check") and line.split()[1] == line.split()[2]
                  and "copy" not in line for line in lines[-3:] if line.strip())
    return -2 if written or "done" in out else -1
