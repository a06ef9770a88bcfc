"""An unlocked vault for one user: desktop.app.ports.UnlockedSession over a
vault Session, handing out one port per subject."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.app.audit_trail import AuditTrail
from desktop.app.drafts import Drafts
from desktop.app.facts import EnrolledUser
from desktop.app.lead_prints import LeadPrints
from desktop.app.renderers import Renderers
from desktop.app.settings import Settings

if TYPE_CHECKING:
    from desktop.app.about import AboutFacts
    from desktop.app.approvals import Approvals
    from desktop.app.cards import CardAccess
    from desktop.app.users import Users
    from desktop.backup.manifest import Manifest
    from desktop.backup.service import BackupResult, Backups, BackupStatus
    from desktop.bags.service import BagService
    from desktop.leads.service import LeadService
    from desktop.ports import Clock, GrantsStore
    from desktop.vault.enrollment import Approval
    from desktop.vault.integrity import IntegrityPass
    from desktop.vault.service import VaultService
    from desktop.vault.session import Session


class AppSession:
    def __init__(
        self,
        vault: VaultService,
        session: Session,
        user: EnrolledUser,
        clock: Clock,
        renderers: Renderers,
        cards: CardAccess | None = None,
        reader: str | None = None,
        grants_store: Callable[[Path], GrantsStore] | None = None,
    ) -> None:
        self._vault = vault
        self._grants_store = grants_store
        self._session = session
        self._user = user
        self._clock = clock
        self._renderers = renderers
        self._cards = cards
        self._reader = reader  # where this user's card is
        self._bags: BagService | None = None  # holds the QR tag key: dropped at lock
        self._leads: LeadService | None = None

    @property
    def user(self) -> EnrolledUser:
        return self._user

    @property
    def vault_session(self) -> Session:
        """The vault session underneath (tests and the demo's seeding read it)."""
        return self._session

    # -- the ports

    def leads(self) -> LeadService:
        if self._leads is None:
            from desktop.leads.service import LeadService

            s = self._session
            self._leads = LeadService(s.store, self._clock, s.user, s.keys.ik,
                                      overdue=lambda: s.checkpoint_overdue)
        return self._leads

    def bags(self) -> BagService:
        if self._bags is None:
            from desktop.bags.service import BagService

            info = self._vault.info()
            self._bags = BagService.for_session(
                self._session, self._clock, unit_code=info.unit_code, sender=info.unit_name
            )
        return self._bags

    def prints(self) -> LeadPrints:
        return LeadPrints(self._session, self.bags, self._renderers, self._refresh_head,
                          self.leads, lambda: self._vault.info().unit_name, self._clock)

    def audit(self) -> AuditTrail:
        info = self._vault.info()
        return AuditTrail(self._vault, self._session, self._cards,
                          self._renderers.witness_sheet, (info.unit_name, info.unit_code),
                          self._renderers.audit_extract)

    def settings(self) -> Settings:
        return Settings(self._session, self._clock)

    def drafts(self) -> Drafts:
        return Drafts(self._session, self._clock)

    def cards(self) -> SessionCards:
        return SessionCards(self._vault, self._cards, self._reader)

    def approvals(self) -> Approvals:
        from desktop.app.approvals import Approvals

        info = self._vault.info()
        return Approvals(self._session, self._clock, self._cards,
                         self._renderers.decision_sheet, (info.unit_name, info.unit_code),
                         grants=self._open_grants if self._grants_store else None)

    def keep_grants(self) -> None:
        """After every keyholder unlock (DESIGN §6): the viewers' outbox into the trail,
        expired and revoked packages deleted, the inbox key published."""
        if self._grants_store is None:
            return
        from desktop.grants.upkeep import keep

        store = self._open_grants()
        try:
            keep(self._session, store, self._clock)
        finally:
            store.close()

    def _open_grants(self) -> GrantsStore:
        assert self._grants_store is not None
        return self._grants_store(self._session.data_dir)

    def users(self) -> Users:
        from desktop.app.users import Users

        return Users(self._vault, self._session, self._cards, self._reader,
                     self._renderers.enrolment_record)

    def backups(self) -> SessionBackups:
        from desktop.backup.service import Backups

        return SessionBackups(Backups(self._vault.stores, self._clock), self._session)

    def integrity_pass(self) -> IntegrityPass:
        from desktop.vault.integrity import IntegrityPass

        return IntegrityPass(self._session)

    def about(self) -> AboutFacts:
        from desktop.app.about import about_facts

        return about_facts(self._session.vault_id, self._session.roster)

    # -- acts of the workstation

    def air_gap_breach(self, interfaces: Sequence[str]) -> None:
        self._workstation_event(
            "workstation.air_gap_breach", {"interfaces": ",".join(interfaces)}
        )

    def recovery_sheet_printed(self, printer: str) -> None:
        """The set-up's recovery sheet went to ``printer`` (recorded at the first unlock
        after, as the vault was not open while it printed)."""
        self._workstation_event("recovery.print", {"printer": printer[:80]})

    def lock(self, reason: str | None = None) -> None:
        try:
            if reason is not None:
                self._workstation_event("workstation.lock", {"reason": reason})
            self._publish_notices()
        finally:
            self._bags = None
            self._vault.lock(self._session)

    def _publish_notices(self) -> None:
        """The lock screen's counts, as this session leaves them (requests filed or
        decided meanwhile). A notice is a courtesy: a failure here never stops a lock."""
        if self._grants_store is None:
            return
        from desktop.grants.notices import publish

        with contextlib.suppress(Exception):
            store = self._open_grants()
            try:
                with self._session.store.reading() as tx:
                    publish(tx, store)
            finally:
                store.close()

    # -- helpers

    def _workstation_event(self, action: str, details: dict[str, str]) -> None:
        with self._session.store.transaction() as tx:
            tx.audit.append(self._session.actor, action, "", dict(details))
        self._refresh_head()

    def _refresh_head(self) -> None:
        self._vault.refresh_head_if_due(self._session)


class SessionBackups:
    """desktop.app.ports.BackupsPort: the backup service bound to this session."""

    def __init__(self, backups: Backups, session: Session) -> None:
        self._backups = backups
        self._session = session

    def create(self, medium: Path, progress: Callable[[str, int, int], None]
               ) -> BackupResult:
        return self._backups.create(self._session, medium, progress)

    def verify(self, folder: Path, progress: Callable[[str, int, int], None]) -> Manifest:
        return self._backups.verify(self._session, folder, progress)

    def status(self) -> BackupStatus:
        return self._backups.status(self._session)

    def set_reminder_days(self, days: int) -> None:
        self._backups.set_reminder_days(self._session, days)


class SessionCards:
    """desktop.app.ports.CardsPort: the cards a session may ask to sign."""

    def __init__(self, vault: VaultService, cards: CardAccess | None, reader: str | None) -> None:
        self._vault = vault
        self._cards = cards
        self._reader = reader

    def readers(self) -> list[str]:
        readers = [] if self._cards is None else self._cards.readers()
        return sorted(readers, key=lambda r: r != self._reader)  # own card first

    def sign(self, reader: str, pin: str, record: bytes) -> Approval:
        from desktop.card.errors import NoCard

        if self._cards is None:
            raise NoCard()
        from desktop.vault.enrollment import sign_approval

        with self._cards.session(reader) as card:
            return sign_approval(card, pin, record)
