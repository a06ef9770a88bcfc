"""Unlock does not read the whole file (issue 14); the whole-file checks run after it
(desktop.vault.integrity) and find what unlock no longer looks at."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.store import SqlCipherStore
from desktop.vault.errors import DatabaseCorrupt
from desktop.vault.integrity import INLINE_CHECK_BYTES, IntegrityPass, verify_whole_file
from desktop.vault.service import VaultService
from tests.unit.vault_support import CHEAP, PIN, VCard, make_service, provisioned_card

PASSWORD = "pw"
MB = 1024 * 1024


@pytest.fixture
def made(tmp_path: Path) -> tuple[VaultService, VCard]:
    card = provisioned_card()
    service = make_service(tmp_path)
    session, _created = service.create(
        unit_code="110000", unit_name="U", user_name="chief", card=card.session, pin=PIN,
        password=PASSWORD, kdf_params=CHEAP, development=True,
    )
    service.lock(session)
    return service, card


def _grow(service: VaultService, card: VCard, megabytes: int) -> None:
    session = service.unlock(card.session, PASSWORD, PIN)
    store = session.store
    assert isinstance(store, SqlCipherStore)
    db = store.database
    db.execute("CREATE TABLE IF NOT EXISTS ballast (b BLOB)")
    with db.transaction():
        for _ in range(megabytes):
            db.execute("INSERT INTO ballast VALUES (randomblob(?))", (MB,))
    service.lock(session)


def _bytes_read() -> int:
    """Bytes this process passed through read()/pread() (page cache hits included)."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar")


def _unlock_reads(service: VaultService, card: VCard) -> int:
    before = _bytes_read()
    session = service.unlock(card.session, PASSWORD, PIN)
    read = _bytes_read() - before
    service.lock(session)
    return read


def test_unlock_reads_the_same_few_pages_of_a_2_mb_and_a_200_mb_vault(
    made: tuple[VaultService, VCard],
) -> None:
    service, card = made
    _grow(service, card, 2)
    assert service.db_path.stat().st_size < INLINE_CHECK_BYTES  # checked whole at unlock
    small = _unlock_reads(service, card)
    _grow(service, card, 200)
    size = service.db_path.stat().st_size
    assert size > 200 * MB
    big = _unlock_reads(service, card)
    # The small vault is read whole (it is under the inline budget); the big one is
    # not: unlock reads at most that budget plus the same few pages again.
    assert small > 2 * MB
    assert big < small + INLINE_CHECK_BYTES
    assert big < size / 20


def test_a_flipped_page_past_the_budget_is_found_after_unlock(
    made: tuple[VaultService, VCard],
) -> None:
    service, card = made
    _grow(service, card, 24)
    data = bytearray(service.db_path.read_bytes())
    assert len(data) > INLINE_CHECK_BYTES
    data[len(data) - 10 * 4096 + 100] ^= 0xFF  # inside ballast, which unlock never reads
    service.db_path.write_bytes(bytes(data))
    session = service.unlock(card.session, PASSWORD, PIN)  # does not read that page
    fractions: list[float] = []
    with pytest.raises(DatabaseCorrupt, match="HMAC"):
        verify_whole_file(session, fractions.append)
    assert fractions[0] == 0.0
    service.lock(session)


def test_a_healthy_vault_passes_step_by_step(made: tuple[VaultService, VCard]) -> None:
    service, card = made
    _grow(service, card, 20)
    session = service.unlock(card.session, PASSWORD, PIN)
    check = IntegrityPass(session)
    steps = 0
    while not check.step():
        steps += 1
        with session.store.transaction() as tx:  # other work between slices
            tx.audit.append(session.actor, "test.between_slices")
    assert check.done and check.fraction == 1.0
    assert steps > 3  # pages in more than one slice, then a table at a time
    verify_whole_file(session)
    service.lock(session)
