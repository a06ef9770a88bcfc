"""An unlocked vault: who, with which keys, and the open database."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.audit import AuditHead, user_subject
from desktop.domain.roles import Role
from desktop.domain.users import User
from desktop.ports import Store
from desktop.vault.checkpoints import CheckpointSummary
from desktop.vault.lock_file import VaultLock
from desktop.vault.roster_chain import VerifiedRoster
from desktop.vault.wipe import wipe


@dataclass
class VaultKeys:
    """DEK always; IK only for roles that receive it. Wiped at lock."""

    # Never in a repr: a session printed into a log or a traceback shows no key.
    dek: bytearray = field(repr=False)
    ik: bytearray | None = field(repr=False)

    def wipe(self) -> None:
        wipe(self.dek, self.ik)


@dataclass
class ViewerSession:
    """A viewer's unlock (DESIGN §6): his own grant key and the verified roster —
    no database, no DEK, no IK. Grants sealed to ``grant_public`` open with it."""

    vault_id: str
    data_dir: Path
    user_name: str
    role: Role
    card_serial: str
    slot_id: str
    grant_key: bytearray = field(repr=False)  # X25519 private key; wiped at lock
    grant_public: bytes
    roster: VerifiedRoster
    user_id: str = ""
    closed: bool = False

    @property
    def actor(self) -> str:
        """The audit actor id his outbox entries are recorded under."""
        return f"user:{self.user_id}"

    def lock(self) -> None:
        wipe(self.grant_key)
        self.closed = True


@dataclass
class Session:
    vault_id: str
    data_dir: Path
    user: User
    card_serial: str
    slot_id: str
    keys: VaultKeys
    store: Store
    # Set when vault.keys was unusable and vault.keys.bak was used: the reason.
    header_fell_back: str | None = None
    # The audit head last written to the header (refreshed every HEAD_REFRESH records).
    header_head: AuditHead = field(default_factory=lambda: AuditHead(0, "0" * 64))
    lock: VaultLock | None = None
    closed: bool = False
    # The verified roster this session's role came from (None only in the middle
    # of signing the first one).
    roster: VerifiedRoster | None = None
    # At a chief procurator's unlock: what his checkpoint witnessed.
    witnessed: CheckpointSummary | None = None
    # No checkpoint of the chief's card for longer than he allows (DESIGN §7): only
    # new reports may be recorded until he signs one.
    checkpoint_overdue: bool = False

    @property
    def role(self) -> Role:
        return self.user.role

    @property
    def actor(self) -> str:
        """The audit actor id of this session's user."""
        return user_subject(self.user.id)

    @property
    def has_identity_key(self) -> bool:
        return self.keys.ik is not None
