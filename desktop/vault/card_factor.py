"""The card factor: an ECDH secret with the card's decryption key.

Enrollment computes it host-side with the card's public key and a fresh
ephemeral key (the ephemeral public point goes into the slot); unlock asks the
card for the same secret with PSO:DECIPHER after VERIFY PW1/82."""

from __future__ import annotations

from desktop.card.crypto import ephemeral_ecdh
from desktop.card.model import PublicKey
from desktop.ports import SmartCard


def enroll(card_dec_key: PublicKey) -> tuple[bytes, bytearray]:
    """(ephemeral public point to store, the 32-byte shared secret)."""
    point, shared = ephemeral_ecdh(card_dec_key)
    return point, bytearray(shared)


def from_card(card: SmartCard, pin: str, ephemeral_point: bytes) -> bytearray:
    """VERIFY 82 (spends a PIN try only if the PIN is wrong), then DECIPHER."""
    card.verify_pin(pin, 0x82)
    return bytearray(card.decipher(ephemeral_point))


def from_verified_card(card: SmartCard, ephemeral_point: bytes) -> bytearray:
    """DECIPHER on a card whose PW1/82 was verified earlier in this conversation."""
    return bytearray(card.decipher(ephemeral_point))
