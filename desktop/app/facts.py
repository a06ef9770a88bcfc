"""Plain data the application layer hands to ui/ (and the CLI): cards, users, the unit.

NamedTuples, not frozen dataclasses: as immutable, and the window imports this module
before its lock screen shows, where each dataclass decorator costs ~0.4 ms of start-up
(and each named tuple ~0.15 ms: the audit trail's are in desktop.app.audit_facts)."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import NamedTuple

from desktop.domain.roles import Role

Progress = Callable[[float], None]  # 0.0 … 1.0


class CardEventKind(enum.Enum):
    INSERTED = "inserted"
    REMOVED = "removed"


class CardEvent(NamedTuple):
    kind: CardEventKind
    reader: str


class EnrolledUser(NamedTuple):
    name: str
    role: Role
    card_serial: str


class CardHolder(NamedTuple):
    """What the unlock screen learns from an inserted card before any PIN."""

    reader: str
    serial: str
    cardholder_name: str
    pin_retries: int
    user: EnrolledUser | None  # None: the card is not enrolled in this vault
    blank: bool = False  # no keys yet: setup can provision it
    # The lock screen's notice (counts only): requests waiting for the chief, or the
    # holder's decided requests; None when there is nothing to say.
    notice: int | None = None


class UnitInfo(NamedTuple):
    name: str
    code: str
    development: bool = False  # test cards accepted: shown as a banner


class DemoCard(NamedTuple):
    label: str  # e.g. the fictional holder's name and role
    reader: str
