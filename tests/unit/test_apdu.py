"""APDU encoding, response chaining (61xx) and command chaining."""

from __future__ import annotations

import pytest

from desktop.card import tlv
from desktop.card.apdu import ApduChannel, Capabilities, encode, parse_historical_bytes
from desktop.card.crypto import verify_signature
from desktop.card.emulator import InProcessTransport, VirtualCard
from desktop.card.errors import MalformedResponse
from desktop.card.model import Algorithm, PublicKey
from tests.unit.card_scripts import ScriptedTransport

YUBIKEY_HISTORICAL = bytes.fromhex("0073000080059000")  # chaining, no extended
EXTENDED_HISTORICAL = bytes.fromhex("00730000E0059000")  # chaining and extended


def test_short_encodings() -> None:
    assert encode(0, 0xA4, 4, 0, bytes.fromhex("D27600012401")) == bytes.fromhex(
        "00A4040006D27600012401"
    )
    assert encode(0, 0xCA, 0, 0xC4, le=256) == bytes.fromhex("00CA00C400")
    assert encode(0, 0xC0, 0, 0, le=0x10) == bytes.fromhex("00C0000010")
    assert encode(0, 0x20, 0, 0x81) == bytes.fromhex("00200081")
    assert encode(0, 0x2A, 0x9E, 0x9A, b"\x01\x02", le=256) == bytes.fromhex("002A9E9A02010200")


def test_extended_encodings() -> None:
    assert encode(0, 0xCA, 0, 0x6E, le=65536, extended=True) == bytes.fromhex("00CA006E000000")
    assert encode(0, 0xDA, 0, 0x5B, bytes(300), extended=True)[:7] == bytes.fromhex(
        "00DA005B00012C"
    )
    with_le = encode(0, 0x2A, 0x9E, 0x9A, bytes(300), le=256, extended=True)
    assert with_le[-2:] == b"\x01\x00" and len(with_le) == 4 + 3 + 300 + 2


def test_short_encoding_refuses_long_data() -> None:
    with pytest.raises(ValueError):
        encode(0, 0xDA, 0, 0x5B, bytes(256))
    with pytest.raises(ValueError):
        encode(0, 0xCA, 0, 0x6E, le=257)


def test_historical_bytes_capabilities() -> None:
    assert parse_historical_bytes(YUBIKEY_HISTORICAL) == (True, False)
    assert parse_historical_bytes(EXTENDED_HISTORICAL) == (True, True)
    assert parse_historical_bytes(b"") == (False, False)
    assert parse_historical_bytes(bytes.fromhex("8031")) == (False, False)
    with pytest.raises(MalformedResponse):
        parse_historical_bytes(bytes.fromhex("0073C0059000"))


def test_capabilities_read_7f66_limits() -> None:
    caps = Capabilities.from_card(EXTENDED_HISTORICAL, bytes.fromhex("0202080002020400"))
    assert caps == Capabilities(True, True, 2048, 1024)
    assert Capabilities.from_card(YUBIKEY_HISTORICAL, None).extended_length is False


def test_response_chaining_collects_get_response() -> None:
    transport = ScriptedTransport(
        [(b"A" * 256, 0x6110), (b"B" * 16, 0x6100), (b"C" * 256, 0x6105), (b"D" * 5, 0x9000)]
    )
    data, sw = ApduChannel(transport).transmit(0xCA, 0x00, 0x6E, le=256)
    assert sw == 0x9000
    assert data == b"A" * 256 + b"B" * 16 + b"C" * 256 + b"D" * 5
    assert transport.sent[1:] == [
        bytes.fromhex("00C0000010"),
        bytes.fromhex("00C0000000"),
        bytes.fromhex("00C0000005"),
    ]


def test_endless_61xx_is_malformed() -> None:
    transport = ScriptedTransport(lambda _apdu: (bytes(255), 0x61FF))
    with pytest.raises(MalformedResponse):
        ApduChannel(transport).transmit(0xCA, 0x00, 0x6E, le=256)


def test_wrong_le_6cxx_is_repeated_with_the_right_le() -> None:
    transport = ScriptedTransport([(b"", 0x6C07), (bytes(7), 0x9000)])
    data, sw = ApduChannel(transport).transmit(0xCA, 0x00, 0xC4, le=256)
    assert (data, sw) == (bytes(7), 0x9000)
    assert transport.sent[1] == bytes.fromhex("00CA00C407")


def test_command_chaining_without_extended_length() -> None:
    transport = ScriptedTransport(lambda _apdu: (b"", 0x9000))
    channel = ApduChannel(transport, Capabilities(command_chaining=True))
    payload = bytes(range(256)) * 2 + bytes(88)  # 600 bytes
    channel.transmit(0xDA, 0x7F, 0x21, payload)
    assert [apdu[0] for apdu in transport.sent] == [0x10, 0x10, 0x00]
    assert [apdu[4] for apdu in transport.sent] == [255, 255, 90]
    assert b"".join(apdu[5:] for apdu in transport.sent) == payload


def test_command_chaining_stops_at_the_first_refusal() -> None:
    transport = ScriptedTransport([(b"", 0x6883)])
    channel = ApduChannel(transport, Capabilities(command_chaining=True))
    _, sw = channel.transmit(0xDA, 0x7F, 0x21, bytes(600))
    assert sw == 0x6883 and len(transport.sent) == 1


def test_extended_length_when_the_card_has_it() -> None:
    transport = ScriptedTransport(lambda _apdu: (b"", 0x9000))
    channel = ApduChannel(transport, Capabilities(True, True, 2048, 2048))
    channel.transmit(0x2A, 0x9E, 0x9A, bytes(600), le=256)
    assert len(transport.sent) == 1
    assert transport.sent[0][4:7] == bytes.fromhex("000258")


class RecordingTransport(InProcessTransport):
    def __init__(self, card: VirtualCard) -> None:
        super().__init__(card)
        self.sent: list[bytes] = []

    def send_and_receive(self, apdu: bytes) -> tuple[bytes, int]:
        self.sent.append(apdu)
        return super().send_and_receive(apdu)


@pytest.mark.parametrize("extended", [False, True])
def test_long_ed25519_message_reaches_the_virtual_card(extended: bool) -> None:
    # The same long command through the real virtual card, chained and extended.
    transport = RecordingTransport(VirtualCard())
    channel = ApduChannel(transport, Capabilities(True, extended, 2048, 2048))
    assert channel.transmit(0xA4, 0x04, 0x00, bytes.fromhex("D27600012401"))[1] == 0x9000
    assert channel.transmit(0x20, 0x00, 0x83, b"12345678")[1] == 0x9000
    ed25519_attributes = bytes.fromhex("162B06010401DA470F01")
    assert channel.transmit(0xDA, 0x00, 0xC1, ed25519_attributes)[1] == 0x9000
    answer, sw = channel.transmit(0x47, 0x80, 0x00, bytes.fromhex("B600"), le=256)
    assert sw == 0x9000
    point = tlv.find(answer, 0x86)
    assert point is not None
    assert channel.transmit(0x20, 0x00, 0x81, b"123456")[1] == 0x9000
    message = bytes(range(256)) * 3
    transport.sent.clear()
    signature, sw = channel.transmit(0x2A, 0x9E, 0x9A, message, le=256)
    assert sw == 0x9000
    expected_classes = [0x00] if extended else [0x10, 0x10, 0x10, 0x00]
    assert [apdu[0] for apdu in transport.sent] == expected_classes
    assert verify_signature(PublicKey(Algorithm.ED25519, point), message, signature)
