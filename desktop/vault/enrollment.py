"""Reading a card for enrollment, and the chief procurator's signed approval.

The approval is a signature by an enrolled chief procurator's card over the
canonical JSON of the enrollment record (what is being enrolled, into which
vault, at which audit head). It is checked against the signature key that
the database holds for that chief's card before anything is written."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from desktop.audit.canonical import parse_time
from desktop.card.crypto import verify_signature
from desktop.card.model import Algorithm, CardInfo, KeySlot, PublicKey
from desktop.domain.audit import AuditHead
from desktop.domain.canonical import canonical_json
from desktop.domain.roles import Role
from desktop.domain.users import CardKey, UserId
from desktop.domain.users import EnrolledCard as StoredCard
from desktop.ports import SmartCard, UnitOfWork
from desktop.vault.base64_text import b64
from desktop.vault.errors import ApprovalInvalid
from desktop.vault.header import EnrolledCard

SIGN_PIN = 0x81
# The chief signs while the user waits at the workstation; an approval older
# than this was kept back, not used.
APPROVAL_VALID_FOR = timedelta(minutes=30)
CLOCK_SKEW = timedelta(minutes=2)


def read_card(card: SmartCard) -> EnrolledCard:
    """Serial, keys and fingerprints of a provisioned card (no PIN needed)."""
    return read_card_and_info(card)[0]


def read_card_and_info(card: SmartCard) -> tuple[EnrolledCard, CardInfo]:
    info = card.info()
    sig = card.public_key(KeySlot.SIG)
    dec = card.public_key(KeySlot.DEC)
    facts = EnrolledCard(
        serial=info.serial,
        sig_algorithm=sig.algorithm.value,
        sig_public=sig.point,
        dec_algorithm=dec.algorithm.value,
        dec_public=dec.point,
        sig_fingerprint=(info.fingerprints.get(KeySlot.SIG) or b"").hex(),
        dec_fingerprint=(info.fingerprints.get(KeySlot.DEC) or b"").hex(),
    )
    return facts, info


def dec_key(card: EnrolledCard) -> PublicKey:
    return PublicKey(Algorithm(card.dec_algorithm), card.dec_public)


def stored_card(card: EnrolledCard, user_id: int, at: datetime) -> StoredCard:
    return StoredCard(
        serial=card.serial,
        user_id=UserId(user_id),
        signature=CardKey(card.sig_algorithm, card.sig_public, card.sig_fingerprint),
        decryption=CardKey(card.dec_algorithm, card.dec_public, card.dec_fingerprint),
        enrolled_at=at,
    )


def enrollment_record(
    vault_id: str,
    action: str,
    user_name: str,
    role: Role,
    card: EnrolledCard,
    head: AuditHead,
    at: str,
) -> bytes:
    """The bytes the chief procurator signs: canonical JSON, sorted keys, UTF-8."""
    return canonical_json(
        {
            **_subject(vault_id, action, user_name, role, card),
            "audit_head": {"seq": head.seq, "hash": head.hash},
            "at": at,
        }
    )


def check_enrollment_record(
    record: bytes,
    vault_id: str,
    action: str,
    user_name: str,
    role: Role,
    card: EnrolledCard,
    now: datetime,
) -> None:
    """The signed record must name exactly this vault, action, user, role and
    card, and be signed within APPROVAL_VALID_FOR of ``now``: an approval kept
    back is not a standing permission (DESIGN.md §6, approvals expire)."""
    try:
        doc = json.loads(record)
    except ValueError:
        raise ApprovalInvalid("the signed record is not JSON") from None
    expected = _subject(vault_id, action, user_name, role, card)
    if not isinstance(doc, dict) or any(doc.get(k) != v for k, v in expected.items()):
        raise ApprovalInvalid("the signed record names a different enrollment")
    try:
        signed_at = parse_time(str(doc["at"]))
    except (KeyError, ValueError):
        raise ApprovalInvalid("the signed record names no time") from None
    if not now - APPROVAL_VALID_FOR <= signed_at <= now + CLOCK_SKEW:
        raise ApprovalInvalid("the approval has expired")


def _subject(
    vault_id: str, action: str, user_name: str, role: Role, card: EnrolledCard
) -> dict[str, Any]:
    """What an enrollment record is about (everything but its time and audit head)."""
    return {
        "action": action,
        "vault_id": vault_id,
        "user": user_name,
        "role": role.value,
        "card": {
            "serial": card.serial,
            "sig_public": b64(card.sig_public),
            "dec_public": b64(card.dec_public),
        },
    }


@dataclass(frozen=True)
class Approval:
    approver_serial: str
    record: bytes
    signature: bytes


def sign_approval(approver: SmartCard, pin: str, record: bytes) -> Approval:
    """VERIFY 81 and sign on the approver's card (every signature needs the PIN)."""
    serial = approver.info().serial
    approver.verify_pin(pin, SIGN_PIN)
    return Approval(approver_serial=serial, record=record, signature=approver.sign(record))


def check_approval(tx: UnitOfWork, approval: Approval) -> int:
    """The approving chief's user id, or ApprovalInvalid. The key comes from the
    database (an active card of an active chief procurator), never from the card.
    What the record says is checked by check_enrollment_record."""
    _check_head_on_chain(tx, approval.record)
    stored = tx.cards.find(approval.approver_serial)
    if stored is None or not stored.active:
        raise ApprovalInvalid("the approving card is not enrolled")
    approver = tx.users.get(stored.user_id)
    if not approver.active or approver.role is not Role.CHIEF:
        raise ApprovalInvalid("the approving card does not belong to a chief procurator")
    key = PublicKey(Algorithm(stored.signature.algorithm), stored.signature.public_key)
    if not verify_signature(key, approval.record, approval.signature):
        raise ApprovalInvalid("the signature does not verify")
    return int(approver.id)


def _check_head_on_chain(tx: UnitOfWork, record: bytes) -> None:
    """The audit head named in the record must be a record of this vault's chain:
    an approval made for another vault, or forged offline, names none."""
    try:
        head = json.loads(record)["audit_head"]
        seq, digest = int(head["seq"]), str(head["hash"])
    except (ValueError, KeyError, TypeError):
        raise ApprovalInvalid("the signed record names no audit head") from None
    if seq == 0:
        return
    stored = tx.audit_records.get(seq)
    if stored is None or stored.hash != digest:
        raise ApprovalInvalid("the signed record's audit head is not on this vault's chain")
