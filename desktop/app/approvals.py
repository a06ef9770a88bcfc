"""Requests and decisions as the screens use them (desktop.app.ports.ApprovalsPort):
lead numbers and names instead of ids, one method per act; the core checks the rest."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime

    from desktop.app.cards import CardAccess
    from desktop.approvals.service import ApprovalService
    from desktop.domain.approvals import StoredRequest
    from desktop.domain.decision_sheet import DecisionSheet
    from desktop.ports import Clock, GrantsStore, UnitOfWork
    from desktop.vault.session import Session

STATES = {
    "pending": ("pending",),
    "decided": ("approved", "refused", "used", "revoked"),
    "all": ("pending", "approved", "refused", "used", "revoked"),
}


@dataclass(frozen=True)
class RequestFacts:
    id: int
    kind: str  # desktop.domain.approvals.RequestKind value
    state: str  # RequestState value
    subjects: tuple[str, ...]  # lead numbers, user names, setting names
    scope: tuple[str, ...]
    reason: str
    hours: int
    requester: str  # a name
    on_behalf: str
    filed_at: str  # canonical UTC text
    decided_at: str | None


class Approvals:
    def __init__(self, session: Session, clock: Clock, cards: CardAccess | None,
                 render_sheet: Callable[[DecisionSheet], bytes] | None = None,
                 unit: tuple[str, str] = ("", ""),
                 grants: Callable[[], GrantsStore] | None = None) -> None:
        self._grants = grants  # grants.db: a viewer's approved request becomes a package
        self._session = session
        self._clock = clock
        self._cards = cards
        self._render_sheet = render_sheet
        self._unit = unit  # (name, code)

    def _service(self) -> ApprovalService:
        from desktop.approvals.service import ApprovalService

        return ApprovalService(self._session, self._clock)

    def file(self, kind: str, leads: Sequence[str], scope: Sequence[str], reason: str,
             hours: int, on_behalf: str = "") -> RequestFacts:
        from desktop.approvals.service import UnknownSubject
        from desktop.domain.approvals import RequestKind, Scope
        from desktop.domain.audit import lead_subject
        from desktop.domain.lead_errors import LeadError
        from desktop.domain.leads import LeadNumber

        subjects = []
        with self._session.store.reading() as tx:
            for number in leads:
                try:
                    subjects.append(lead_subject(tx.leads.by_number(LeadNumber.parse(number)).id))
                except (LeadError, ValueError):
                    raise UnknownSubject(f"lead:{number}") from None
        stored = self._service().file(RequestKind(kind), tuple(subjects),
                                      tuple(Scope(s) for s in scope), reason, hours, on_behalf)
        return self._facts([stored])[0]

    def listed(self, state: str) -> list[RequestFacts]:
        from desktop.domain.approvals import RequestState

        return self._facts(self._service().listed(tuple(RequestState(s) for s in STATES[state])))

    def decide(self, request_id: int, reader: str, pin: str, approve: bool,
               scope: Sequence[str] | None = None, hours: int | None = None) -> RequestFacts:
        from desktop.card.errors import NoCard
        from desktop.domain.approvals import Scope

        if self._cards is None:
            raise NoCard()
        with self._cards.session(reader) as card:
            self._service().decide(
                request_id, card, pin, approve=approve,
                scope=None if scope is None else tuple(Scope(s) for s in scope), hours=hours,
            )
        self._after_decision(request_id, issue=approve)
        return next(f for f in self.listed("all") if f.id == request_id)

    def revoke(self, request_id: int) -> None:
        self._service().revoke(request_id)
        self._after_decision(request_id, issue=False)

    def _after_decision(self, request_id: int, issue: bool) -> None:
        """A viewer's approved viewing request becomes his package now; a refusal or a
        revocation reaches grants.db (the package deleted) at once."""
        if self._grants is None:
            return
        from desktop.grants.upkeep import after_decision

        store = self._grants()
        try:
            after_decision(self._session, store, self._clock, request_id, issue)
        finally:
            store.close()

    def decision_sheet(self, request_id: int) -> bytes:
        """The decision's one-page sheet (审批表), a PDF printed, never saved."""
        import hashlib
        from datetime import UTC

        from desktop.audit.canonical import parse_time
        from desktop.domain.approvals import Decision
        from desktop.domain.decision_sheet import DecisionSheet
        from desktop.vault.signed import SignedEnvelope

        facts = next((f for f in self.listed("all") if f.id == request_id), None)
        with self._session.store.reading() as tx:
            found = tx.approvals.decision(request_id)
        if facts is None or found is None or self._render_sheet is None:
            raise LookupError(f"request {request_id} has no decision")
        signed = SignedEnvelope(*found)
        envelope = signed.envelope()
        decision = Decision.from_body(envelope.body)
        roster = self._session.roster
        entry = None if roster is None else next(
            (e for _, r in roster.versions for e in r.entries
             if e.card_serial == signed.signer), None)

        def local(text: str) -> datetime:
            return parse_time(text).replace(tzinfo=UTC).astimezone()

        fingerprint = hashlib.sha256(signed.signature).hexdigest()[:32]
        return self._render_sheet(DecisionSheet(
            unit_name=self._unit[0], unit_code=self._unit[1], vault_id=envelope.vault_id,
            request_id=request_id, kind=facts.kind, subjects=facts.subjects,
            scope_asked=facts.scope, reason=facts.reason, hours_asked=facts.hours,
            requester=facts.requester, on_behalf=facts.on_behalf,
            filed_at=local(facts.filed_at), approve=decision.approve,
            scope_granted=tuple(s.value for s in decision.scope),
            expires_at=local(decision.expires_at) if decision.expires_at else None,
            decided_at=local(envelope.time), signer_name=entry.name if entry else "",
            signer_card=signed.signer,
            signature_fingerprint=" ".join(fingerprint[i:i + 4] for i in range(0, 32, 4)),
            decision_id=signed.id,
        ))

    def _facts(self, stored: list[StoredRequest]) -> list[RequestFacts]:
        with self._session.store.reading() as tx:
            names = {f"user:{u.id}": u.name for u in tx.users.list(include_removed=True)}
            return [
                RequestFacts(
                    id=s.id, kind=s.request.kind.value, state=s.state.value,
                    subjects=tuple(_subject(tx, names, x) for x in s.request.subjects),
                    scope=tuple(x.value for x in s.request.scope), reason=s.request.reason,
                    hours=s.request.hours,
                    requester=names.get(s.request.requester, s.request.requester),
                    on_behalf=s.request.on_behalf, filed_at=s.request.filed_at,
                    decided_at=s.decided_at,
                )
                for s in stored
            ]


def _subject(tx: UnitOfWork, names: dict[str, str], subject: str) -> str:
    kind, _, rest = subject.partition(":")
    if kind == "lead" and rest.isdigit():
        from desktop.domain.leads import LeadId

        return str(tx.leads.get(LeadId(int(rest))).number)
    return names.get(subject, rest or subject)
