"""Interfaces the workflows need; bootstrap.py supplies real or demo ones."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from desktop.card.model import CardInfo, KeySlot, PublicKey


class SmartCard(Protocol):
    """An unlocked conversation with one OpenPGP card (OpenPgpSession satisfies it).

    PINs travel as str and are never stored; every call may raise the typed
    errors of desktop.card.errors."""

    def info(self) -> CardInfo: ...

    def public_key(self, slot: KeySlot) -> PublicKey: ...

    def verify_pin(self, pin: str, reference: int = 0x82) -> None: ...

    def decipher(self, peer_point: bytes) -> bytes:
        """ECDH with the decryption key (PW1/82 verified first); the 32-byte secret."""
        ...

    def sign(self, message: bytes) -> bytes:
        """Sign with the signature key (PW1/81 verified first): ECDSA P-256 over
        SHA-256(message) returned as raw r‖s, or Ed25519 over the message."""
        ...


class Clock(Protocol):
    def now(self) -> datetime:
        """Timezone-aware current time."""
        ...


class KeyStore(Protocol):
    """The OS keyring holding each vault's machine secret."""

    def get(self, vault_id: str) -> bytes | None: ...

    def put(self, vault_id: str, secret: bytes) -> None: ...

    def delete(self, vault_id: str) -> None: ...
