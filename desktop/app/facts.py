"""Plain data the application layer hands to ui/ (and the CLI)."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from desktop.domain.roles import Role

Progress = Callable[[float], None]  # 0.0 … 1.0


class CardEventKind(enum.Enum):
    INSERTED = "inserted"
    REMOVED = "removed"


@dataclass(frozen=True)
class CardEvent:
    kind: CardEventKind
    reader: str


@dataclass(frozen=True)
class EnrolledUser:
    name: str
    role: Role
    card_serial: str


@dataclass(frozen=True)
class CardHolder:
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


class AuditEntry(NamedTuple):
    """One audit record as the audit view lists it (details hold no identity). A
    named tuple: a page makes 200 of them, at a third of a frozen dataclass's cost."""

    seq: int
    time: str
    actor: str  # the user's name when known, else the audit actor id
    action: str
    subject: str
    details: str  # canonical JSON text, as stored and hashed


@dataclass(frozen=True)
class AuditPage:
    """A page of the audit view, newest first, and whether the chain goes on."""

    entries: tuple[AuditEntry, ...]
    has_older: bool
    has_newer: bool


@dataclass(frozen=True)
class AuditCheck:
    """The chain recomputed from the first record: ``first_break`` is the seq of
    the first record that does not follow, or None when all ``checked`` verify;
    ``bad_checkpoint`` the first checkpoint whose signature or head does not match
    (``checkpoint_problem`` says how). A chain no checkpoint vouches for fails."""

    checked: int
    first_break: int | None
    reason: str | None = None
    checkpoints: int = 0
    last_checkpoint: int | None = None
    unwitnessed: int = 0
    bad_checkpoint: int | None = None
    checkpoint_problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.first_break is None and self.bad_checkpoint is None and self.checkpoints > 0


@dataclass(frozen=True)
class CheckpointFacts:
    """A checkpoint of the chief's card and what it witnessed since the one before
    (counts by action code, identity views): no identity, no content."""

    record_seq: int
    number: int
    time: str  # canonical UTC text
    signer_card: str
    records: int
    by_action: tuple[tuple[str, int], ...]
    identity_views: int


@dataclass(frozen=True)
class UnitInfo:
    name: str
    code: str
    development: bool = False  # test cards accepted: shown as a banner


@dataclass(frozen=True)
class DemoCard:
    label: str  # e.g. the fictional holder's name and role
    reader: str
