"""Cards remember (DESIGN.md §7): each keyholder's card keeps, in its private-use
data object 0101, the vault it belongs to, the roster and the last checkpoint it
saw. A folder put back from an older copy, or one whose audit trail was rewritten
before that checkpoint, does not hold what the card remembers: the unlock is
refused, saying what differs.

The record is binary (91 bytes) because a card's private DO may hold as little
as 255 bytes: ``LV\\x01`` ‖ vault UUID (16) ‖ roster hash (32) ‖ checkpoint
sequence (8, big-endian) ‖ checkpoint record hash (32)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from desktop.audit.canonical import recompute_hash
from desktop.card.errors import PrivateDataUnsupported
from desktop.ports import SmartCard, UnitOfWork
from desktop.vault.checkpoints import StoredCheckpoint, read_checkpoint
from desktop.vault.errors import CardLacksPrivateData, CardRemembersOtherVault, FolderRolledBack
from desktop.vault.roster_chain import VerifiedRoster

MEMORY_DO = 1  # DO 0101: read freely, written after VERIFY PW1/82
DECIPHER_PIN = 0x82
_MAGIC = b"LV\x01"
_SIZE = len(_MAGIC) + 16 + 32 + 8 + 32


@dataclass(frozen=True)
class CardMemory:
    vault_id: str
    roster_hash: str
    checkpoint_seq: int  # 0: no checkpoint yet
    checkpoint_hash: str

    def to_bytes(self) -> bytes:
        return (
            _MAGIC
            + uuid.UUID(self.vault_id).bytes
            + bytes.fromhex(self.roster_hash)
            + self.checkpoint_seq.to_bytes(8, "big")
            + bytes.fromhex(self.checkpoint_hash)
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> CardMemory | None:
        """None when the bytes are not a LeadVault record (another application's)."""
        if len(data) != _SIZE or not data.startswith(_MAGIC):
            return None
        body = data[len(_MAGIC):]
        return cls(
            vault_id=str(uuid.UUID(bytes=body[:16])),
            roster_hash=body[16:48].hex(),
            checkpoint_seq=int.from_bytes(body[48:56], "big"),
            checkpoint_hash=body[56:88].hex(),
        )


@dataclass(frozen=True)
class Remembered:
    """What the card said at unlock: nothing yet (``memory`` None and ``blank``), or
    a record; ``supported`` False for a card without private DOs."""

    memory: CardMemory | None
    blank: bool
    supported: bool = True


def recall(card: SmartCard, serial: str, *, required: bool) -> Remembered:
    """Read DO 0101 (no PIN needed). ``required``: a keyholder's card must have
    private DOs (CardLacksPrivateData); a record of another vault or application
    is CardRemembersOtherVault — one vault per card."""
    try:
        data = card.read_private_do(MEMORY_DO)
    except PrivateDataUnsupported:
        if required:
            raise CardLacksPrivateData(serial) from None
        return Remembered(None, blank=True, supported=False)
    if not data:
        return Remembered(None, blank=True)
    memory = CardMemory.from_bytes(data)
    if memory is None:
        raise CardRemembersOtherVault(serial)
    return Remembered(memory, blank=False)


def check(
    remembered: Remembered,
    serial: str,
    vault_id: str,
    roster: VerifiedRoster,
    tx: UnitOfWork,
) -> None:
    """The folder must hold what the card remembers: this vault, a roster version
    the chain knows, and the remembered checkpoint unchanged at its place."""
    memory = remembered.memory
    if memory is None:
        return
    if memory.vault_id != vault_id:
        raise CardRemembersOtherVault(serial)
    head = tx.audit_records.head().seq

    def refuse(what: str) -> FolderRolledBack:
        return FolderRolledBack(serial, what, memory.checkpoint_seq, head)

    if not roster.knows(memory.roster_hash):
        raise refuse("roster")
    if memory.checkpoint_seq == 0:
        return
    record = tx.audit_records.get(memory.checkpoint_seq)
    if record is None:
        raise refuse("missing")
    stored = read_checkpoint(record)
    if (
        stored is None
        or record.hash != memory.checkpoint_hash
        or recompute_hash(record) != record.hash
    ):
        raise refuse("changed")
    before = tx.audit_records.get(record.seq - 1) if record.seq > 1 else None
    expected = f"{before.seq}:{before.hash}" if before else f"0:{'0' * 64}"
    if stored.envelope.audit_head != expected or not roster.signer_was_chief(
        stored.signed, stored.envelope.roster_hash
    ):
        raise refuse("changed")


def remember(
    card: SmartCard, pin: str, vault_id: str, roster: VerifiedRoster,
    checkpoint: StoredCheckpoint | None,
) -> CardMemory:
    """Write the record (VERIFY PW1/82 again: the unlock's verification ended with
    its decipher)."""
    memory = CardMemory(
        vault_id,
        roster.hash,
        checkpoint.record.seq if checkpoint else 0,
        checkpoint.record.hash if checkpoint else "0" * 64,
    )
    card.verify_pin(pin, DECIPHER_PIN)
    card.write_private_do(MEMORY_DO, memory.to_bytes())
    return memory
