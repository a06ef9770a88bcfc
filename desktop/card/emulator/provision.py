"""Provision a virtual card through its own command interface, as a host
tool would: algorithm attributes, keys, fingerprints and times, cardholder
name, signature-PIN policy. For tests, fixtures and the demo; the product's
`card provision` talks to real cards through the card client."""

from __future__ import annotations

import time

from desktop.card.emulator import algorithms, tlv
from desktop.card.emulator.applet import VirtualCard
from desktop.card.emulator.fingerprint import v4_fingerprint
from desktop.card.emulator.state import DEFAULT_PW3
from desktop.card.model import Algorithm, KeySlot

_CRT = {KeySlot.SIG: 0xB6, KeySlot.DEC: 0xB8, KeySlot.AUT: 0xA4}
_FINGERPRINT = {KeySlot.SIG: 0xC7, KeySlot.DEC: 0xC8, KeySlot.AUT: 0xC9}
_TIME = {KeySlot.SIG: 0xCE, KeySlot.DEC: 0xCF, KeySlot.AUT: 0xD0}
_ATTRIBUTES = {KeySlot.SIG: 0xC1, KeySlot.DEC: 0xC2, KeySlot.AUT: 0xC3}


class ProvisioningFailed(RuntimeError):
    def __init__(self, step: str, sw: int) -> None:
        super().__init__(f"{step}: card answered {sw:04X}")
        self.step = step
        self.sw = sw


def _run(card: VirtualCard, step: str, apdu: bytes) -> bytes:
    response = card.process(apdu)
    sw = int.from_bytes(response[-2:], "big")
    if sw != 0x9000:
        raise ProvisioningFailed(step, sw)
    return response[:-2]


def _put(card: VirtualCard, tag: int, value: bytes) -> None:
    header = bytes([0x00, 0xDA, tag >> 8, tag & 0xFF])
    _run(card, f"PUT DATA {tag:04X}", header + bytes([len(value)]) + value)


def provision(
    card: VirtualCard,
    name: str,
    *,
    curve25519: bool = False,
    slots: tuple[KeySlot, ...] = (KeySlot.SIG, KeySlot.DEC),
    created: int | None = None,
    admin_pin: bytes = DEFAULT_PW3,
    pin_every_signature: bool = True,
) -> dict[KeySlot, bytes]:
    """Generate keys in ``slots`` and record their fingerprints; return each
    slot's public point. ``name`` is the ISO 7816 form, e.g. "Li<<Wei"."""
    created = int(time.time()) if created is None else created
    _run(card, "SELECT", bytes.fromhex("00A4040006D27600012401"))
    _run(card, "VERIFY PW3", bytes([0, 0x20, 0, 0x83, len(admin_pin)]) + admin_pin)
    chosen = {
        KeySlot.SIG: Algorithm.ED25519 if curve25519 else Algorithm.P256_ECDSA,
        KeySlot.DEC: Algorithm.X25519 if curve25519 else Algorithm.P256_ECDH,
        KeySlot.AUT: Algorithm.ED25519 if curve25519 else Algorithm.P256_ECDSA,
    }
    points: dict[KeySlot, bytes] = {}
    for slot in slots:
        _put(card, _ATTRIBUTES[slot], algorithms.ATTRIBUTES[chosen[slot]])
        generate = bytes([0, 0x47, 0x80, 0, 2, _CRT[slot], 0, 0])
        answer = _run(card, f"GENERATE {slot.value}", generate)
        point = tlv.find(tlv.find(answer, 0x7F49), 0x86)
        _put(card, _FINGERPRINT[slot], v4_fingerprint(chosen[slot], point, created))
        _put(card, _TIME[slot], created.to_bytes(4, "big"))
        points[slot] = point
    _put(card, 0x5B, name.encode("utf-8"))
    _put(card, 0xC4, b"\x00" if pin_every_signature else b"\x01")
    _run(card, "VERIFY reset", bytes.fromhex("0020FF83"))
    return points
