"""Requests and decisions as the screens use them (desktop.app.ports.ApprovalsPort):
lead numbers and names instead of ids, one method per act; the core checks the rest."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.app.cards import CardAccess
    from desktop.approvals.service import ApprovalService
    from desktop.domain.approvals import StoredRequest
    from desktop.ports import Clock, UnitOfWork
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
    def __init__(self, session: Session, clock: Clock, cards: CardAccess | None) -> None:
        self._session = session
        self._clock = clock
        self._cards = cards

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
        return next(f for f in self.listed("all") if f.id == request_id)

    def revoke(self, request_id: int) -> None:
        self._service().revoke(request_id)

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
