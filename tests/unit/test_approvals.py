"""Requests and the chief's signed decisions, from filing to enforcement, on real
SQLCipher files with virtual cards; each bad input refused and nothing changed."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from db._driver import RawConnection
from desktop.approvals.service import (
    AlreadyDecided,
    ApprovalMissing,
    ApprovalService,
    BeyondRequest,
    UnknownSubject,
)
from desktop.domain.approvals import ApprovalInvalidRequest, RequestKind, RequestState, Scope
from desktop.domain.audit import lead_subject
from desktop.domain.leads import LeadId
from desktop.policy import NotPermitted
from desktop.vault.errors import ChiefCardMismatch
from desktop.vault.session import Session
from tests.db.test_leads_service import new_lead
from tests.unit.test_witness_rules import Site
from tests.unit.vault_support import PIN

K = RequestKind


@pytest.fixture
def site(tmp_path: Path) -> Site:
    return Site(tmp_path / "vault")


def _lead(site: Site) -> str:
    session = site.unlock(site.clerk, "clerk pw")
    try:
        created = site.leads(session).create(new_lead(site.clock.now() - timedelta(hours=1)))
    finally:
        site.vault.lock(session)
    return lead_subject(created.card.id)


def _file(site: Site, subject: str, kind: RequestKind = K.EXPORT_INFORMANT,
          scope: tuple[Scope, ...] = (Scope.CASE_CARD, Scope.IDENTITY), hours: int = 24) -> int:
    session = site.unlock(site.clerk, "clerk pw")
    try:
        return ApprovalService(session, site.clock).file(kind, (subject,), scope, "送检", hours).id
    finally:
        site.vault.lock(session)


def _as_chief(site: Site) -> Session:
    return site.unlock(site.chief, "chief pw")


def _enforce(site: Site, subject: str, kind: RequestKind = K.EXPORT_INFORMANT,
             needs: tuple[Scope, ...] = (Scope.IDENTITY,)) -> None:
    session = site.unlock(site.clerk, "clerk pw")
    approvals = ApprovalService(session, site.clock)
    try:
        with session.store.transaction() as tx:
            approvals.require(tx, kind, subject, needs)
    except ApprovalMissing as refusal:
        approvals.refused(refusal)
        raise
    finally:
        site.vault.lock(session)


def test_filed_decided_by_the_chiefs_card_enforced_once(site: Site) -> None:
    subject = _lead(site)
    request_id = _file(site, subject)
    with pytest.raises(ApprovalMissing, match="none"):
        _enforce(site, subject)  # pending: not yet
    chief = _as_chief(site)
    try:
        decided = ApprovalService(chief, site.clock).decide(
            request_id, site.chief.session, PIN, approve=True, hours=2)
        assert decided.signer == site.chief.serial and decided.decision.approve
        with chief.store.reading() as tx:
            actions = [r.action for r in tx.audit_records.iterate()]
        assert actions[-2:] == ["approval.decide", "audit.checkpoint"]  # witnessed
    finally:
        site.vault.lock(chief)
    _enforce(site, subject)  # allowed, and spent
    with pytest.raises(ApprovalMissing):
        _enforce(site, subject)  # single use: a replay is refused
    session = site.unlock(site.clerk, "clerk pw")
    with session.store.reading() as tx:
        actions = [r.action for r in tx.audit_records.iterate()]
    site.vault.lock(session)
    assert actions.count("approval.use") == 1 and actions.count("approval.refused") == 2


def test_only_a_chief_of_the_roster_signs_a_decision(site: Site) -> None:
    request_id = _file(site, _lead(site))
    chief = _as_chief(site)
    try:
        with pytest.raises(ChiefCardMismatch):  # the clerk's card in the chief's session
            ApprovalService(chief, site.clock).decide(request_id, site.clerk.session, PIN,
                                                      approve=True)
        assert ApprovalService(chief, site.clock).listed(
            (RequestState.PENDING,))[0].id == request_id  # nothing changed
    finally:
        site.vault.lock(chief)
    clerk = site.unlock(site.clerk, "clerk pw")
    try:
        with pytest.raises(NotPermitted):
            ApprovalService(clerk, site.clock).decide(request_id, site.clerk.session, PIN,
                                                      approve=True)
    finally:
        site.vault.lock(clerk)


def test_scope_expiry_and_revocation_are_enforced(site: Site) -> None:
    subject = _lead(site)
    narrow, later, revoked = (_file(site, subject) for _ in range(3))
    chief = _as_chief(site)
    approvals = ApprovalService(chief, site.clock)
    try:
        with pytest.raises(BeyondRequest):
            approvals.decide(narrow, site.chief.session, PIN, approve=True, hours=48)
        approvals.decide(narrow, site.chief.session, PIN, approve=True,
                         scope=(Scope.CASE_CARD,))
        with pytest.raises(AlreadyDecided):
            approvals.decide(narrow, site.chief.session, PIN, approve=False)
        approvals.decide(later, site.chief.session, PIN, approve=True, hours=1)
        approvals.decide(revoked, site.chief.session, PIN, approve=True)
        approvals.revoke(revoked)
    finally:
        site.vault.lock(chief)
    site.clock.moment += timedelta(hours=2)  # "later" has expired; "narrow" lacks identity
    with pytest.raises(ApprovalMissing) as refused:
        _enforce(site, subject)
    assert refused.value.why in ("scope", "expired")
    _enforce(site, subject, needs=(Scope.CASE_CARD,))  # the narrow one does cover this


def test_a_decision_edited_offline_no_longer_verifies(site: Site) -> None:
    subject = _lead(site)
    request_id = _file(site, subject)
    chief = _as_chief(site)
    ApprovalService(chief, site.clock).decide(request_id, site.chief.session, PIN,
                                              approve=True, hours=1)
    site.vault.lock(chief)
    clerk = site.unlock(site.clerk, "clerk pw")
    dek = bytes(clerk.keys.dek)
    site.vault.lock(clerk)
    # She extends the expiry in the stored envelope (dropping the trigger first).
    conn = RawConnection(site.vault.data_dir / "vault.db", mode="rw")
    try:
        conn.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
        conn.execute("DROP TRIGGER approval_decisions_kept")
        [(envelope,)] = conn.execute("SELECT envelope FROM approval_decisions")
        assert isinstance(envelope, bytes)
        forged = envelope.replace(b'"expires_at":"2026', b'"expires_at":"2099')
        conn.execute("UPDATE approval_decisions SET envelope = ?", (forged,))
    finally:
        conn.close()
    site.clock.moment += timedelta(hours=2)
    with pytest.raises(ApprovalMissing, match="signature"):
        _enforce(site, subject)


def _offline(site: Site, *statements: tuple[str, tuple[object, ...]]) -> None:
    """The clerk (she holds the DEK) edits vault.db with her own SQLite, triggers dropped."""
    clerk = site.unlock(site.clerk, "clerk pw")
    dek = bytes(clerk.keys.dek)
    site.vault.lock(clerk)
    conn = RawConnection(site.vault.data_dir / "vault.db", mode="rw")
    try:
        conn.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
        conn.execute("DROP TRIGGER approval_decisions_kept")
        for sql, args in statements:
            conn.execute(sql, args)
    finally:
        conn.close()


def test_a_request_edited_after_its_decision_is_refused(site: Site) -> None:
    """The request's hash no longer matches its content: the decision names the old one."""
    subject = _lead(site)
    request_id = _file(site, subject, scope=(Scope.CASE_CARD,))
    chief = _as_chief(site)
    ApprovalService(chief, site.clock).decide(request_id, site.chief.session, PIN, approve=True)
    site.vault.lock(chief)
    _offline(site, ("UPDATE approval_requests SET body = replace(body, '\"case-card\"',"
                    " '\"case-card\",\"identity\"') WHERE id = ?", (request_id,)))
    with pytest.raises(ApprovalMissing, match="signature"):
        _enforce(site, subject)


def test_a_decision_replayed_onto_another_request_is_refused(site: Site) -> None:
    """The chief approved the case card for one lead; his signed decision copied onto a
    second request (identity, another lead) names the first request's hash."""
    first_lead, second_lead = _lead(site), _lead(site)
    approved = _file(site, first_lead)
    other = _file(site, second_lead)
    chief = _as_chief(site)
    ApprovalService(chief, site.clock).decide(approved, site.chief.session, PIN, approve=True)
    site.vault.lock(chief)
    _offline(site,
             ("INSERT INTO approval_decisions (request_id, envelope, signature, signer,"
              " decided_at) SELECT ?, envelope, signature, signer, decided_at"
              " FROM approval_decisions WHERE request_id = ?", (other, approved)),
             ("UPDATE approval_requests SET state = 'approved' WHERE id = ?", (other,)))
    with pytest.raises(ApprovalMissing, match="signature"):
        _enforce(site, second_lead)
    _enforce(site, first_lead)  # the genuine one still works, once


def test_bad_requests_are_refused_and_nothing_is_filed(site: Site) -> None:
    subject = _lead(site)
    session = site.unlock(site.clerk, "clerk pw")
    approvals = ApprovalService(session, site.clock)
    try:
        with pytest.raises(UnknownSubject):
            approvals.file(K.HANDWRITING, ("lead:999",), (), "笔迹鉴定", 24)
        with pytest.raises(ApprovalInvalidRequest):
            approvals.file(K.HANDWRITING, (subject,), (), "", 24)  # no reason
        with pytest.raises(ApprovalInvalidRequest):
            approvals.file(K.HANDWRITING, (subject,), (), "笔迹鉴定", 0)
        with pytest.raises(ApprovalInvalidRequest):
            approvals.file(K.ENROLL_USER, (subject,), (), "登记", 24)  # a lead for a user
        with pytest.raises(UnknownSubject):  # not a selection extract_subject spells
            approvals.file(K.EXPORT_AUDIT, ("audit:by-user:1 OR 1=1",), (), "导出", 24)
        with pytest.raises(UnknownSubject):
            approvals.file(K.EXPORT_AUDIT, ("audit:",), (), "导出", 24)
        assert approvals.listed(tuple(RequestState)) == []
    finally:
        site.vault.lock(session)


def test_exporting_a_document_naming_an_informant_needs_the_chiefs_decision(
    site: Site,
) -> None:
    from desktop.app.prints import Document, ExportRefused, Prints
    from desktop.domain.documents import DocumentKind
    from tests.unit.test_app_prints import RENDERERS

    subject = _lead(site)
    document = Document(DocumentKind.VISIT_TRANSCRIPT, subject)

    def prints(session: Session) -> Prints:
        return Prints(session, lambda: site.bags(session), RENDERERS, lambda: None,
                      clock=site.clock)

    session = site.unlock(site.clerk, "clerk pw")
    try:
        with pytest.raises(ExportRefused):
            prints(session).export(document)
    finally:
        site.vault.lock(session)
    request_id = _file(site, subject)
    chief = _as_chief(site)
    ApprovalService(chief, site.clock).decide(request_id, site.chief.session, PIN,
                                              approve=True)
    site.vault.lock(chief)
    session = site.unlock(site.clerk, "clerk pw")
    try:
        # The gate opens (the base Prints then has no such form to issue: the lead
        # forms are issued by LeadPrints) and the decision is spent.
        with pytest.raises(ValueError, match="no copies of visit-transcript"):
            prints(session).export(document)
        with pytest.raises(ExportRefused):
            prints(session).export(document)
    finally:
        site.vault.lock(session)


def test_approved_acts_are_recorded_against_the_lead_and_spend_their_decision(
    site: Site,
) -> None:
    from desktop.approvals.acts import ActInvalid, ApprovedActs

    subject = _lead(site)
    ids = {kind: _file(site, subject, kind, scope=(Scope.CASE_CARD,))
           for kind in (K.HANDWRITING, K.CLARIFICATION, K.REWARD)}
    session = site.unlock(site.clerk, "clerk pw")
    try:
        with pytest.raises(ApprovalMissing):  # none decided yet: nothing recorded
            ApprovedActs(session, site.clock).handwriting(subject, "省院技术处")
    finally:
        site.vault.lock(session)
    chief = _as_chief(site)
    for request_id in ids.values():
        ApprovalService(chief, site.clock).decide(request_id, site.chief.session, PIN,
                                                  approve=True)
    site.vault.lock(chief)
    session = site.unlock(site.clerk, "clerk pw")
    acts = ApprovedActs(session, site.clock)
    try:
        with pytest.raises(ActInvalid):
            acts.reward(subject, 0, "举报属实")
        acts.handwriting(subject, "省院技术处")
        acts.clarification(subject, after_review=False)
        acts.reward(subject, 5000, "举报属实，挽回损失")
        with pytest.raises(ApprovalMissing):
            acts.reward(subject, 5000, "再次")  # spent
        with session.store.reading() as tx:
            actions = [r.action for r in tx.audit_records.iterate()]
            lead_id = int(subject.partition(":")[2])
            deadlines = tx.lead_deadlines.deadlines(LeadId(lead_id))
    finally:
        site.vault.lock(session)
    for action in ("lead.handwriting", "lead.clarification", "lead.reward"):
        assert actions.count(action) == 1, action
    assert any(d.rule == "clarify-after-investigation" for d in deadlines)


def test_every_selection_extract_subject_spells_is_a_valid_export_subject() -> None:
    from desktop.domain.audit_query import AuditFilter, extract_subject, is_extract_subject

    for where in (AuditFilter(), AuditFilter(actor="user:3", action="lead.view"),
                  AuditFilter(since="2026-11-01T00:00:00.000000Z", subject="lead:12"),
                  AuditFilter(subject="用户 OR 1=1; drop", action="x" * 200)):
        assert is_extract_subject(extract_subject(where)), where
    assert extract_subject(AuditFilter(action="x" * 200)).startswith("audit:sha-")
    for bad in ("audit:", "lead:1", "audit:a b", "audit:" + "x" * 80, "audit:甲"):
        assert not is_extract_subject(bad), bad
