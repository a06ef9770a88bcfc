"""Keyholders take viewers' outbox entries into the audit chain (DESIGN §6).

Per viewer slot, the entries after the last one taken (vault.db remembers its
sequence number, id and card counter) are opened with the inbox key and checked:
signed by that slot's card on the roster, for this vault, numbered on from the last
one, chained to it by id, with a signature counter that only grows. A request
becomes an approval request in the chief's inbox; an act on a grant becomes an audit
record under the viewer's name. A missing number, a broken chain or a bad entry is
reported in the trail (``grant.outbox-gap`` / ``grant.outbox-refused``; a card
counter that jumps between two entries, ``grant.counter-jump``) and the
intake goes on from there, so one bad entry cannot hide the ones after it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from desktop.domain.approvals import (
    ApprovalInvalidRequest,
    ApprovalRequest,
    RequestKind,
    Scope,
)
from desktop.domain.audit import lead_subject
from desktop.domain.envelope import Envelope, EnvelopeType
from desktop.domain.grants import inbox_info
from desktop.domain.roster import RosterEntry
from desktop.grants.inbox_key import inbox_private
from desktop.grants.sealing import SealBroken, open_sealed
from desktop.ports import GrantsStore, UnitOfWork
from desktop.vault.session import Session
from desktop.vault.signed import SignedEnvelope, parse_signed, signed_by

ACTS = {"open": "grant.open", "identity": "grant.identity", "print": "grant.print"}


@dataclass
class Intake:
    taken: int = 0
    requests: int = 0
    problems: int = 0
    # (sender, seq, state) to tell back to viewers once vault.db has committed
    states: list[tuple[str, int, str]] = field(default_factory=list)


def take_in(tx: UnitOfWork, session: Session, grants: GrantsStore) -> Intake:
    intake = Intake()
    private = inbox_private(tx)
    roster = session.roster
    if private is None or roster is None:
        return intake
    for sender in grants.senders():
        entry = roster.current.entry_for_slot(sender)
        head = tx.grant_records.outbox_head(sender)
        seq, previous, counter = head if head else (0, "", -1)
        for row in grants.outbox(sender, after=seq):
            if row.seq != seq + 1:
                _report(tx, session, "grant.outbox-gap", sender,
                        {"expected": seq + 1, "found": row.seq})
                intake.problems += 1
            envelope, signed, why = _opened(row.sealed, private, session.vault_id, sender,
                                            entry)
            if envelope is not None and signed is not None:
                if not _actor_holds(tx, str(envelope.body.get("actor", "")), signed.signer):
                    why = "actor"
                elif envelope.sequence != row.seq or signed.id != row.entry_id:
                    why = "number"
                elif envelope.previous != previous and row.seq == seq + 1:
                    why = "chain"
                elif envelope.signature_counter <= counter:
                    why = "counter"
            if why or envelope is None or signed is None:
                _report(tx, session, "grant.outbox-refused", sender,
                        {"seq": row.seq, "why": why or "sealed"})
                intake.problems += 1
            else:
                if counter >= 0 and envelope.signature_counter > counter + 1:
                    # His card signed something between two entries (DESIGN §6).
                    _report(tx, session, "grant.counter-jump", sender,
                            {"seq": row.seq, "expected": counter + 1,
                             "found": envelope.signature_counter})
                    intake.problems += 1
                _record(tx, envelope, sender, row.seq, intake)
                counter = envelope.signature_counter
                intake.taken += 1
            seq, previous = row.seq, row.entry_id
            tx.grant_records.set_outbox_head(sender, seq, previous, counter)
    return intake


def _opened(sealed: bytes, private: bytes, vault_id: str, sender: str,
            entry: RosterEntry | None) -> tuple[Envelope | None, SignedEnvelope | None, str]:
    try:
        signed = SignedEnvelope.from_json(json.loads(open_sealed(sealed, private,
                                                                 inbox_info(vault_id, sender))))
    except (SealBroken, ValueError, TypeError):
        return None, None, "sealed"
    envelope = parse_signed(signed)
    if envelope is None or envelope.type is not EnvelopeType.OUTBOX or \
            envelope.vault_id != vault_id:
        return None, None, "envelope"
    if entry is None or entry.keyholder or not signed_by(signed, entry):
        return None, None, "signature"
    return envelope, signed, ""


def _actor_holds(tx: UnitOfWork, actor: str, serial: str) -> bool:
    """The user an entry names is the one the signing card is enrolled to: a viewer
    cannot file or act under someone else's name."""
    from desktop.domain.storage import NotFound
    from desktop.domain.users import UserId

    kind, _, rest = actor.partition(":")
    if kind != "user" or not rest.isdigit():
        return False
    try:
        user = tx.users.get(UserId(int(rest)))
    except NotFound:
        return False
    return any(c.serial == serial for c in tx.cards.for_user(user.id, include_retired=True))


def _record(tx: UnitOfWork, envelope: Envelope, sender: str, seq: int, intake: Intake) -> None:
    body = envelope.body
    actor = str(body.get("actor", ""))
    action = body.get("action")
    details: dict[str, str | int] = {"at": envelope.time, "seq": seq,
                                     "counter": envelope.signature_counter}
    if action == "request":
        intake.requests += 1
        state = _file(tx, envelope, actor, sender, seq)
        intake.states.append((sender, seq, state))
        return
    if action in ACTS:
        package = str(body.get("package", ""))
        tx.audit.append(actor, ACTS[str(action)], f"grant:{package[:16]}", details)
        return
    tx.audit.append(actor, "grant.outbox-refused", f"slot:{sender}",
                    {"seq": seq, "why": "action"})


def _file(tx: UnitOfWork, envelope: Envelope, actor: str, sender: str, seq: int) -> str:
    """The viewer's request as an approval request; 'invalid' when it names a lead
    that does not exist or breaks a rule (audited, nothing else kept)."""
    from desktop.domain.lead_errors import LeadError
    from desktop.domain.leads import LeadNumber

    body = envelope.body
    try:
        numbers = [str(n) for n in body["leads"]]  # type: ignore[union-attr]
        subjects = tuple(lead_subject(tx.leads.by_number(LeadNumber.parse(n)).id)
                         for n in numbers)
        request = ApprovalRequest(
            RequestKind(str(body["kind"])), actor, subjects,
            tuple(Scope(str(x)) for x in body["scope"]),  # type: ignore[union-attr]
            str(body["reason"]), int(str(body["hours"])), envelope.time,
        )
    except (KeyError, TypeError, ValueError, LeadError, ApprovalInvalidRequest) as exc:
        tx.audit.append(actor, "grant.request-invalid", f"slot:{sender}",
                        {"seq": seq, "why": exc.__class__.__name__})
        return "invalid"
    stored = tx.approvals.add(request)
    tx.grant_records.add_viewer_request(stored.id, sender, seq)
    tx.audit.append(actor, "approval.request", f"request:{stored.id}",
                    {"kind": request.kind.value, "request": request.hash[:16],
                     "subjects": len(subjects), "hours": request.hours, "via": "outbox",
                     "seq": seq})
    return "pending"


def _report(tx: UnitOfWork, session: Session, action: str, sender: str,
            details: dict[str, int | str]) -> None:
    tx.audit.append(session.actor, action, f"slot:{sender}", details)
