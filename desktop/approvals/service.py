"""Requests to the chief procurator and his signed decisions (DESIGN.md §6).

A keyholder files a request (hashed canonically, stored, audited). The chief decides
in his own session: the DECISION envelope — request hash, approve or refuse, the
scope and expiry granted, the roster version — is signed by his card after his PIN
and checked against the roster's chief keys before it is stored; each decision is
followed by a checkpoint. Every enforcement point calls ``require``: it finds the
decision for that kind and subject and checks it again (signature against a chief
of the current roster, request hash, scope, expiry against the later of the clock
and the chain, not used if single-use, not revoked); a missing or bad decision
refuses the action and the refusal is audited."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.audit.canonical import format_time, parse_time
from desktop.domain.approvals import (
    ApprovalRequest,
    Decision,
    RequestKind,
    RequestState,
    Scope,
    StoredRequest,
)
from desktop.domain.envelope import Envelope, EnvelopeType
from desktop.policy import Action, NotPermitted, allowed
from desktop.ports import Clock, SmartCard, UnitOfWork
from desktop.vault import card_memory, checkpoints
from desktop.vault.errors import ChiefCardMismatch
from desktop.vault.roster_chain import VerifiedRoster
from desktop.vault.session import Session
from desktop.vault.signed import SignedEnvelope, parse_signed, sign_now

_CANONICAL_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")


class ApprovalError(Exception):
    """Base of the approvals' refusals."""


class RequestNotFound(ApprovalError):
    def __init__(self, request_id: int) -> None:
        super().__init__(f"no request {request_id}")
        self.request_id = request_id


class AlreadyDecided(ApprovalError):
    def __init__(self, request_id: int, state: str) -> None:
        super().__init__(f"request {request_id} is already {state}")
        self.request_id = request_id
        self.state = state


class BeyondRequest(ApprovalError):
    """A decision may narrow the scope and shorten the expiry, never widen them."""


class UnknownSubject(ApprovalError):
    def __init__(self, subject: str) -> None:
        super().__init__(f"no such subject: {subject}")
        self.subject = subject


class ApprovalMissing(ApprovalError):
    """No valid decision allows this: ``why`` is none / expired / used / revoked /
    scope / signature."""

    def __init__(self, kind: RequestKind, subject: str, why: str) -> None:
        super().__init__(f"{kind.value} on {subject} is not approved ({why})")
        self.kind = kind
        self.subject = subject
        self.why = why


@dataclass(frozen=True)
class VerifiedDecision:
    request: StoredRequest
    decision: Decision
    signer: str


class ApprovalService:
    def __init__(self, session: Session, clock: Clock) -> None:
        self._session = session
        self._clock = clock

    # ----------------------------------------------------------------- filing

    def file(self, kind: RequestKind, subjects: tuple[str, ...], scope: tuple[Scope, ...],
             reason: str, hours: int, on_behalf: str = "") -> StoredRequest:
        s = self._session
        if not allowed(s.role, Action.REQUEST_APPROVAL):
            raise NotPermitted(Action.REQUEST_APPROVAL, s.role)
        request = ApprovalRequest(kind, s.actor, subjects, scope, reason.strip(), hours,
                                  format_time(self._clock.now()), on_behalf.strip())
        with s.store.transaction() as tx:
            for subject in subjects:
                _check_subject(tx, subject)
            stored = tx.approvals.add(request)
            tx.audit.append(s.actor, "approval.request", f"request:{stored.id}",
                            {"kind": kind.value, "request": request.hash[:16],
                             "subjects": len(subjects), "hours": hours})
        return stored

    def listed(self, states: tuple[RequestState, ...]) -> list[StoredRequest]:
        """The chief sees every request; anyone else only his own."""
        s = self._session
        mine = None if allowed(s.role, Action.DECIDE_APPROVAL) else s.actor
        with s.store.reading() as tx:
            return tx.approvals.listed(states, mine)

    # ----------------------------------------------------------------- deciding

    def decide(self, request_id: int, card: SmartCard, pin: str, *, approve: bool,
               scope: tuple[Scope, ...] | None = None, hours: int | None = None
               ) -> VerifiedDecision:
        """The chief's card signs the decision (after its PIN); nothing is stored unless
        the signature verifies under a chief key of the current roster."""
        s = self._session
        if not allowed(s.role, Action.DECIDE_APPROVAL):
            raise NotPermitted(Action.DECIDE_APPROVAL, s.role)
        roster = s.roster
        assert roster is not None
        now = self._clock.now()
        with s.store.transaction() as tx:
            stored = tx.approvals.get(request_id)
            if stored is None:
                raise RequestNotFound(request_id)
            if stored.state is not RequestState.PENDING:
                raise AlreadyDecided(request_id, stored.state.value)
            asked = stored.request
            granted = asked.scope if scope is None else scope
            lasting = asked.hours if hours is None else hours
            if not set(granted) <= set(asked.scope) or not 1 <= lasting <= asked.hours:
                raise BeyondRequest(f"request {request_id}")
            decision = Decision(
                request=asked.hash, approve=approve, scope=granted if approve else (),
                expires_at=format_time(now + timedelta(hours=lasting)) if approve else "",
                roster_version=roster.current.version,
            )
            head = tx.audit_records.head()

            def build(counter: int) -> Envelope:
                return Envelope(
                    type=EnvelopeType.DECISION, vault_id=s.vault_id, roster_hash=roster.hash,
                    sequence=request_id, audit_head=f"{head.seq}:{head.hash}",
                    previous=asked.hash, signature_counter=counter, time=format_time(now),
                    body=decision.body(),
                )

            signed = sign_now(card, pin, build)
            if roster.chief_entry(signed) is None:
                raise ChiefCardMismatch(signed.signer)
            tx.approvals.add_decision(request_id, signed.data, signed.signature,
                                      signed.signer, format_time(now))
            tx.approvals.set_state(request_id,
                                   RequestState.APPROVED if approve else RequestState.REFUSED)
            tx.audit.append(s.actor, "approval.decide", f"request:{request_id}",
                            {"kind": asked.kind.value, "approve": approve,
                             "hours": lasting if approve else 0, "card": signed.signer})
            checkpoint, _ = checkpoints.witness(  # every decision is witnessed
                tx, card, pin, vault_id=s.vault_id, roster=roster, actor=s.actor,
                reason="decision", at=now,
            )
        card_memory.remember(card, pin, s.vault_id, roster, checkpoint)
        return VerifiedDecision(tx_stored(stored, approve), decision, signed.signer)

    def revoke(self, request_id: int) -> None:
        s = self._session
        if not allowed(s.role, Action.DECIDE_APPROVAL):
            raise NotPermitted(Action.DECIDE_APPROVAL, s.role)
        with s.store.transaction() as tx:
            stored = tx.approvals.get(request_id)
            if stored is None:
                raise RequestNotFound(request_id)
            if stored.state is not RequestState.APPROVED:
                raise AlreadyDecided(request_id, stored.state.value)
            tx.approvals.set_state(request_id, RequestState.REVOKED)
            tx.approvals.stamp(request_id, "revoked_at", format_time(self._clock.now()))
            tx.audit.append(s.actor, "approval.revoke", f"request:{request_id}",
                            {"kind": stored.request.kind.value})

    # ----------------------------------------------------------------- enforcing

    def require(self, tx: UnitOfWork, kind: RequestKind, subject: str,
                needs: tuple[Scope, ...] = ()) -> VerifiedDecision:
        """The decision that allows ``kind`` on ``subject`` now, checked again; a
        single-use one is spent in the caller's transaction. ApprovalMissing (and an
        audited refusal, written by ``refused``) otherwise."""
        why = "none"
        for stored in tx.approvals.for_subject(kind.value, subject):
            verdict = self._check(tx, stored, needs)
            if isinstance(verdict, VerifiedDecision):
                if verdict.decision.single_use:
                    tx.approvals.set_state(stored.id, RequestState.USED)
                    tx.approvals.stamp(stored.id, "used_at", format_time(self._clock.now()))
                tx.audit.append(self._session.actor, "approval.use", f"request:{stored.id}",
                                {"kind": kind.value})
                return verdict
            why = verdict
        raise ApprovalMissing(kind, subject, why)

    def refused(self, error: ApprovalMissing) -> None:
        """Audit a refusal (in its own transaction: the action's was rolled back)."""
        with self._session.store.transaction() as tx:
            tx.audit.append(self._session.actor, "approval.refused", error.subject,
                            {"kind": error.kind.value, "why": error.why})

    def _check(self, tx: UnitOfWork, stored: StoredRequest, needs: tuple[Scope, ...]
               ) -> VerifiedDecision | str:
        found = tx.approvals.decision(stored.id)
        roster = self._session.roster
        if found is None or roster is None:
            return "none"
        now = format_time(later_of_clock_and_chain(tx, self._clock.now()))
        return verify_decision(SignedEnvelope(*found), stored, roster, self._session.vault_id,
                               needs, now)


def verify_decision(signed: SignedEnvelope, stored: StoredRequest, roster: VerifiedRoster,
                    vault_id: str, needs: tuple[Scope, ...], now: str
                    ) -> VerifiedDecision | str:
    """The decision's bytes checked again: a DECISION envelope of this vault signed by a
    chief of the current roster (void once the roster drops its signer, DESIGN §6), for
    exactly this request, approving at least ``needs``, not expired at ``now`` (canonical
    UTC text: fixed width, so it compares as text). The reason it fails otherwise:
    signature / scope / expired."""
    envelope = parse_signed(signed)
    if envelope is None or envelope.type is not EnvelopeType.DECISION:
        return "signature"
    if envelope.vault_id != vault_id or roster.chief_entry(signed) is None:
        return "signature"
    decision = Decision.from_body(envelope.body)
    if decision.request != stored.request.hash or not decision.approve:
        return "signature"
    if not set(needs) <= set(decision.scope):
        return "scope"
    if not _CANONICAL_TIME.fullmatch(decision.expires_at) or now >= decision.expires_at:
        return "expired"
    return VerifiedDecision(stored, decision, signed.signer)


def tx_stored(stored: StoredRequest, approve: bool) -> StoredRequest:
    state = RequestState.APPROVED if approve else RequestState.REFUSED
    return StoredRequest(stored.id, stored.request, state)


def later_of_clock_and_chain(tx: UnitOfWork, now: datetime) -> datetime:
    """Expiries use the later of the clock and the chain (DESIGN §7): a clock set
    back does not revive an expired decision."""
    last = tx.audit_records.last(1)
    return max(now, parse_time(last[0].time)) if last else now


def _check_subject(tx: UnitOfWork, subject: str) -> None:
    kind, _, rest = subject.partition(":")
    if kind == "lead":
        from desktop.domain.lead_errors import LeadNotFound
        from desktop.domain.leads import LeadId

        try:
            tx.leads.get(LeadId(int(rest)))
        except (ValueError, LeadNotFound):
            raise UnknownSubject(subject) from None
    elif kind == "user":
        from desktop.domain.storage import NotFound
        from desktop.domain.users import UserId

        try:
            tx.users.get(UserId(int(rest)))
        except (ValueError, NotFound):
            raise UnknownSubject(subject) from None
    elif kind == "audit":
        from desktop.domain.audit_query import is_extract_subject

        if not is_extract_subject(subject):
            raise UnknownSubject(subject)
