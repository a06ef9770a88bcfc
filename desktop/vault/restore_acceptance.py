"""An older backup put back (DESIGN.md §10): the cards remember a later checkpoint,
so unlock refuses the folder (FolderRolledBack) until the chief's card accepts it.
The acceptance is his unlock's checkpoint, whose body records the abandoned
checkpoint his card remembered and what is lost (at least the records between the
restored head and it; the backup's name and date), followed by a
``backup.restore_accepted`` record pointing at it. Other keyholders' cards, which
remember checkpoints no later than the abandoned one, are then let in.

Limit: a card's record holds only a sequence and a hash, so a folder rolled back a
second time to a point after the acceptance lets a clerk's card in; the chief's
card, which always remembers the latest checkpoint, refuses it at his next unlock."""

from __future__ import annotations

from desktop.domain.audit import AuditHead
from desktop.domain.envelope import EnvelopeValue
from desktop.ports import UnitOfWork
from desktop.vault import card_memory, checkpoints
from desktop.vault.card_memory import CardMemory, Remembered
from desktop.vault.errors import FolderRolledBack
from desktop.vault.restore_marker import RestoreNote
from desktop.vault.roster_chain import VerifiedRoster

ACCEPTED = "backup.restore_accepted"
REASON = "restore-accepted"


def check_memory(remembered: Remembered, serial: str, vault_id: str, roster: VerifiedRoster,
                 tx: UnitOfWork, *, accept: bool) -> CardMemory | None:
    """card_memory.check, except that a folder the chief's card accepted earlier, or
    accepts now (``accept``: his unlock asked to), is let in. Returns the memory
    abandoned now, or None."""
    try:
        card_memory.check(remembered, serial, vault_id, roster, tx)
    except FolderRolledBack:
        memory = remembered.memory
        assert memory is not None
        if accept:
            return memory
        if not _accepted_before(tx, memory, roster):
            raise
    return None


def _accepted_before(tx: UnitOfWork, memory: CardMemory, roster: VerifiedRoster) -> bool:
    record = tx.audit_records.last_of(ACCEPTED)
    if record is None:
        return False
    seq = record.details.get("checkpoint")
    signed = tx.audit_records.get(seq) if isinstance(seq, int) else None
    stored = None if signed is None else checkpoints.read_checkpoint(signed)
    if stored is None or stored.envelope.body.get("reason") != REASON:
        return False
    if not roster.signer_was_chief(stored.signed, stored.envelope.roster_hash):
        return False
    abandoned = stored.envelope.body.get("abandoned_seq")
    return isinstance(abandoned, int) and memory.checkpoint_seq <= abandoned


def acceptance_body(abandoned: CardMemory, head: AuditHead, note: RestoreNote | None
                    ) -> dict[str, EnvelopeValue]:
    """What the chief's checkpoint records about the restore: the abandoned
    checkpoint and roster, the restored head, and what is lost."""
    body: dict[str, EnvelopeValue] = {
        "abandoned_seq": abandoned.checkpoint_seq,
        "abandoned_checkpoint": abandoned.checkpoint_hash,
        "abandoned_roster": abandoned.roster_hash,
        "restored_head": f"{head.seq}:{head.hash}",
        "lost_records_at_least": max(0, abandoned.checkpoint_seq - head.seq),
    }
    if note is not None:
        body["backup"] = note.backup
        body["backup_made"] = note.made_at
    return body


def record(tx: UnitOfWork, actor: str, vault_id: str,
           checkpoint: checkpoints.StoredCheckpoint) -> None:
    body = checkpoint.envelope.body
    tx.audit.append(actor, ACCEPTED, f"vault:{vault_id}", {
        "checkpoint": checkpoint.record.seq,
        "abandoned_seq": body.get("abandoned_seq", 0),
        "lost_records_at_least": body.get("lost_records_at_least", 0),
    })
