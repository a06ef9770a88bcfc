"""The decision sheet (审批表, issue 11): one page that puts the chief procurator's
signed decision on paper — the request, what he decided, until when, the card that
signed and a fingerprint of its signature, and a QR of the decision's id. It names
leads by number and never an informant."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class DecisionSheet:
    unit_name: str
    unit_code: str
    vault_id: str
    request_id: int
    kind: str  # RequestKind value (the layout words it)
    subjects: tuple[str, ...]  # lead numbers or names
    scope_asked: tuple[str, ...]  # Scope values
    reason: str
    hours_asked: int
    requester: str
    on_behalf: str
    filed_at: datetime  # local time
    approve: bool
    scope_granted: tuple[str, ...]
    expires_at: datetime | None  # local time; None when refused
    decided_at: datetime  # local time
    signer_name: str
    signer_card: str
    signature_fingerprint: str
    decision_id: str

    @property
    def qr_payload(self) -> str:
        return f"LVDE/1|{self.vault_id}|{self.request_id}|{self.decision_id}"
