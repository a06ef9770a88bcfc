"""Grants to viewers (DESIGN §6), end to end in the core with real SQLCipher files,
a real grants.db and software cards: a staff member asks through his signed outbox,
the chief approves with his card, the package opens for that viewer only, within its
scope and expiry; every bad input of issue 11 that concerns grants is refused."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from db.grants_store import SqliteGrantsStore
from desktop.approvals.service import ApprovalService
from desktop.domain.approvals import RequestKind, RequestState, Scope
from desktop.domain.grants import PackageInvalid
from desktop.domain.roles import Role
from desktop.grants import issuing, upkeep
from desktop.grants.inbox import InboxUnavailable
from desktop.grants.outbox import NotThisViewersCard
from desktop.grants.viewer import GrantExpired, GrantNotFound, IdentityNotGranted, ViewerGrants
from desktop.vault.session import Session, ViewerSession
from tests.db.test_leads_service import CANARY_NAME, new_lead
from tests.unit.test_witness_rules import Site
from tests.unit.vault_support import PIN, VCard, provisioned_card

PDF = b"%PDF-1.4 fake scan " + bytes(range(256)) * 40


class GrantSite(Site):
    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.folder = folder
        self.staff = self._enrol("staff", Role.STAFF, "staff pw")
        self.director = self._enrol("director", Role.DIRECTOR, "director pw")
        session = self.unlock(self.clerk, "clerk pw")
        leads = self.leads(session)
        created = leads.create(new_lead(self.clock.now() - timedelta(hours=2)))
        self.lead_id = created.card.id
        self.number = str(created.card.number)
        leads.attach(self.lead_id, "扫描件.pdf", PDF)
        self.keep(session)
        self.vault.lock(session)
        self.vault.lock(self.unlock(self.chief, "chief pw"))  # a checkpoint: the inbox key

    def _enrol(self, name: str, role: Role, password: str) -> VCard:
        card = provisioned_card()
        session = self.unlock(self.chief, "chief pw")
        record = self.vault.enrollment_request(session, "user.add", name, role, card.session)
        self.vault.add_user(session, user_name=name, role=role, card=card.session, pin=PIN,
                            password=password,
                            approval=self.vault.approve(self.chief.session, PIN, record))
        self.vault.lock(session)
        return card

    def grants(self) -> SqliteGrantsStore:
        return SqliteGrantsStore(self.folder)

    def keep(self, session: Session) -> upkeep.Upkeep:
        store = self.grants()
        try:
            return upkeep.keep(session, store, self.clock)
        finally:
            store.close()

    def keyholder(self, card: VCard, password: str) -> upkeep.Upkeep:
        session = self.unlock(card, password)
        try:
            return self.keep(session)
        finally:
            self.vault.lock(session)

    def viewer(self, card: VCard, password: str) -> tuple[ViewerSession, ViewerGrants]:
        session = self.vault.unlock_viewer(card.session, password, PIN)
        return session, ViewerGrants(session, self.grants(), self.clock)

    def approve(self, scope: tuple[Scope, ...] | None = None, hours: int | None = None,
                approve: bool = True) -> list[str]:
        session = self.unlock(self.chief, "chief pw")
        try:
            self.keep(session)
            service = ApprovalService(session, self.clock)
            pending = service.listed((RequestState.PENDING,))
            assert pending, "the viewer's request reached the chief's inbox"
            request_id = pending[0].id
            service.decide(request_id, self.chief.session, PIN, approve=approve, scope=scope,
                           hours=hours)
            if not approve:
                self.keep(session)
                return []
            store = self.grants()
            try:
                return issuing.issue(session, store, self.clock, request_id)
            finally:
                store.close()
        finally:
            self.vault.lock(session)

    def audit(self) -> list[tuple[str, str, str]]:
        session = self.unlock(self.clerk, "clerk pw")
        try:
            with session.store.reading() as tx:
                return [(r.actor, r.action, r.subject) for r in tx.audit_records.iterate()]
        finally:
            self.vault.lock(session)


@pytest.fixture
def site(tmp_path: Path) -> GrantSite:
    return GrantSite(tmp_path / "vault")


def ask(site: GrantSite, scope: tuple[Scope, ...] = (Scope.CASE_CARD,), hours: int = 1,
        kind: RequestKind = RequestKind.VIEW_LEAD, card: VCard | None = None,
        number: str | None = None) -> None:
    session, grants = site.viewer(card or site.staff, "staff pw" if card is None else
                                  "director pw")
    try:
        grants.request(kind, [number or site.number], scope, "了解案情", hours,
                       (card or site.staff).session, PIN)
    finally:
        session.lock()


def test_staff_asks_chief_approves_case_card_only_for_one_hour(site: GrantSite) -> None:
    ask(site, (Scope.CASE_CARD, Scope.REPORT_TEXTS), hours=4)
    session, grants = site.viewer(site.staff, "staff pw")
    assert [r.state for r in grants.my_requests()] == ["filed"]
    session.lock()

    packages = site.approve(scope=(Scope.CASE_CARD,), hours=1)  # narrower and shorter
    assert len(packages) == 1

    session, grants = site.viewer(site.staff, "staff pw")
    listed = grants.granted()
    assert [g.package_id for g in listed] == packages
    assert listed[0].request is not None and listed[0].request.leads == (site.number,)
    assert listed[0].request.state == "approved"
    opened = grants.open(packages[0], site.staff.session, PIN)
    assert opened.lead.number == site.number and opened.lead.summary == "工程回扣"
    assert opened.lead.scope == ("case-card",)
    assert all(r.text == "" and r.summary == "" for r in opened.lead.reports)  # no report text
    assert opened.files == () and opened.lead.attachments == ()
    assert not opened.identity_granted
    with pytest.raises(IdentityNotGranted):
        grants.identities(opened, site.staff.session, PIN)
    assert CANARY_NAME.encode() not in Path(site.grants().path).read_bytes()

    site.clock.moment += timedelta(hours=1, minutes=1)  # past the expiry
    with pytest.raises(GrantExpired):
        grants.open(packages[0], site.staff.session, PIN)
    assert grants.granted() == []
    session.lock()

    kept = site.keyholder(site.clerk, "clerk pw")  # the next keyholder unlock
    assert kept.deleted == 1 and kept.taken >= 1
    assert site.grants().packages() == []
    actions = site.audit()
    staff_acts = [a for a in actions if a[1] in ("grant.open", "approval.request")
                  and a[0] != "user:1"]
    assert ("grant.open" in {a[1] for a in staff_acts}
            and "approval.request" in {a[1] for a in staff_acts})
    assert any(a[1] == "grant.delete" for a in actions)
    assert any(a[1] == "grant.issue" for a in actions)


def test_identity_and_attachments_only_when_granted(site: GrantSite) -> None:
    ask(site, (Scope.CASE_CARD, Scope.ATTACHMENTS, Scope.IDENTITY), hours=2,
        kind=RequestKind.SEE_IDENTITY)
    packages = site.approve()
    session, grants = site.viewer(site.staff, "staff pw")
    opened = grants.open(packages[0], site.staff.session, PIN)
    assert [bytes(f) for f in opened.files] == [PDF]
    assert opened.lead.attachments[0].file_name == "扫描件.pdf"
    assert opened.identity_granted and opened.lead.identities == ()  # not until asked
    shown = grants.identities(opened, site.staff.session, PIN)
    assert shown[0].name == CANARY_NAME
    session.lock()
    site.keyholder(site.clerk, "clerk pw")
    assert [a[1] for a in site.audit()].count("grant.identity") == 1


def test_a_package_for_another_viewer_does_not_open(site: GrantSite) -> None:
    ask(site)
    packages = site.approve()
    session, grants = site.viewer(site.director, "director pw")
    with pytest.raises(GrantNotFound):
        grants.open(packages[0], site.director.session, PIN)
    # Even re-addressed in grants.db, the package is sealed to the staff member's key.
    db = sqlite3.connect(site.grants().path)
    db.execute("UPDATE packages SET recipient = ?", (session.slot_id,))
    db.commit()
    db.close()
    with pytest.raises(PackageInvalid):
        grants.open(packages[0], site.director.session, PIN)
    session.lock()


def test_a_tampered_package_is_refused(site: GrantSite) -> None:
    ask(site)
    packages = site.approve()
    db = sqlite3.connect(site.grants().path)
    sealed = bytearray(db.execute("SELECT sealed FROM packages").fetchone()[0])
    sealed[-40] ^= 1
    db.execute("UPDATE packages SET sealed = ?", (bytes(sealed),))
    db.commit()
    db.close()
    session, grants = site.viewer(site.staff, "staff pw")
    with pytest.raises(PackageInvalid):
        grants.open(packages[0], site.staff.session, PIN)
    session.lock()


def test_a_longer_expiry_written_in_clear_does_not_revive_a_grant(site: GrantSite) -> None:
    ask(site)
    packages = site.approve(hours=1)
    db = sqlite3.connect(site.grants().path)
    db.execute("UPDATE packages SET expires_at = '2099-01-01T00:00:00.000000Z'")
    db.commit()
    db.close()
    site.clock.moment += timedelta(hours=2)
    session, grants = site.viewer(site.staff, "staff pw")
    with pytest.raises(PackageInvalid):  # the signed decision inside says otherwise
        grants.open(packages[0], site.staff.session, PIN)
    session.lock()


def test_revocation_deletes_the_package(site: GrantSite) -> None:
    ask(site, hours=8)
    packages = site.approve()
    session = site.unlock(site.chief, "chief pw")
    service = ApprovalService(session, site.clock)
    service.revoke(next(r.id for r in service.listed(
        (RequestState.APPROVED,))))
    kept = site.keep(session)
    site.vault.lock(session)
    assert kept.deleted == 1 and site.grants().packages() == []
    viewer, grants = site.viewer(site.staff, "staff pw")
    with pytest.raises(GrantNotFound):
        grants.open(packages[0], site.staff.session, PIN)
    assert grants.my_requests()[0].state == "revoked"
    viewer.lock()


def test_refusal_reaches_the_viewer(site: GrantSite) -> None:
    ask(site)
    site.approve(approve=False)
    session, grants = site.viewer(site.staff, "staff pw")
    assert grants.my_requests()[0].state == "refused" and grants.granted() == []
    session.lock()


def test_a_request_for_a_lead_that_does_not_exist_is_marked_invalid(site: GrantSite) -> None:
    ask(site, number="2026-9999")
    site.keyholder(site.clerk, "clerk pw")
    session, grants = site.viewer(site.staff, "staff pw")
    assert grants.my_requests()[0].state == "invalid"
    session.lock()
    assert "grant.request-invalid" in [a[1] for a in site.audit()]


def test_an_outbox_gap_is_reported(site: GrantSite) -> None:
    ask(site)
    ask(site)
    ask(site)
    db = sqlite3.connect(site.grants().path)
    db.execute("DELETE FROM outbox WHERE seq = 2")  # someone removes an entry
    db.commit()
    db.close()
    kept = site.keyholder(site.clerk, "clerk pw")
    assert kept.problems >= 1
    actions = [a[1] for a in site.audit()]
    assert "grant.outbox-gap" in actions
    assert actions.count("approval.request") == 2


def test_a_replayed_or_forged_outbox_entry_is_refused(site: GrantSite) -> None:
    ask(site)
    site.keyholder(site.clerk, "clerk pw")
    db = sqlite3.connect(site.grants().path)
    row = db.execute("SELECT sender, seq, entry_id, sealed FROM outbox").fetchone()
    # Replayed under the next number: its signed number says 1.
    db.execute("INSERT INTO outbox (sender, seq, entry_id, sealed) VALUES (?, ?, ?, ?)",
               (row[0], 2, row[2], row[3]))
    db.commit()
    db.close()
    kept = site.keyholder(site.clerk, "clerk pw")
    assert kept.taken == 0 and kept.problems == 1
    assert [a[1] for a in site.audit()].count("approval.request") == 1


def test_a_viewer_cannot_use_another_card_or_a_planted_inbox_key(site: GrantSite) -> None:
    session, grants = site.viewer(site.staff, "staff pw")
    with pytest.raises(NotThisViewersCard):
        grants.request(RequestKind.VIEW_LEAD, [site.number], (Scope.CASE_CARD,), "看", 1,
                       site.director.session, PIN)
    db = sqlite3.connect(site.grants().path)
    db.execute("UPDATE meta SET value = ? WHERE key = 'inbox'", (b'{"signer":"x"}',))
    db.commit()
    db.close()
    with pytest.raises(InboxUnavailable):
        grants.request(RequestKind.VIEW_LEAD, [site.number], (Scope.CASE_CARD,), "看", 1,
                       site.staff.session, PIN)
    session.lock()


def test_a_viewers_card_signing_elsewhere_between_entries_is_reported(site: GrantSite) -> None:
    ask(site)
    site.keyholder(site.clerk, "clerk pw")
    card = site.staff.session
    card.verify_pin(PIN, 0x81)
    card.sign(b"\x00" * 32)  # his card signs something that is not an outbox entry
    ask(site)
    kept = site.keyholder(site.clerk, "clerk pw")
    assert kept.taken == 1 and kept.problems == 1  # still taken in, and reported
    assert [a[1] for a in site.audit()].count("grant.counter-jump") == 1
