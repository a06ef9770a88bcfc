"""Changing the roster: a keyholder's session proposes version N+1 (enroll a user,
give a user a new card, remove a user), a chief of version N signs it on his card,
and the change is accepted only if the signed version is exactly the change asked
for (DESIGN.md §6). The proposal is an envelope whose counter and time the
signing card fills in."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime

from desktop.audit.canonical import format_time, parse_time
from desktop.domain.audit import AuditHead
from desktop.domain.envelope import EnvelopeType, MalformedEnvelope, parse_envelope
from desktop.domain.roles import Role
from desktop.domain.roster import EntryStatus, Roster, RosterEntry, RosterInvalid
from desktop.ports import SmartCard, UnitOfWork
from desktop.vault.base64_text import b64
from desktop.vault.enrollment import APPROVAL_VALID_FOR, CLOCK_SKEW, Approval
from desktop.vault.errors import ApprovalInvalid, UserNotFound
from desktop.vault.header import EnrolledCard, UserSlot, VaultHeader
from desktop.vault.roster_chain import (
    VerifiedRoster,
    entry_for,
    roster_envelope,
    verify_roster_chain,
)
from desktop.vault.signed import SignedEnvelope, sign_now


def propose_new_user(header: VaultHeader, roster: VerifiedRoster, name: str, role: Role,
                     card: EnrolledCard, head: AuditHead, now: datetime,
                     grant_public: bytes = b"") -> tuple[str, bytes]:
    """(the new entry's slot id, the proposal). A viewer's entry names the public
    half of the grant key his slot will wrap."""
    entry = entry_for(uuid.uuid4().hex, name, role, card, grant_public=grant_public)
    return entry.slot_id, _proposal(header, roster, roster.current.with_entry(entry), head, now)


def propose_card(header: VaultHeader, roster: VerifiedRoster, slot: UserSlot,
                 card: EnrolledCard, head: AuditHead, now: datetime,
                 grant_public: bytes = b"") -> bytes:
    """A viewer's new card comes with a new grant key (``grant_public``): nobody but
    him ever held the old one."""
    old = _entry(roster, slot)
    entry = replace(old, card_serial=card.serial, sig_algorithm=card.sig_algorithm,
                    sig_public=b64(card.sig_public), dec_public=b64(card.dec_public),
                    grant_public=b64(grant_public) if grant_public else old.grant_public)
    return _proposal(header, roster, roster.current.with_entry(entry), head, now)


def propose_removal(header: VaultHeader, roster: VerifiedRoster, slot: UserSlot,
                    head: AuditHead, now: datetime) -> bytes:
    entry = replace(_entry(roster, slot), status=EntryStatus.REMOVED)
    return _proposal(header, roster, roster.current.with_entry(entry), head, now)


def sign_proposal(card: SmartCard, pin: str, record: bytes, now: datetime) -> Approval:
    """The card signs the proposed version with its counter and the time now."""
    try:
        envelope = parse_envelope(record)
    except MalformedEnvelope:
        raise ApprovalInvalid("the record is not a proposed roster") from None
    if envelope.type is not EnvelopeType.ROSTER:
        raise ApprovalInvalid("the record is not a proposed roster")
    signed = sign_now(card, pin, lambda counter: replace(
        envelope, signature_counter=counter, time=format_time(now)))
    return Approval(signed.signer, signed.data, signed.signature)


def chain_with(header: VaultHeader, approval: Approval) -> tuple[SignedEnvelope, ...]:
    return (*header.roster, _signed(approval))


def accept_roster(
    tx: UnitOfWork,
    header: VaultHeader,
    roster: VerifiedRoster,
    approval: Approval,
    founder: str | None,
    now: datetime,
    *,
    action: str,
    user_name: str,
    role: Role,
    card: EnrolledCard | None,
) -> tuple[VerifiedRoster, RosterEntry]:
    """The verified next roster and the one entry it changes, or ApprovalInvalid:
    signed by a chief of the current version, recent, citing a head on this chain,
    and changing exactly ``action`` for ``user_name`` (role, card) and nothing else."""
    signed = _signed(approval)
    try:
        verified = verify_roster_chain((*header.roster, signed), header.vault_id, founder)
    except RosterInvalid as exc:
        raise ApprovalInvalid(exc.reason) from None
    envelope = signed.envelope()
    try:
        signed_at = parse_time(envelope.time)
    except ValueError:
        raise ApprovalInvalid("the signed roster names no time") from None
    if not now - APPROVAL_VALID_FOR <= signed_at <= now + CLOCK_SKEW:
        raise ApprovalInvalid("the approval has expired")
    _check_head_on_chain(tx, envelope.audit_head)
    old, new = roster.current, verified.current
    changed = [e for e in new.entries if e not in old.entries]
    if len(changed) != 1 or new.recovery_key != old.recovery_key:
        raise ApprovalInvalid("the signed roster changes something else")
    entry = changed[0]
    before = old.entry_for_slot(entry.slot_id)
    kept = [e for e in old.entries if e.slot_id != entry.slot_id]
    if [e for e in new.entries if e.slot_id != entry.slot_id] != kept:
        raise ApprovalInvalid("the signed roster changes something else")
    if not _is(action, entry, before, user_name, role, card):
        raise ApprovalInvalid("the signed roster names a different change")
    return verified, entry


def _is(action: str, entry: RosterEntry, before: RosterEntry | None, user_name: str,
        role: Role, card: EnrolledCard | None) -> bool:
    same_person = entry.name == user_name and entry.role is role and not entry.backup
    if action == "user.add":
        return before is None and same_person and entry.active and _holds(entry, card)
    if action == "card.replace":
        return (before is not None and before.active and entry.active and same_person
                and before.name == user_name and _holds(entry, card))
    if action == "user.remove":
        return (before is not None and before.active and not entry.active
                and replace(entry, status=EntryStatus.ACTIVE) == before)
    return False


def _holds(entry: RosterEntry, card: EnrolledCard | None) -> bool:
    return card is not None and (
        entry.card_serial, entry.sig_algorithm, entry.sig_public, entry.dec_public
    ) == (card.serial, card.sig_algorithm, b64(card.sig_public), b64(card.dec_public))


def _entry(roster: VerifiedRoster, slot: UserSlot) -> RosterEntry:
    entry = roster.current.entry_for_slot(slot.meta.slot_id)
    if entry is None or not entry.active:
        raise UserNotFound(slot.meta.user_name)
    return entry


def _proposal(header: VaultHeader, roster: VerifiedRoster, proposed: Roster,
              head: AuditHead, now: datetime) -> bytes:
    return roster_envelope(header.vault_id, proposed, roster.hash, head, now)(0).to_bytes()


def _signed(approval: Approval) -> SignedEnvelope:
    return SignedEnvelope(approval.record, approval.signature, approval.approver_serial)


def _check_head_on_chain(tx: UnitOfWork, audit_head: str) -> None:
    """The head the proposal names must be a record of this vault's chain: one made
    for another vault, or forged offline, names none."""
    seq_text, _, digest = audit_head.partition(":")
    if not seq_text.isdigit():
        raise ApprovalInvalid("the signed roster names no audit head")
    seq = int(seq_text)
    if seq == 0:
        return
    stored = tx.audit_records.get(seq)
    if stored is None or stored.hash != digest:
        raise ApprovalInvalid("the signed roster's audit head is not on this vault's chain")
