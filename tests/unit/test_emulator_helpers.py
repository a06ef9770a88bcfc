"""Helpers (no tests) for the virtual card's unit tests: build APDUs, unpack answers."""

from __future__ import annotations

from desktop.card.emulator import VirtualCard

OPENPGP_AID = bytes.fromhex("D27600012401")
PW1 = b"123456"
PW3 = b"12345678"


def apdu(cla: int, ins: int, p1: int, p2: int, data: bytes = b"", le: int | None = None) -> bytes:
    """A short APDU (Le 256 is encoded as 00)."""
    out = bytes([cla, ins, p1, p2])
    if data:
        out += bytes([len(data)]) + data
    if le is not None:
        out += bytes([le & 0xFF])
    return out


def extended(ins: int, p1: int, p2: int, data: bytes = b"", le: int | None = None) -> bytes:
    out = bytes([0, ins, p1, p2, 0])
    if data:
        out += len(data).to_bytes(2, "big") + data
    if le is not None:
        out += (le & 0xFFFF).to_bytes(2, "big")
    return out


def send(card: VirtualCard, command: bytes) -> tuple[bytes, int]:
    response = card.process(command)
    return response[:-2], int.from_bytes(response[-2:], "big")


def select(card: VirtualCard) -> int:
    return send(card, apdu(0, 0xA4, 0x04, 0x00, OPENPGP_AID))[1]


def verify(card: VirtualCard, reference: int, pin: bytes) -> int:
    return send(card, apdu(0, 0x20, 0x00, reference, pin))[1]


def get_data(card: VirtualCard, tag: int) -> tuple[bytes, int]:
    return send(card, apdu(0, 0xCA, tag >> 8, tag & 0xFF, le=0))


def put_data(card: VirtualCard, tag: int, value: bytes) -> int:
    return send(card, apdu(0, 0xDA, tag >> 8, tag & 0xFF, value))[1]


def generate(card: VirtualCard, crt: int) -> tuple[bytes, int]:
    return send(card, apdu(0, 0x47, 0x80, 0x00, bytes([crt, 0]), le=0))


def read_key(card: VirtualCard, crt: int) -> tuple[bytes, int]:
    return send(card, apdu(0, 0x47, 0x81, 0x00, bytes([crt, 0]), le=0))


def selected_card() -> VirtualCard:
    card = VirtualCard()
    assert select(card) == 0x9000
    return card


def admin_card() -> VirtualCard:
    card = selected_card()
    assert verify(card, 0x83, PW3) == 0x9000
    return card
