"""Plain data of the audit trail the application layer hands to ui/ (and the CLI):
records, pages, the chain check and checkpoints. Not in desktop.app.facts, which
the window imports before its lock screen shows."""

from __future__ import annotations

from typing import NamedTuple


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
