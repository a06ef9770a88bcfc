"""Plain data the application layer hands to ui/ (and the CLI).

NamedTuples, not frozen dataclasses: as immutable, and the window imports this module
before its lock screen shows, where nine dataclass decorators took ~4 ms of start-up."""

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


class AuditEntry(NamedTuple):
    """One audit record as the audit view lists it (details hold no identity). A
    named tuple: a page makes 200 of them, at a third of a frozen dataclass's cost."""

    seq: int
    time: str
    actor: str  # the user's name when known, else the audit actor id
    action: str
    subject: str
    details: str  # canonical JSON text, as stored and hashed


class AuditPage(NamedTuple):
    """A page of the audit view, newest first, and whether the chain goes on."""

    entries: tuple[AuditEntry, ...]
    has_older: bool
    has_newer: bool


class AuditCheck(NamedTuple):
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


class CheckpointFacts(NamedTuple):
    """A checkpoint of the chief's card and what it witnessed since the one before
    (counts by action code, identity views): no identity, no content."""

    record_seq: int
    number: int
    time: str  # canonical UTC text
    signer_card: str
    records: int
    by_action: tuple[tuple[str, int], ...]
    identity_views: int


class UnitInfo(NamedTuple):
    name: str
    code: str
    development: bool = False  # test cards accepted: shown as a banner


class DemoCard(NamedTuple):
    label: str  # e.g. the fictional holder's name and role
    reader: str
