"""Plain data the card layer returns (frozen, no I/O)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class KeySlot(enum.Enum):
    """The three OpenPGP key slots, with their control-reference tags and DOs."""

    SIG = "sig"  # CRT B6, attributes C1, fingerprint C7, time CE
    DEC = "dec"  # CRT B8, attributes C2, fingerprint C8, time CF
    AUT = "aut"  # CRT A4, attributes C3, fingerprint C9, time D0


class Algorithm(enum.Enum):
    P256_ECDSA = "p256-ecdsa"
    P256_ECDH = "p256-ecdh"
    ED25519 = "ed25519"
    X25519 = "x25519"


@dataclass(frozen=True)
class PublicKey:
    """A card key's public part: P-256 as 65 bytes 04‖X‖Y, Curve25519 as 32 bytes."""

    algorithm: Algorithm
    point: bytes


@dataclass(frozen=True)
class PinStatus:
    """DO C4: policy, maximum lengths and the three retry counters."""

    pw1_valid_for_one_signature: bool
    pw1_max_length: int
    rc_max_length: int
    pw3_max_length: int
    pw1_retries: int
    rc_retries: int
    pw3_retries: int


@dataclass(frozen=True)
class CardInfo:
    """What `card list` shows and what enrollment records."""

    aid: bytes
    serial: str  # 8 hex digits, as printed on the card
    manufacturer: int
    manufacturer_name: str
    version: tuple[int, int]
    cardholder_name: str
    pin_status: PinStatus
    signature_counter: int
    fingerprints: dict[KeySlot, bytes | None] = field(default_factory=dict)
    algorithms: dict[KeySlot, Algorithm | None] = field(default_factory=dict)
    # Key generation times (seconds since the epoch, DO CD), None when unset.
    generation_times: dict[KeySlot, int | None] = field(default_factory=dict)


# Manufacturer ids of the AID (bytes 8-9), after GnuPG's scd/app-openpgp.c.
MANUFACTURERS: dict[int, str] = {
    0x0001: "PPC Card Systems",
    0x0002: "Prism",
    0x0003: "OpenFortress",
    0x0004: "Wewid",
    0x0005: "ZeitControl",
    0x0006: "Yubico",
    0x0007: "OpenKMS",
    0x0008: "LogoEmail",
    0x0009: "Fidesmo",
    0x000A: "VivoKey",
    0x000B: "Feitian Technologies",
    0x000D: "Dangerous Things",
    0x000E: "Excelsecu",
    0x000F: "Nitrokey",
    0x002A: "Magrathea",
    0x0042: "GnuPG e.V.",
    0x1337: "Warsaw Hackerspace",
    0x2342: "warpzone",
    0x4354: "Confidential Technologies",
    0x5343: "SSE Carte à puce",
    0x5443: "TIF-IT e.V.",
    0x63AF: "Trustica",
    0xBA53: "c-base e.V.",
    0xBD0E: "Paranoidlabs",
    0xF1D0: "CanoKeys",
    0xF517: "FSIJ",
    0xF5EC: "F-Secure",
}


def manufacturer_name(manufacturer: int) -> str:
    if manufacturer in (0x0000, 0xFFFF):
        return "test card"
    if 0xFF00 <= manufacturer <= 0xFFFE:
        return "unmanaged S/N range"
    return MANUFACTURERS.get(manufacturer, "unknown")
