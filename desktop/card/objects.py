"""The OpenPGP card application's data-object layouts (OPENPGP-CARD.md): algorithm
attributes, the key slots' tags, the PW status bytes, the cardholder name's coding and
the private-use DOs' access rules. Pure functions and tables; the session uses them."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.card.errors import MalformedResponse
from desktop.card.model import Algorithm, KeySlot, PinStatus

PW1_SIGN = 0x81
PW1 = 0x82
PW3 = 0x83

# Private-use DO 0101-0104: the PIN it needs to be read (None: always) and written.
PRIVATE_DO_PINS: dict[int, tuple[int | None, int]] = {
    1: (None, PW1),
    2: (None, PW3),
    3: (PW1, PW1),
    4: (PW3, PW3),
}
# How cards without private DOs answer (not found, instruction or P1P2 unknown).
NO_PRIVATE_DOS = (0x6A88, 0x6D00, 0x6B00, 0x6A86)

OID_P256 = bytes.fromhex("2A8648CE3D030107")
OID_ED25519 = bytes.fromhex("2B06010401DA470F01")
OID_X25519 = bytes.fromhex("2B060104019755010501")

ALGORITHM_ATTRIBUTES: dict[Algorithm, bytes] = {
    Algorithm.P256_ECDSA: b"\x13" + OID_P256,
    Algorithm.P256_ECDH: b"\x12" + OID_P256,
    Algorithm.ED25519: b"\x16" + OID_ED25519,
    Algorithm.X25519: b"\x12" + OID_X25519,
}
SIGNING = {Algorithm.P256_ECDSA, Algorithm.ED25519}
AGREEMENT = {Algorithm.P256_ECDH, Algorithm.X25519}


@dataclass(frozen=True)
class _SlotTags:
    crt: int  # control reference template for GENERATE / READ PUBKEY
    attributes: int
    fingerprint: int
    time: int
    index: int  # position in C5 / CD


SLOT_TAGS: dict[KeySlot, _SlotTags] = {
    KeySlot.SIG: _SlotTags(0xB6, 0xC1, 0xC7, 0xCE, 0),
    KeySlot.DEC: _SlotTags(0xB8, 0xC2, 0xC8, 0xCF, 1),
    KeySlot.AUT: _SlotTags(0xA4, 0xC3, 0xC9, 0xD0, 2),
}


def algorithm_from_attributes(attributes: bytes) -> Algorithm | None:
    """The Algorithm of a C1/C2/C3 value, None for anything else (RSA, other
    curves). A trailing FF only announces the import format."""
    body = attributes[:-1] if attributes.endswith(b"\xff") else attributes
    for algorithm, known in ALGORITHM_ATTRIBUTES.items():
        if body == known:
            return algorithm
    return None


def parse_pin_status(value: bytes) -> PinStatus:
    if len(value) < 7:
        raise MalformedResponse(f"PW status (C4) has {len(value)} bytes, expected 7")
    return PinStatus(
        pw1_valid_for_one_signature=value[0] == 0x00,
        pw1_max_length=value[1],
        rc_max_length=value[2],
        pw3_max_length=value[3],
        pw1_retries=value[4],
        rc_retries=value[5],
        pw3_retries=value[6],
    )


def decode_name(raw: bytes) -> str:
    # The specification says ISO 8859-1; Chinese names only fit as UTF-8.
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def encode_name(name: str) -> bytes:
    try:
        return name.encode("latin-1")
    except UnicodeEncodeError:
        return name.encode("utf-8")


def bcd(byte: int) -> int:
    return (byte >> 4) * 10 + (byte & 0x0F)
