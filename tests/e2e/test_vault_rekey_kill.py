"""Durability of rekey: a process rekeying over and over is SIGKILLed at random
points (and right after each step); every time, the vault opens — for the
user who rekeyed and for one who was absent — passes cipher_integrity_check
and chain verification, and holds every rekey that was reported done.

Real SQLCipher files and the real Secret Service; the card is the in-process
virtual card (its state file is shared with the worker process)."""

from __future__ import annotations

import contextlib
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest

from db.store import SqlCipherStoreFactory
from desktop.audit.chain import verify_chain
from desktop.audit.log import AuditLog
from desktop.card.emulator import InProcessTransport, VirtualCard
from desktop.card.emulator.provision import provision
from desktop.card.session import OpenPgpSession
from desktop.domain.roles import Role
from desktop.vault.header_file import HeaderFile
from desktop.vault.kdf import Argon2Params
from desktop.vault.keyring_store import OsKeyStore
from desktop.vault.service import VaultService

REPO = Path(__file__).resolve().parents[2]
PIN = "123456"
STEPS = ("audited", "pending-header", "database", "final-header")


class Clock:
    def now(self) -> datetime:
        return datetime.now(UTC)


def open_card(path: Path) -> OpenPgpSession:
    return OpenPgpSession(InProcessTransport(VirtualCard(path)))


@pytest.fixture
def vault(tmp_path: Path, secret_service: object) -> Iterator[tuple[VaultService, Path, Path]]:
    data = tmp_path / "vault"
    chief_state, clerk_state = tmp_path / "chief.json", tmp_path / "clerk.json"
    provision(VirtualCard(chief_state), "Chief")
    provision(VirtualCard(clerk_state), "Clerk")
    service = VaultService(data, SqlCipherStoreFactory(Clock(), AuditLog), OsKeyStore(), Clock())
    chief = open_card(chief_state)
    session, created = service.create(
        unit_code="110000",
        unit_name="U",
        user_name="chief",
        card=chief,
        pin=PIN,
        password="chief pw",
        kdf_params=Argon2Params.cheap_for_tests(),
        development=True,
    )

    clerk = open_card(clerk_state)
    record = service.enrollment_request(session, "user.add", "clerk", Role.CLERK, clerk)
    service.add_user(
        session,
        user_name="clerk",
        role=Role.CLERK,
        card=clerk,
        pin=PIN,
        password="clerk pw",
        approval=service.approve(chief, PIN, record),
    )
    service.lock(session)
    yield service, chief_state, clerk_state
    with contextlib.suppress(Exception):
        keyring.delete_password("leadvault", created.vault_id)


def _worker(data: Path, card_state: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.e2e.vault_worker",
            "rekey-loop",
            str(data),
            str(card_state),
        ],
        cwd=REPO,
        env={**os.environ, "LEADVAULT_PASSWORD": "chief pw"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _read_until_killed(
    proc: subprocess.Popen[str], kill_after: str | None, delay: float
) -> list[str]:
    """Read the worker's lines; SIGKILL it right after ``kill_after`` is printed,
    or ``delay`` seconds after it unlocked."""
    assert proc.stdout is not None and proc.stderr is not None
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    seen: list[str] = []
    unlocked_at: float | None = None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if (
            kill_after is None
            and unlocked_at is not None
            and time.monotonic() - unlocked_at >= delay
        ):
            break
        try:
            line = lines.get(timeout=0.002)
        except queue.Empty:
            continue
        if line is None:
            pytest.fail(f"worker exited by itself: {proc.stderr.read()}")
        seen.append(line)
        if line == "unlocked":
            unlocked_at = time.monotonic()
        if kill_after is not None and line == f"step {kill_after}":
            break
    else:
        proc.kill()
        pytest.fail(f"worker never reached its kill point; output: {seen}")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    while (line := lines.get()) is not None:  # what it printed before dying counts too
        seen.append(line)
    return seen


def _opens(service: VaultService, card_state: Path, password: str) -> int:
    card = open_card(card_state)
    session = service.unlock(card, password, PIN)
    try:
        assert session.store.cipher_integrity_check() == ()
        with session.store.reading() as tx:
            result = verify_chain(tx.audit_records.iterate())
        assert result.ok, result.first_break
        return HeaderFile(service.data_dir).load().header.dek_generation
    finally:
        service.lock(session)


@pytest.mark.slow
def test_rekey_killed_at_random_points_always_leaves_an_openable_vault(
    vault: tuple[VaultService, Path, Path],
) -> None:
    service, chief_state, clerk_state = vault
    rng = random.Random(20261129)
    plan: list[tuple[str | None, float]] = [(step, 0.0) for step in STEPS]
    plan += [(None, rng.uniform(0.0, 0.8)) for _ in range(16)]
    reported = 1
    for i, (kill_after, delay) in enumerate(plan):
        lines = _read_until_killed(_worker(service.data_dir, chief_state), kill_after, delay)
        done = [int(line.split()[1]) for line in lines if line.startswith("done ")]
        reported = max([reported, *done])
        # Alternate who opens first: the rekeying chief, or the clerk who was absent.
        order = [(chief_state, "chief pw"), (clerk_state, "clerk pw")]
        if i % 2:
            order.reverse()
        for state, password in order:
            generation = _opens(service, state, password)
            assert generation >= reported, (kill_after, delay, lines)
    header = HeaderFile(service.data_dir).load().header
    assert header.prior_dek is None
    assert header.dek_generation >= len(STEPS)  # the kills did interrupt real rekeys
