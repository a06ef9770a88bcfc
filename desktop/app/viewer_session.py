"""A viewer's unlocked session (DESIGN §6): director, deputy chief and staff hold no
vault key, so this session has no register, bags, prints or audit trail — only his
grants and his requests, from grants.db. Every act that shows something or files a
request is signed by his card (its PIN asked each time) into his outbox first."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, NoReturn

from desktop.app.facts import EnrolledUser

if TYPE_CHECKING:
    from desktop.app.about import AboutFacts
    from desktop.app.approvals import RequestFacts
    from desktop.app.cards import CardAccess
    from desktop.app.session import SessionCards
    from desktop.card.session import OpenPgpSession
    from desktop.domain.grants import GrantedIdentity
    from desktop.grants.viewer import GrantListing, MyRequest, OpenedGrant, ViewerGrants
    from desktop.ports import Clock, GrantsStore
    from desktop.vault.service import VaultService
    from desktop.vault.session import ViewerSession

DEFAULT_IDLE_SECONDS = 300


class GrantsDesk:
    """desktop.app.ports.GrantsPort: a viewer's grants and requests; ``pin`` is his
    card's, in the reader he unlocked with."""

    def __init__(self, grants: ViewerGrants, cards: CardAccess | None, reader: str | None) -> None:
        self._grants = grants
        self._cards = cards
        self._reader = reader

    def granted(self) -> list[GrantListing]:
        return self._grants.granted()

    def my_requests(self) -> list[MyRequest]:
        return self._grants.my_requests()

    def request(self, kind: str, leads: Sequence[str], scope: Sequence[str], reason: str,
                hours: int, pin: str) -> MyRequest:
        from desktop.domain.approvals import RequestKind, Scope

        with self._card() as card:
            return self._grants.request(RequestKind(kind), leads, tuple(Scope(s) for s in scope),
                                        reason, hours, card, pin)

    def open(self, package_id: str, pin: str) -> OpenedGrant:
        with self._card() as card:
            return self._grants.open(package_id, card, pin)

    def identities(self, opened: OpenedGrant, pin: str) -> tuple[GrantedIdentity, ...]:
        with self._card() as card:
            return self._grants.identities(opened, card, pin)

    def _card(self) -> AbstractContextManager[OpenPgpSession]:
        from desktop.card.errors import NoCard

        if self._cards is None or self._reader is None:
            raise NoCard()
        return self._cards.session(self._reader)


class ViewerRequests:
    """The part of desktop.app.ports.ApprovalsPort a viewer has: his own requests,
    for the status bar's counts and the requests list. Filing goes through
    GrantsDesk.request (his card signs it); deciding is the chief's."""

    def __init__(self, desk: GrantsDesk, actor: str) -> None:
        self._desk = desk
        self._actor = actor

    def listed(self, state: str) -> list[RequestFacts]:
        from desktop.app.approvals import STATES, RequestFacts

        return [
            RequestFacts(id=r.seq, kind=r.kind, state=r.state, subjects=r.leads, scope=r.scope,
                         reason=r.reason, hours=r.hours, requester=self._actor, on_behalf="",
                         filed_at=r.filed_at, decided_at=None)
            for r in self._desk.my_requests() if r.state in STATES[state]
            or (state != "decided" and r.state in ("filed", "invalid"))
        ]

    def file(self, kind: str, leads: Sequence[str], scope: Sequence[str], reason: str,
             hours: int, on_behalf: str = "") -> NoReturn:
        _viewer_only()

    def decide(self, request_id: int, reader: str, pin: str, approve: bool,
               scope: Sequence[str] | None = None, hours: int | None = None) -> NoReturn:
        _viewer_only()

    def revoke(self, request_id: int) -> NoReturn:
        _viewer_only()

    def decision_sheet(self, request_id: int) -> NoReturn:
        _viewer_only()


class ViewerSettings:
    """A viewer has no settings of his own in the vault: the idle lock's default."""

    def idle_timeout_seconds(self) -> int:
        return DEFAULT_IDLE_SECONDS

    def __getattr__(self, name: str) -> Callable[..., NoReturn]:
        def refused(*_: object, **__: object) -> NoReturn:
            _viewer_only()

        return refused


class NoDrafts:
    """Nothing a viewer types is kept: he has no encrypted store to keep it in."""

    def save(self, form_kind: str, payload: bytes) -> None:
        return None

    def take(self, form_kind: str) -> bytes | None:
        return None


class ViewerAppSession:
    def __init__(self, vault: VaultService, session: ViewerSession, store: GrantsStore,
                 clock: Clock, cards: CardAccess | None, reader: str | None) -> None:
        from desktop.grants.viewer import ViewerGrants

        self._vault = vault
        self._session = session
        self._store = store
        self._desk = GrantsDesk(ViewerGrants(session, store, clock), cards, reader)
        self._cards = cards
        self._reader = reader
        self._user = EnrolledUser(session.user_name, session.role, session.card_serial)

    @property
    def user(self) -> EnrolledUser:
        return self._user

    @property
    def viewer_session(self) -> ViewerSession:
        return self._session

    def grants(self) -> GrantsDesk:
        return self._desk

    def approvals(self) -> ViewerRequests:
        return ViewerRequests(self._desk, self._session.actor)

    def settings(self) -> ViewerSettings:
        return ViewerSettings()

    def drafts(self) -> NoDrafts:
        return NoDrafts()

    def cards(self) -> SessionCards:
        from desktop.app.session import SessionCards

        return SessionCards(self._vault, self._cards, self._reader)

    def leads(self) -> NoReturn:
        _viewer_only()

    def bags(self) -> NoReturn:
        _viewer_only()

    def prints(self) -> NoReturn:
        _viewer_only()

    def audit(self) -> NoReturn:
        _viewer_only()

    def backups(self) -> NoReturn:
        _viewer_only()

    def users(self) -> NoReturn:
        _viewer_only()

    def integrity_pass(self) -> NoReturn:
        _viewer_only()  # he opens no database: there is nothing of his to check

    def about(self) -> AboutFacts:
        from desktop.app.about import about_facts

        return about_facts(self._session.vault_id, self._session.roster)

    def air_gap_breach(self, interfaces: Sequence[str]) -> None:
        return None  # recorded by the next keyholder session, which sees it too

    def lock(self, reason: str | None = None) -> None:
        try:
            self._session.lock()
        finally:
            self._store.close()


def _viewer_only() -> NoReturn:
    from desktop.vault.errors import ViewerOnly

    raise ViewerOnly("viewer")
