"""Enrolled people and their cards (DESIGN.md §2, §3)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import NewType

from desktop.domain.roles import Role

UserId = NewType("UserId", int)


@dataclass(frozen=True)
class User:
    id: UserId
    name: str
    role: Role
    created_at: datetime
    removed_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.removed_at is None


@dataclass(frozen=True)
class CardKey:
    """One public key of an enrolled card: algorithm name, raw point, fingerprint (hex)."""

    algorithm: str
    public_key: bytes
    fingerprint: str


@dataclass(frozen=True)
class EnrolledCard:
    """A card bound to a user; a replaced card is retired, never deleted."""

    serial: str
    user_id: UserId
    signature: CardKey
    decryption: CardKey
    enrolled_at: datetime
    retired_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.retired_at is None
