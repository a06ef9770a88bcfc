"""The unsealing record and its check (DESIGN.md §5, §6).

Only the chief procurator opens a bag (Art. 59(3)). The workflow builds the
canonical record of this unsealing — vault, confidential number, time, the
current audit head, the bag's state and version — his card signs it after
his PIN, and before anything is written the signature is verified against
the signature key enrolled for his card in the database (never a key read
from the card). The record names the audit head and the bag version, so a
signature cannot be replayed for a later unsealing or slipped in after other
changes: anything audited in between makes it stale."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from desktop.audit.canonical import format_time, parse_time
from desktop.bags.errors import (
    UnsealingCardNotChiefs,
    UnsealingCardNotEnrolled,
    UnsealingRecordMismatch,
    UnsealingSignatureInvalid,
)
from desktop.card.crypto import verify_signature
from desktop.card.errors import UnsupportedAlgorithm
from desktop.card.model import Algorithm, PublicKey
from desktop.domain.audit import AuditHead
from desktop.domain.bag_records import StoredBag, StoredEvent, UnsealingEvidence
from desktop.domain.bags import BagState
from desktop.domain.canonical import canonical_json
from desktop.domain.confidential_number import ConfidentialNumber
from desktop.domain.users import EnrolledCard
from desktop.ports import UnitOfWork
from desktop.vault.base64_text import unb64
from desktop.vault.enrollment import Approval
from desktop.vault.roster_chain import VerifiedRoster

ACTION = "bag.unseal"
FORMAT = 1


@dataclass(frozen=True)
class UnsealingRequest:
    """What the chief procurator's card is asked to sign (``record``), and the
    facts it states, for the confirmation screen."""

    number: ConfidentialNumber
    at: datetime
    audit_head: AuditHead
    bag_state: BagState
    bag_version: int
    record: bytes


@dataclass(frozen=True)
class VerifiedSigner:
    user_id: int
    card: EnrolledCard


def unsealing_record(
    vault_id: str, stored: StoredBag, head: AuditHead, at: datetime
) -> UnsealingRequest:
    """The canonical JSON (sorted keys, UTF-8) the chief's card signs."""
    bag = stored.bag
    record = canonical_json(
        {
            "action": ACTION,
            "format": FORMAT,
            "vault_id": vault_id,
            "number": str(bag.number),
            "at": format_time(at),
            "audit_head": {"seq": head.seq, "hash": head.hash},
            "bag": {"state": bag.state.value, "version": stored.version},
        }
    )
    return UnsealingRequest(bag.number, at, head, bag.state, stored.version, record)


def check_record(
    record: bytes, vault_id: str, stored: StoredBag, head: AuditHead
) -> datetime:
    """Raise UnsealingRecordMismatch unless ``record`` is exactly the unsealing
    record of this bag, in this vault, now; return the time it states."""
    number = stored.bag.number
    try:
        doc = json.loads(record.decode("utf-8"))
        at = parse_time(str(doc["at"]))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise UnsealingRecordMismatch(number, "format") from None
    if not isinstance(doc, dict) or canonical_json(doc) != record:
        raise UnsealingRecordMismatch(number, "format")
    expected = unsealing_record(vault_id, stored, head, at).record
    if record == expected:
        return at
    wanted = json.loads(expected)
    for field in ("action", "format", "vault_id", "number", "bag", "audit_head"):
        if doc.get(field) != wanted[field]:
            raise UnsealingRecordMismatch(number, field)
    raise UnsealingRecordMismatch(number, "format")  # e.g. an extra field


def verify_signer(
    tx: UnitOfWork, number: ConfidentialNumber, approval: Approval,
    roster: VerifiedRoster | None,
) -> VerifiedSigner:
    """The chief whose card made ``approval``, or an UnsealingRefused. His role and
    key come from the signed roster: a users table edited to say "chief" (or a
    card's own say-so) counts for nothing."""
    card = tx.cards.find(approval.approver_serial)
    if card is None or not card.active:
        raise UnsealingCardNotEnrolled(number, approval.approver_serial)
    holder = tx.users.get(card.user_id)
    entry = None if roster is None else roster.current.active_entry_for_card(card.serial)
    if entry is None:
        raise UnsealingCardNotEnrolled(number, approval.approver_serial)
    if not entry.is_chief:
        raise UnsealingCardNotChiefs(number, approval.approver_serial, entry.role)
    try:
        key = PublicKey(Algorithm(entry.sig_algorithm), unb64(entry.sig_public))
        valid = verify_signature(key, approval.record, approval.signature)
    except (ValueError, UnsupportedAlgorithm):
        valid = False
    if not valid:
        raise UnsealingSignatureInvalid(number, approval.approver_serial)
    return VerifiedSigner(int(holder.id), card)


@dataclass(frozen=True)
class UnsealingCheck:
    """A stored unsealing re-verified (for the audit view): ``problem`` is None
    when the record names this bag and version, its audit head is on the chain,
    and the signature verifies under the card's enrolled key (retired or not)."""

    number: ConfidentialNumber
    version: int
    signer_serial: str
    problem: str | None


def recheck(
    tx: UnitOfWork, number: ConfidentialNumber, stored: StoredEvent,
    roster: VerifiedRoster | None,
) -> UnsealingCheck:
    evidence = stored.unsealing
    assert evidence is not None
    problem = _recheck_problem(tx, number, stored.version, evidence, roster)
    return UnsealingCheck(number, stored.version, evidence.signer_serial, problem)


def _recheck_problem(
    tx: UnitOfWork, number: ConfidentialNumber, version: int, evidence: UnsealingEvidence,
    roster: VerifiedRoster | None,
) -> str | None:
    try:
        doc = json.loads(evidence.record.decode("utf-8"))
        named = (doc["action"], doc["number"], doc["bag"]["version"])
        seq, digest = int(doc["audit_head"]["seq"]), str(doc["audit_head"]["hash"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return "format"
    if named != (ACTION, str(number), version - 1):
        return "record"
    if seq:
        on_chain = tx.audit_records.get(seq)
        if on_chain is None or on_chain.hash != digest:
            return "audit_head"
    # A chief of any roster version (he may have left office since).
    chiefs = [] if roster is None else [
        e for _, r in roster.versions for e in r.chiefs()
        if e.card_serial == evidence.signer_serial
    ]
    if not chiefs:
        return "signer"
    try:
        valid = any(
            verify_signature(
                PublicKey(Algorithm(e.sig_algorithm), unb64(e.sig_public)),
                evidence.record, evidence.signature,
            )
            for e in chiefs
        )
    except (ValueError, UnsupportedAlgorithm):
        valid = False
    return None if valid else "signature"
