"""Turning the chief's approval of a viewer's request into a grant package (DESIGN
§6), in a keyholder's session: the granted parts of the lead, the request and the
signed decision, sealed to the viewer's grant key from the roster. The package goes
to grants.db first and is recorded in vault.db after; a package that vault.db does
not know is deleted by the next keyholder session (desktop.grants.upkeep)."""

from __future__ import annotations

from desktop.audit.canonical import format_time
from desktop.domain.approvals import RequestKind, RequestState, Scope
from desktop.domain.grants import (
    GrantedAttachment,
    GrantedIdentity,
    GrantedLead,
    GrantedReport,
    grant_info,
    pack,
)
from desktop.domain.leads import LeadId
from desktop.grants.outbox import package_id_for
from desktop.grants.sealing import seal
from desktop.leads import identity
from desktop.leads.attachments import open_content
from desktop.ports import Clock, GrantsStore, UnitOfWork
from desktop.vault.base64_text import unb64
from desktop.vault.session import Session
from desktop.vault.signed import SignedEnvelope

GRANTABLE = (RequestKind.VIEW_LEAD, RequestKind.SEE_IDENTITY)


class NotAViewersRequest(Exception):
    """Only a viewer's approved viewing request becomes a package."""


def issue(session: Session, grants: GrantsStore, clock: Clock, request_id: int) -> list[str]:
    """One package per lead the approved request names; their ids."""
    from desktop.approvals.service import ApprovalMissing, verify_decision

    roster = session.roster
    assert roster is not None
    now = clock.now()
    with session.store.reading() as tx:
        stored = tx.approvals.get(request_id)
        origin = tx.grant_records.viewer_request(request_id)
        found = tx.approvals.decision(request_id)
        if stored is None or origin is None or found is None or \
                stored.request.kind not in GRANTABLE or stored.state is not RequestState.APPROVED:
            raise NotAViewersRequest()
        sender, seq = origin
        entry = roster.current.entry_for_slot(sender)
        if entry is None or not entry.active or entry.keyholder or not entry.grant_public:
            raise NotAViewersRequest()
        signed = SignedEnvelope(*found)
        verdict = verify_decision(signed, stored, roster, session.vault_id, (), format_time(now))
        if isinstance(verdict, str):
            raise ApprovalMissing(stored.request.kind, f"request:{request_id}", verdict)
        scope = verdict.decision.scope
        packages = []
        for index, subject in enumerate(stored.request.subjects):
            lead_id = LeadId(int(subject.partition(":")[2]))
            lead, files = _granted(tx, session, lead_id, scope)
            base = package_id_for(session.vault_id, sender, seq)
            package_id = base if index == 0 else f"{base[:28]}{index:04x}"
            header = {
                "vault_id": session.vault_id, "package_id": package_id, "recipient": sender,
                "request_id": request_id, "request": stored.request.body(),
                "decision": signed.to_json(), "lead": lead.to_json(),
                "sizes": [len(f) for f in files],
            }
            sealed = seal(pack(header, files), unb64(entry.grant_public, 32),
                          grant_info(session.vault_id, package_id, sender))
            packages.append((package_id, sealed, str(lead.number), len(files)))
    expires = verdict.decision.expires_at
    for package_id, sealed, _, _ in packages:
        grants.put_package(package_id, sender, expires, sealed)
    with session.store.transaction() as tx:
        for package_id, _, number, count in packages:
            tx.grant_records.add_package(package_id, request_id, sender, expires,
                                         format_time(now))
            tx.audit.append(session.actor, "grant.issue", f"request:{request_id}",
                            {"package": package_id[:16], "lead": number,
                             "scope": sorted(s.value for s in scope), "files": count})
    grants.set_state(sender, seq, RequestState.APPROVED.value)
    return [p[0] for p in packages]


def _granted(tx: UnitOfWork, session: Session, lead_id: LeadId, scope: tuple[Scope, ...]
             ) -> tuple[GrantedLead, list[bytearray]]:
    card = tx.leads.get(lead_id)
    reports = tx.lead_reports.reports(lead_id)
    texts = Scope.REPORT_TEXTS in scope
    granted_reports = tuple(
        GrantedReport(received_at=format_time(r.received_at), channel=r.channel.value,
                      kind=r.kind.value, real_name=r.real_name,
                      text=r.original_text if texts else "",
                      summary=r.summary if texts else "")
        for r in reports
    )
    key: bytes | None = None
    if Scope.ATTACHMENTS in scope or Scope.IDENTITY in scope:
        key = identity.unwrap_lead_key(session.keys.ik, lead_id, tx.leads.wrapped_key(lead_id))
    attachments, files = [], []
    if Scope.ATTACHMENTS in scope and key is not None:
        for info in tx.lead_attachments.attachments(lead_id):
            content = bytearray()
            open_content(tx, key, info, content.extend)  # pieces appended: one copy
            attachments.append(GrantedAttachment(info.file_name, info.media_type, info.size,
                                                 info.sha256))
            files.append(content)
    identities = []
    if Scope.IDENTITY in scope and key is not None:
        for index, r in enumerate(reports):
            if not r.has_identity:
                continue
            shown = identity.decrypt_identity(key, lead_id, r.id,
                                              tx.lead_reports.identity_fields(r.id))
            identities.append(GrantedIdentity(index, shown.name, shown.id_number, shown.unit,
                                              shown.address, tuple(shown.phones)))
    return GrantedLead(
        number=str(card.number), status=card.status.value, category=card.category.value,
        summary=card.summary,
        reported=tuple(" ".join(x for x in (p.name, p.unit, p.post) if x)
                       for p in card.reported_persons),
        filing_level=card.filing_level.value, report_count=card.report_count,
        first_received_at=format_time(card.first_received_at),
        last_received_at=format_time(card.last_received_at),
        disposition=card.disposition or "", scope=tuple(sorted(s.value for s in scope)),
        reports=granted_reports, attachments=tuple(attachments), identities=tuple(identities),
    ), files


