"""The checkpoint witness sheet (检查点见证单, DESIGN.md §7): one page that puts a
checkpoint of the chief's card on paper — the audit head it fixes, when and by
which card, a fingerprint of the signature and a QR of the envelope's id — so an
outside witness can later compare it with `audit verify`. No identity, no content."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class WitnessSheet:
    unit_name: str
    unit_code: str
    vault_id: str
    checkpoint_number: int  # the envelope's sequence: 1, 2, 3 …
    record_seq: int  # the checkpoint's own audit record
    record_hash: str
    head_seq: int  # the head it signs (the record before it)
    head_hash: str
    signed_at: datetime  # local time
    signer_name: str
    signer_card: str
    signature_fingerprint: str  # SHA-256 of the signature, grouped hex (first 128 bits)
    envelope_id: str
    roster_version: int
    records_witnessed: int  # since the previous checkpoint
    by_action: tuple[tuple[str, int], ...]  # (action in words, count)
    identity_views: int
    reason: str = "unlock"  # create | unlock | on-demand | refound
    origin: str = ""  # refound: "old-vault-id seq:hash" of its last checkpoint

    @property
    def qr_payload(self) -> str:
        """What a scanner reads: enough to find and check the checkpoint."""
        return f"LVCP/1|{self.vault_id}|{self.record_seq}|{self.record_hash}|{self.envelope_id}"
