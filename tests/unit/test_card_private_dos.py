"""Private-use data objects 0101-0104 (OpenPGP 3.4 §4.4.1): the virtual card keeps
them with the specification's access rules, the session reads and writes them, and a
card without them says so with a typed error. A card that answers 61 00 forever
cannot hang the card thread."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.card import tlv
from desktop.card.apdu import MAX_GET_RESPONSES, ApduChannel
from desktop.card.emulator import InProcessTransport, VirtualCard
from desktop.card.emulator.state import CardState, load_or_create
from desktop.card.errors import (
    MalformedResponse,
    PinRequired,
    PrivateDataUnsupported,
    UnexpectedStatus,
)
from desktop.card.objects import PW1, PW3
from desktop.card.session import OpenPgpSession
from tests.unit.card_scripts import ScriptedTransport

PIN = "123456"
ADMIN_PIN = "12345678"
RECORD = b'{"vault":"8c1f","seq":1287}'


def _session(card: VirtualCard) -> OpenPgpSession:
    session = OpenPgpSession(InProcessTransport(card))
    session.select()
    return session


def test_the_card_announces_private_dos() -> None:
    session = _session(VirtualCard())
    flags = session.get_data(0x00C0)[0]
    assert flags & 0x08
    assert tlv.find(session.get_data(0x006E), 0xC0) is not None


def test_0101_is_read_always_and_written_after_pw1_82() -> None:
    card = VirtualCard()
    session = _session(card)
    assert session.read_private_do(1) == b""
    with pytest.raises(PinRequired) as refused:
        session.write_private_do(1, RECORD)
    assert refused.value.remaining == 3
    assert session.read_private_do(1) == b""  # nothing written by the refusal
    session.verify_pin(PIN, PW1)
    session.write_private_do(1, RECORD)
    assert session.read_private_do(1) == RECORD
    card.reset()  # power cycle: the record stays, the PIN state does not
    again = _session(card)
    assert again.read_private_do(1) == RECORD
    with pytest.raises(PinRequired):
        again.write_private_do(1, b"rewritten without the PIN")
    assert again.read_private_do(1) == RECORD


def test_0102_and_0104_need_the_admin_pin_and_0103_the_user_pin() -> None:
    session = _session(VirtualCard())
    with session.transaction():
        session.verify_pin(PIN, PW1)
        with pytest.raises(PinRequired):
            session.write_private_do(2, b"x")
        with pytest.raises(PinRequired):
            session.read_private_do(4)
        session.write_private_do(3, b"user secret")
        assert session.read_private_do(3) == b"user secret"
    with session.transaction():
        session.verify_pin(ADMIN_PIN, PW3)
        session.write_private_do(2, b"admin note")
        session.write_private_do(4, b"admin secret")
        assert session.read_private_do(2) == b"admin note"
        assert session.read_private_do(4) == b"admin secret"


def test_the_pin_hold_ends_after_one_gated_operation() -> None:
    """Outside an explicit transaction, VERIFY + one PIN-gated operation is all a
    verified PIN buys (the session's rule for signing and deciphering too)."""
    session = _session(VirtualCard())
    session.verify_pin(PIN, PW1)
    assert session.read_private_do(1) == b""  # needs no PIN: the hold goes on
    session.write_private_do(1, RECORD)
    with pytest.raises(PinRequired):
        session.write_private_do(1, b"a second write without the PIN")
    assert session.read_private_do(1) == RECORD


def test_0103_is_not_readable_without_the_user_pin() -> None:
    card = VirtualCard()
    session = _session(card)
    session.verify_pin(PIN, PW1)
    session.write_private_do(3, b"user secret")
    card.reset()
    with pytest.raises(PinRequired):
        _session(card).read_private_do(3)


def test_a_record_too_long_is_refused_and_the_old_one_kept() -> None:
    session = _session(VirtualCard())
    with session.transaction():
        session.verify_pin(PIN, PW1)
        session.write_private_do(1, RECORD)
        with pytest.raises(UnexpectedStatus) as refused:
            session.write_private_do(1, bytes(256))
    assert refused.value.sw == 0x6700
    assert session.read_private_do(1) == RECORD


def test_the_record_survives_in_the_state_file(tmp_path: Path) -> None:
    path = tmp_path / "card.json"
    card = VirtualCard(path)
    session = _session(card)
    session.verify_pin(PIN, PW1)
    session.write_private_do(1, RECORD)
    assert load_or_create(path).private_dos == {1: RECORD}
    assert _session(VirtualCard(path)).read_private_do(1) == RECORD


def test_a_state_file_from_before_private_dos_still_loads() -> None:
    old = CardState.blank(serial=7).to_json()
    del old["private_dos"], old["private_dos_supported"]
    state = CardState.from_json(old)
    assert state.private_dos == {} and state.private_dos_supported


@pytest.mark.parametrize("number", [1, 2, 3, 4])
def test_a_card_without_private_dos_says_so(number: int) -> None:
    state = CardState.blank()
    state.private_dos_supported = False
    session = _session(VirtualCard(state=state))
    with session.transaction():
        session.verify_pin(PIN, PW1)
        session.verify_pin(ADMIN_PIN, PW3)
        with pytest.raises(PrivateDataUnsupported) as missing:
            session.read_private_do(number)
        assert missing.value.number == number
        with pytest.raises(PrivateDataUnsupported):
            session.write_private_do(number, b"x")


def test_61_00_forever_with_no_data_stops() -> None:
    calls = 0

    def answer(_apdu: bytes) -> tuple[bytes, int]:
        nonlocal calls
        calls += 1
        return b"", 0x6100

    with pytest.raises(MalformedResponse):
        ApduChannel(ScriptedTransport(answer)).transmit(0xCA, 0x00, 0x6E, le=256)
    assert calls == MAX_GET_RESPONSES + 1
