"""The witness rules (DESIGN.md §7), on real SQLCipher files and virtual cards:
after the chief's age limit without a checkpoint keyholders may record new reports
and nothing else; a clock earlier than the chain's last record is refused except
at the chief's unlock, which confirms the date on the record."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from db.store import SqlCipherStoreFactory
from desktop.audit.log import AuditLog
from desktop.bags.service import BagService
from desktop.domain.roles import Role
from desktop.leads.service import LeadService
from desktop.policy import CheckpointOverdue
from desktop.vault.errors import ClockBehindChain
from desktop.vault.service import VaultService
from desktop.vault.session import Session
from desktop.vault.witness_rules import MAX_AGE_SETTING
from tests.db.test_leads_service import new_lead
from tests.unit.vault_support import CHEAP, PIN, MemoryKeyStore, VCard, provisioned_card


class MovableClock:
    def __init__(self) -> None:
        self.moment = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        self.moment += timedelta(milliseconds=1)
        return self.moment


class Site:
    def __init__(self, folder: Path) -> None:
        self.clock = MovableClock()
        self.vault = VaultService(folder, SqlCipherStoreFactory(self.clock, AuditLog),
                                  MemoryKeyStore(), self.clock)  # type: ignore[arg-type]
        self.chief = provisioned_card()
        session, created = self.vault.create(
            unit_code="110000", unit_name="某院", user_name="chief", card=self.chief.session,
            pin=PIN, password="chief pw", kdf_params=CHEAP, development=True,
        )
        self.code = created.recovery_code
        self.clerk = provisioned_card()
        record = self.vault.enrollment_request(session, "user.add", "clerk", Role.CLERK,
                                               self.clerk.session)
        self.vault.add_user(session, user_name="clerk", role=Role.CLERK, card=self.clerk.session,
                            pin=PIN, password="clerk pw",
                            approval=self.vault.approve(self.chief.session, PIN, record))
        self.vault.lock(session)

    def unlock(self, card: VCard, password: str) -> Session:
        return self.vault.unlock(card.session, password, PIN)

    def leads(self, session: Session) -> LeadService:
        return LeadService(session.store, self.clock, session.user, session.keys.ik,
                           overdue=lambda: session.checkpoint_overdue)

    def bags(self, session: Session) -> BagService:
        return BagService.for_session(session, self.clock, unit_code="110000", sender="某院")


@pytest.fixture
def site(tmp_path: Path) -> Site:
    return Site(tmp_path / "vault")


def test_after_the_age_limit_only_new_reports_are_recorded(site: Site) -> None:
    session = site.unlock(site.clerk, "clerk pw")
    assert not session.checkpoint_overdue
    site.leads(session).create(new_lead(site.clock.now() - timedelta(hours=1)))
    site.vault.lock(session)

    site.clock.moment += timedelta(days=8)  # the chief's last checkpoint is 8 days old
    session = site.unlock(site.clerk, "clerk pw")
    try:
        assert session.checkpoint_overdue
        leads = site.leads(session)
        leads.create(new_lead(site.clock.now() - timedelta(hours=1)))  # still allowed
        with pytest.raises(CheckpointOverdue):
            leads.page(limit=10)
        with pytest.raises(CheckpointOverdue):
            site.bags(session).create(items=1, pages=1)
    finally:
        site.vault.lock(session)

    site.vault.lock(site.unlock(site.chief, "chief pw"))  # he signs a checkpoint
    session = site.unlock(site.clerk, "clerk pw")
    try:
        assert not session.checkpoint_overdue
        site.bags(session).create(items=1, pages=1)
    finally:
        site.vault.lock(session)


def test_the_chief_sets_the_age_limit(site: Site) -> None:
    session = site.unlock(site.chief, "chief pw")
    with session.store.transaction() as tx:
        tx.settings.set(MAX_AGE_SETTING, "30")
    site.vault.lock(session)
    site.clock.moment += timedelta(days=8)
    session = site.unlock(site.clerk, "clerk pw")
    assert not session.checkpoint_overdue
    site.vault.lock(session)


def test_a_clock_set_back_is_refused_until_the_chief_confirms_it(site: Site) -> None:
    site.clock.moment -= timedelta(days=3)
    before = site.clerk.session.info().pin_status.pw1_retries
    with pytest.raises(ClockBehindChain):
        site.unlock(site.clerk, "clerk pw")
    assert site.clerk.session.info().pin_status.pw1_retries == before
    session = site.unlock(site.chief, "chief pw")  # confirms the date, on the record
    with session.store.reading() as tx:
        actions = [r.action for r in tx.audit_records.iterate()]
    site.vault.lock(session)
    assert "clock.confirmed" in actions
    site.vault.lock(site.unlock(site.clerk, "clerk pw"))
