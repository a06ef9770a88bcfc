"""Bad headers, bad databases and tampering: a typed error and nothing changed
(in-process cards; the same faults through the CLI: tests/e2e/test_vault_cli.py)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from desktop.vault.errors import (
    DatabaseCorrupt,
    DatabaseRolledBack,
    HeaderCorrupt,
    HeaderTampered,
    SlotNotOnRoster,
    SlotRoleMismatch,
    WrongPassword,
)
from desktop.vault.header_file import HeaderFile
from desktop.vault.service import HEAD_REFRESH, VaultService
from tests.unit.vault_support import CHEAP, PIN, VCard, make_service, provisioned_card

PASSWORD = "pw"


@pytest.fixture
def made(tmp_path: Path) -> tuple[VaultService, VCard]:
    card = provisioned_card()
    service = make_service(tmp_path)
    session, _created = service.create(
        unit_code="110000",
        unit_name="U",
        user_name="chief",
        card=card.session,
        pin=PIN,
        password=PASSWORD,
        kdf_params=CHEAP,
        development=True,
    )
    service.lock(session)
    return service, card


def _digest(data_dir: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data_dir.iterdir())
        if p.is_file() and p.name != "vault.lock"
    }


def _edit_header(data_dir: Path, change: object) -> None:
    hf = HeaderFile(data_dir)
    doc = json.loads(hf.path.read_bytes())
    change(doc)  # type: ignore[operator]
    text = json.dumps(doc).encode()
    hf.path.write_bytes(text)
    hf.backup_path.write_bytes(text)


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d["slots"][0]["meta"].update(user_name="someone else"),
        lambda d: d["slots"][0]["meta"].update(holds_identity_key=False),
        lambda d: d["slots"][0]["meta"]["kdf"].update(memory_kib=16384),
    ],
)
def test_an_edited_slot_does_not_unwrap_and_looks_like_a_wrong_password(
    made: tuple[VaultService, VCard], edit: object
) -> None:
    service, card = made
    _edit_header(service.data_dir, edit)
    with pytest.raises(WrongPassword):
        service.unlock(card.session, PASSWORD, PIN)


@pytest.mark.parametrize(
    ("edit", "refusal"),
    [
        (lambda d: d["slots"][0]["meta"].update(role="clerk"), SlotRoleMismatch),
        (lambda d: d["slots"][0]["meta"].update(slot_id="0" * 32), SlotNotOnRoster),
    ],
)
def test_a_slot_the_signed_roster_does_not_vouch_for_is_refused_before_any_pin(
    made: tuple[VaultService, VCard], edit: object, refusal: type[Exception]
) -> None:
    service, card = made
    _edit_header(service.data_dir, edit)
    before = card.session.info().pin_status.pw1_retries
    with pytest.raises(refusal):
        service.unlock(card.session, PASSWORD, PIN)
    assert card.session.info().pin_status.pw1_retries == before


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d["audit_head"].update(seq=1),
        lambda d: d.update(unit_name="Forged"),
        lambda d: d.update(demo=True),
        lambda d: d["recovery"].update(code_id="f" * 32),
    ],
)
def test_an_edited_header_body_fails_its_mac(
    made: tuple[VaultService, VCard], edit: object
) -> None:
    service, card = made
    _edit_header(service.data_dir, edit)
    with pytest.raises(HeaderTampered):
        service.unlock(card.session, PASSWORD, PIN)


def test_corrupt_header_unlocks_from_backup_says_so_and_audits_it(
    made: tuple[VaultService, VCard],
) -> None:
    service, card = made
    service.lock(service.unlock(card.session, PASSWORD, PIN))  # a backup exists now
    HeaderFile(service.data_dir).path.write_bytes(b"\x00" * 10)
    assert service.info().fell_back
    session = service.unlock(card.session, PASSWORD, PIN)
    assert session.header_fell_back is not None
    with session.store.reading() as tx:
        assert "vault.header_fallback" in [r.action for r in tx.audit_records.iterate()]
    service.lock(session)
    assert not service.info().fell_back  # repaired by the next header write


def test_both_headers_bad(made: tuple[VaultService, VCard]) -> None:
    service, card = made
    HeaderFile(service.data_dir).path.write_bytes(b"{")
    HeaderFile(service.data_dir).backup_path.write_bytes(b"{")
    with pytest.raises(HeaderCorrupt):
        service.unlock(card.session, PASSWORD, PIN)


def test_rolled_back_database_is_detected(made: tuple[VaultService, VCard]) -> None:
    service, card = made
    db = service.db_path
    old = db.read_bytes()
    for _ in range(2):
        service.lock(service.unlock(card.session, PASSWORD, PIN))
    db.write_bytes(old)
    before = _digest(service.data_dir)
    with pytest.raises(DatabaseRolledBack) as caught:
        service.unlock(card.session, PASSWORD, PIN)
    assert caught.value.header_seq > caught.value.database_seq
    assert _digest(service.data_dir) == before


def test_a_replaced_database_with_the_same_length_history_is_detected(
    made: tuple[VaultService, VCard], tmp_path: Path
) -> None:
    service, card = made
    db = service.db_path
    snapshot = db.read_bytes()
    service.lock(service.unlock(card.session, PASSWORD, PIN))
    head = HeaderFile(service.data_dir).load().header.audit_head
    db.write_bytes(snapshot)
    # Grow the old copy by as many records, but different ones: a diverged history.
    session = None
    try:
        from db.store import SqlCipherStoreFactory
        from desktop.audit.log import AuditLog
        from tests.unit.vault_support import SystemClock

        store = SqlCipherStoreFactory(SystemClock(), AuditLog).open(db, bytes(_dek(service, card)))
        while store.audit_head().seq < head.seq:
            with store.transaction() as tx:
                tx.audit.append("system", "forged.record")
        store.close()
        with pytest.raises(DatabaseRolledBack):
            session = service.unlock(card.session, PASSWORD, PIN)
    finally:
        if session is not None:
            service.lock(session)


def _dek(service: VaultService, card: VCard) -> bytes:
    header = HeaderFile(service.data_dir).load().header
    from desktop.vault import card_factor, kdf, slot_crypto

    slot = header.slots[0]
    machine = service._keys.get(header.vault_id)
    assert machine is not None
    k_pw = kdf.derive(PASSWORD.encode(), slot.meta.salt, slot.meta.kdf)
    k_card = card_factor.from_card(card.session, PIN, slot.meta.ephemeral_point)
    kek = slot_crypto.slot_kek(k_pw, k_card, machine, header.vault_uuid_bytes, slot.meta.slot_id)
    return bytes(slot_crypto.open_slot(slot, kek)[0])


@pytest.mark.parametrize("cut", [1, 4096, 5000])
def test_truncated_database_is_refused_and_left_alone(
    made: tuple[VaultService, VCard], cut: int
) -> None:
    service, card = made
    db = service.db_path
    db.write_bytes(db.read_bytes()[:-cut])
    before = _digest(service.data_dir)
    with pytest.raises(DatabaseCorrupt):
        service.unlock(card.session, PASSWORD, PIN)
    assert _digest(service.data_dir) == before


def test_a_flipped_byte_in_the_database_is_refused(made: tuple[VaultService, VCard]) -> None:
    service, card = made
    data = bytearray(service.db_path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    service.db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorrupt):
        service.unlock(card.session, PASSWORD, PIN)


def test_header_head_is_refreshed_every_100_records(made: tuple[VaultService, VCard]) -> None:
    service, card = made
    session = service.unlock(card.session, PASSWORD, PIN)
    start = HeaderFile(service.data_dir).load().header.audit_head.seq
    for _ in range(HEAD_REFRESH + 5):
        with session.store.transaction() as tx:
            tx.audit.append(session.actor, "test.write")
    refreshed = HeaderFile(service.data_dir).load().header.audit_head.seq
    assert refreshed >= start + HEAD_REFRESH
    assert session.store.audit_head().seq - refreshed < HEAD_REFRESH
    service.lock(session)
