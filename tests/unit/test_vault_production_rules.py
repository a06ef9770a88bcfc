"""What a production vault (neither demo nor development) refuses: test cards
(manufacturer 0xFF00-0xFFFE) and cards behind the virtual reader, and Argon2id
parameters below 64 MiB and 2 passes — at `vault init`, at enrolment and at
every unlock. Production vaults here use a virtual card given a real vendor's
manufacturer id (Yubico's, 0x0006), as a real card would report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.domain.roles import Role
from desktop.vault import slot_crypto
from desktop.vault.errors import DevelopmentCardRefused, HeaderTampered, KdfTooWeak
from desktop.vault.header_file import HeaderFile
from desktop.vault.kdf import Argon2Params
from desktop.vault.service import VaultService
from tests.unit.vault_support import CHEAP, PIN, VCard, make_service, provisioned_card

FLOOR = Argon2Params(time_cost=2, memory_kib=64 * 1024, parallelism=1)
YUBICO = 0x0006


def _real_card() -> VCard:
    card = provisioned_card()
    card.virtual.state.manufacturer = YUBICO
    return card


def _create(service: VaultService, card: VCard, params: Argon2Params = FLOOR) -> None:
    session, _ = service.create(unit_code="110000", unit_name="某院", user_name="chief",
                                card=card.session, pin=PIN, password="pw", kdf_params=params)
    service.lock(session)


def _nothing_in(folder: Path) -> bool:
    return not folder.exists() or not any(
        p.name != "vault.lock" for p in folder.iterdir()
    )


def test_a_production_vault_opens_with_a_real_card(tmp_path: Path) -> None:
    service, card = make_service(tmp_path / "v"), _real_card()
    _create(service, card)
    assert not HeaderFile(service.data_dir).load().header.development
    service.lock(service.unlock(card.session, "pw", PIN))


def test_init_refuses_a_test_card_and_weak_parameters(tmp_path: Path) -> None:
    with pytest.raises(DevelopmentCardRefused):
        _create(make_service(tmp_path / "a"), provisioned_card())
    assert _nothing_in(tmp_path / "a")
    with pytest.raises(KdfTooWeak):
        _create(make_service(tmp_path / "b"), _real_card(), CHEAP)
    assert _nothing_in(tmp_path / "b")


def test_a_card_behind_the_virtual_reader_is_refused(tmp_path: Path) -> None:
    service, card = make_service(tmp_path / "v"), _real_card()
    _create(service, card)
    card.transport.reader = "Virtual PCD 00 00"  # type: ignore[attr-defined]
    before = card.session.info().pin_status.pw1_retries
    with pytest.raises(DevelopmentCardRefused, match="Virtual PCD"):
        service.unlock(card.session, "pw", PIN)
    assert card.session.info().pin_status.pw1_retries == before  # no PIN spent


def test_enrolling_a_test_card_is_refused(tmp_path: Path) -> None:
    service, chief = make_service(tmp_path / "v"), _real_card()
    _create(service, chief)
    session = service.unlock(chief.session, "pw", PIN)
    try:
        newcomer = provisioned_card()  # manufacturer 0xFFFE
        with pytest.raises(DevelopmentCardRefused):
            record = service.enrollment_request(session, "user.add", "c", Role.CLERK,
                                                newcomer.session)
            service.add_user(session, user_name="c", role=Role.CLERK, card=newcomer.session,
                             pin=PIN, password="c", approval=service.approve(
                                 chief.session, PIN, record))
    finally:
        service.lock(session)
    assert [u[0] for u in service.info().users] == ["chief"]


def test_weak_parameters_written_into_the_header_are_refused_at_unlock(tmp_path: Path) -> None:
    service, card = make_service(tmp_path / "v"), _real_card()
    _create(service, card)
    session = service.unlock(card.session, "pw", PIN)
    dek = bytearray(session.keys.dek)  # a keyholder re-signs the header with her DEK
    service.lock(session)
    files = HeaderFile(service.data_dir)
    header = files.load().header
    files.save(slot_crypto.sign_header(header.with_changes(kdf=CHEAP), dek))
    with pytest.raises(KdfTooWeak):
        service.unlock(card.session, "pw", PIN)


def test_the_development_flag_cannot_be_added_without_the_key(tmp_path: Path) -> None:
    service, card = make_service(tmp_path / "v"), _real_card()
    _create(service, card)
    files = HeaderFile(service.data_dir)
    doc = json.loads(files.path.read_bytes())
    doc["development"] = True
    files.path.write_bytes(json.dumps(doc).encode())
    files.backup_path.write_bytes(json.dumps(doc).encode())
    with pytest.raises(HeaderTampered):
        service.unlock(card.session, "pw", PIN)
