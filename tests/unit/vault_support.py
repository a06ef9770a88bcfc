"""Helpers (no tests) for the vault's unit tests: provisioned in-process
virtual cards, a clock, a vault service over real SQLCipher files."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from db.store import SqlCipherStoreFactory
from desktop.audit.log import AuditLog
from desktop.card.emulator import VirtualCard
from desktop.card.emulator.inprocess import InProcessTransport
from desktop.card.model import KeySlot
from desktop.card.session import OpenPgpSession
from desktop.vault.kdf import Argon2Params
from desktop.vault.keyring_store import DemoKeyStore
from desktop.vault.service import VaultService

PIN = "123456"
ADMIN_PIN = "12345678"
CHEAP = Argon2Params.cheap_for_tests()


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class VCard:
    virtual: VirtualCard
    transport: InProcessTransport
    session: OpenPgpSession

    @property
    def serial(self) -> str:
        return self.virtual.serial


def provisioned_card(state_path: Path | None = None) -> VCard:
    """A virtual card with P-256 signature and decryption keys, factory PINs."""
    virtual = VirtualCard(state_path)
    transport = InProcessTransport(virtual)
    session = OpenPgpSession(transport)
    with session.transaction():
        session.verify_pin(ADMIN_PIN, 0x83)
        session.set_signature_pin_policy(True)
        session.generate_key(KeySlot.SIG)
        session.generate_key(KeySlot.DEC)
    return VCard(virtual, transport, session)


class RecordingSleep:
    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


class MemoryKeyStore:
    """A KeyStore for unit tests only (the e2e tests use the real Secret Service)."""

    def __init__(self) -> None:
        self.secrets: dict[str, bytes] = {}

    def get(self, vault_id: str) -> bytes | None:
        return self.secrets.get(vault_id)

    def put(self, vault_id: str, secret: bytes) -> None:
        self.secrets[vault_id] = bytes(secret)

    def delete(self, vault_id: str) -> None:
        self.secrets.pop(vault_id, None)


def make_service(
    data_dir: Path, key_store: object | None = None, sleep: RecordingSleep | None = None
) -> VaultService:
    return VaultService(
        data_dir,
        SqlCipherStoreFactory(SystemClock(), AuditLog),
        key_store if key_store is not None else MemoryKeyStore(),  # type: ignore[arg-type]
        SystemClock(),
        sleep=sleep if sleep is not None else RecordingSleep(),
    )


__all__ = ["CHEAP", "PIN", "DemoKeyStore", "VCard", "make_service", "provisioned_card"]
