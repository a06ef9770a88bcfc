"""The virtual card's APDU framing: extended lengths, response chaining
(61xx + GET RESPONSE), command chaining (CLA 10)."""

from __future__ import annotations

import pytest

from desktop.card.emulator import VirtualCard
from desktop.card.emulator.command import LengthError, parse_command
from tests.unit.test_emulator_helpers import (
    PW1,
    admin_card,
    apdu,
    extended,
    get_data,
    put_data,
    select,
    send,
    verify,
)


def test_parse_all_four_cases_short_and_extended() -> None:
    assert parse_command(bytes.fromhex("00440000")).le is None
    assert parse_command(bytes.fromhex("00CA006E00")).le == 256
    case3 = parse_command(bytes.fromhex("002000810231 32"))
    assert case3.data == b"12" and case3.le is None
    case4 = parse_command(bytes.fromhex("002A9E9A0201 0200"))
    assert case4.data == b"\x01\x02" and case4.le == 256 and not case4.extended
    assert parse_command(bytes.fromhex("00CA006E000000")).le == 65536
    ext3 = parse_command(bytes.fromhex("00DA005B000003414243"))
    assert ext3.data == b"ABC" and ext3.extended and ext3.le is None
    ext4 = parse_command(bytes.fromhex("002A9E9A0000020102 0100"))
    assert ext4.data == b"\x01\x02" and ext4.le == 256


@pytest.mark.parametrize(
    "raw", ["00CA00", "00CA006E0000", "00DA005B0000", "00DA005B00000341", "002A9E9A0201"]
)
def test_parse_rejects_inconsistent_lengths(raw: str) -> None:
    with pytest.raises(LengthError):
        parse_command(bytes.fromhex(raw))


def test_extended_apdus_are_processed() -> None:
    card = VirtualCard()
    assert send(card, extended(0xA4, 0x04, 0x00, bytes.fromhex("D27600012401")))[1] == 0x9000
    aid, sw = send(card, extended(0xCA, 0x00, 0x4F, le=0))
    assert sw == 0x9000 and aid == card.aid
    assert send(card, extended(0x20, 0x00, 0x83, b"12345678"))[1] == 0x9000
    assert send(card, extended(0xDA, 0x00, 0x5B, b"Zhang<<San"))[1] == 0x9000
    assert get_data(card, 0x65)[0].startswith(b"\x5b\x0aZhang<<San")


def test_long_answer_on_a_short_apdu_is_chained_with_61xx() -> None:
    card = admin_card()
    url = bytes(range(200)) + bytes(range(55))  # 255 bytes: 6E + 65 + this
    assert put_data(card, 0x5F50, url) == 0x9000
    # Le = 0x40: the card answers 64 bytes at a time.
    first, sw = send(card, apdu(0, 0xCA, 0x5F, 0x50, le=0x40))
    assert (len(first), sw) == (64, 0x61BF)
    collected = first
    while sw & 0xFF00 == 0x6100:
        chunk, sw = send(card, apdu(0, 0xC0, 0, 0, le=0x40))
        collected += chunk
    assert sw == 0x9000
    assert collected == url


def test_short_le_zero_means_256_bytes() -> None:
    card = admin_card()
    assert put_data(card, 0x5F50, bytes(255)) == 0x9000
    value, sw = send(card, apdu(0, 0xCA, 0x5F, 0x50, le=0))
    assert (len(value), sw) == (255, 0x9000)


def test_get_response_pending_is_dropped_by_another_command() -> None:
    card = admin_card()
    put_data(card, 0x5F50, bytes(100))
    assert send(card, apdu(0, 0xCA, 0x5F, 0x50, le=10))[1] == 0x615A
    assert get_data(card, 0x4F)[1] == 0x9000
    assert send(card, apdu(0, 0xC0, 0, 0, le=0))[1] == 0x6985


def test_extended_answer_needs_no_chaining() -> None:
    card = admin_card()
    put_data(card, 0x5F50, bytes(255))
    value, sw = send(card, extended(0xCA, 0x00, 0x6E, le=0))
    assert sw == 0x9000 and len(value) > 200


def test_command_chaining_joins_the_data() -> None:
    card = admin_card()
    assert send(card, apdu(0x10, 0xDA, 0x00, 0x5B, b"Wang<<"))[1] == 0x9000
    assert send(card, apdu(0x00, 0xDA, 0x00, 0x5B, b"Wu"))[1] == 0x9000
    assert get_data(card, 0x65)[0][:10] == b"\x5b\x08Wang<<Wu"


def test_command_chaining_with_a_changed_header_is_refused() -> None:
    card = admin_card()
    assert send(card, apdu(0x10, 0xDA, 0x00, 0x5B, b"Wang<<"))[1] == 0x9000
    assert send(card, apdu(0x10, 0xDA, 0x5F, 0x50, b"x"))[1] == 0x6883
    # An unchained different command abandons the chain and runs normally.
    assert send(card, apdu(0x10, 0xDA, 0x00, 0x5B, b"Wang<<"))[1] == 0x9000
    assert get_data(card, 0x4F)[1] == 0x9000
    assert send(card, apdu(0x00, 0xDA, 0x00, 0x5B, b"Wu"))[1] == 0x9000
    assert get_data(card, 0x65)[0][:4] == b"\x5b\x02Wu"


def test_chained_signature_digest() -> None:
    card = admin_card()
    put_data(card, 0xC4, b"\x00")
    send(card, apdu(0, 0x47, 0x80, 0x00, b"\xb6\x00", le=0))
    verify(card, 0x81, PW1)
    assert send(card, apdu(0x10, 0x2A, 0x9E, 0x9A, bytes(16)))[1] == 0x9000
    signature, sw = send(card, apdu(0x00, 0x2A, 0x9E, 0x9A, bytes(16), le=0))
    assert sw == 0x9000 and len(signature) == 64


def test_overlong_chain_is_wrong_length() -> None:
    card = admin_card()
    sw = 0x9000
    for _ in range(20):
        sw = send(card, apdu(0x10, 0xDA, 0x00, 0x5B, bytes(250)))[1]
        if sw != 0x9000:
            break
    assert sw == 0x6700
    select(card)
