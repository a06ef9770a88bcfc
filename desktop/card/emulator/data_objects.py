"""The virtual card's data objects: what GET DATA answers and the limits and access
rules the applet enforces (OpenPGP card 3.4, ../shared/OPENPGP-CARD.md)."""

from __future__ import annotations

from collections.abc import Callable

from desktop.card.emulator import tlv
from desktop.card.emulator.atr import HISTORICAL_BYTES
from desktop.card.emulator.state import CardState
from desktop.card.model import KeySlot

MAX_PIN_LENGTH = 127
MAX_CHALLENGE = 256
MAX_SPECIAL_DO = 255

# C0: GET CHALLENGE, PW status changeable, private DOs, algorithm attributes
# changeable; no secure messaging, no key import, no cardholder certificate.
EXTENDED_CAPABILITIES = (
    bytes([0x5C, 0x00])
    + MAX_CHALLENGE.to_bytes(2, "big")
    + (0).to_bytes(2, "big")
    + MAX_SPECIAL_DO.to_bytes(2, "big")
    + bytes([0x00, 0x00])
)
# Private-use DOs: (PIN to read, PIN to write); None = always (OpenPGP 3.4, 4.4.1).
PRIVATE_DO_ACCESS: dict[int, tuple[int | None, int]] = {
    0x0101: (None, 0x82),
    0x0102: (None, 0x83),
    0x0103: (0x82, 0x82),
    0x0104: (0x83, 0x83),
}
# 7F66: maximum command and response lengths for extended APDUs.
EXTENDED_LENGTH_INFO = tlv.tlv(0x02, (2048).to_bytes(2, "big")) * 2


def read_data_object(state: CardState, tag: int, aid: bytes) -> bytes | None:
    """GET DATA of the simple and constructed DOs (None: the card has no such DO)."""
    simple: dict[int, Callable[[], bytes]] = {
        0x004F: lambda: aid,
        0x5F52: lambda: HISTORICAL_BYTES,
        0x00C0: lambda: EXTENDED_CAPABILITIES,
        0x00C1: lambda: state.attributes[KeySlot.SIG],
        0x00C2: lambda: state.attributes[KeySlot.DEC],
        0x00C3: lambda: state.attributes[KeySlot.AUT],
        0x00C4: lambda: pw_status(state),
        0x00C5: lambda: b"".join(state.fingerprints[s] for s in KeySlot),
        0x00C6: lambda: b"".join(state.ca_fingerprints[s] for s in KeySlot),
        0x00CD: lambda: b"".join(state.times[s].to_bytes(4, "big") for s in KeySlot),
        0x005B: lambda: state.name,
        0x5F2D: lambda: state.language,
        0x5F35: lambda: state.sex,
        0x005E: lambda: state.login,
        0x5F50: lambda: state.url,
        0x0093: lambda: state.signature_counter.to_bytes(3, "big"),
        0x7F66: lambda: EXTENDED_LENGTH_INFO,
    }
    if tag in simple:
        return simple[tag]()
    if tag == 0x006E:
        discretionary = b"".join(
            tlv.tlv(t, simple[t]()) for t in (0xC0, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xCD)
        )
        return (
            tlv.tlv(0x4F, aid)
            + tlv.tlv(0x5F52, HISTORICAL_BYTES)
            + tlv.tlv(0x7F66, EXTENDED_LENGTH_INFO)
            + tlv.tlv(0x73, discretionary)
        )
    if tag == 0x0065:
        return tlv.tlv(0x5B, state.name) + tlv.tlv(0x5F2D, state.language) + tlv.tlv(
            0x5F35, state.sex
        )
    if tag == 0x007A:
        return tlv.tlv(0x93, state.signature_counter.to_bytes(3, "big"))
    return None


def pw_status(state: CardState) -> bytes:
    policy = 0x00 if state.pw1_one_signature else 0x01
    lengths = [MAX_PIN_LENGTH] * 3
    return bytes([policy, *lengths, state.pw1_retries, 0, state.pw3_retries])
