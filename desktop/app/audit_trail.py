"""The audit trail as the chief procurator's audit screen reads and checks it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.app.facts import AuditCheck, AuditEntry
from desktop.domain.audit import user_subject

if TYPE_CHECKING:
    from desktop.ports import UnitOfWork
    from desktop.vault.service import VaultService
    from desktop.vault.session import Session


class AuditTrail:
    """desktop.app.ports.AuditPort."""

    def __init__(self, vault: VaultService, session: Session) -> None:
        self._vault = vault
        self._session = session

    def tail(self, count: int) -> list[AuditEntry]:
        import json  # not needed before the chief opens the audit view

        records = sorted(
            self._vault.audit_records(self._session, count), key=lambda r: r.seq, reverse=True
        )  # the vault checks that this role may read the trail
        with self._session.store.reading() as tx:
            names = {user_subject(u.id): u.name for u in tx.users.list(include_removed=True)}
            names.update(_lead_numbers(tx, {r.subject for r in records}))
        return [
            AuditEntry(
                seq=r.seq,
                time=r.time,
                actor=names.get(r.actor, r.actor),
                action=r.action,
                subject=names.get(r.subject, r.subject),
                details=json.dumps(r.details, ensure_ascii=False, sort_keys=True),
            )
            for r in records
        ]

    def verify(self) -> AuditCheck:
        result = self._vault.check_audit(self._session)  # checked and recorded there
        brk = result.first_break
        return AuditCheck(
            checked=result.checked,
            first_break=brk.seq if brk else None,
            reason=str(getattr(brk.reason, "value", brk.reason)) if brk else None,
        )


def _lead_numbers(tx: UnitOfWork, subjects: set[str]) -> dict[str, str]:
    """"lead:12" → "lead:2026-00012", "report:40" → "report:2026-00012": the audit
    names leads by id, the chief reads them by number. A lead no longer found keeps
    its id."""
    from desktop.domain.lead_errors import LeadError
    from desktop.domain.leads import LeadId, ReportId

    found: dict[str, str] = {}
    for subject in subjects:
        kind, _, key = subject.partition(":")
        if kind not in ("lead", "report") or not key.isdigit():
            continue
        try:
            lead_id = (LeadId(int(key)) if kind == "lead"
                       else tx.lead_reports.report(ReportId(int(key))).lead_id)
            found[subject] = f"{kind}:{tx.leads.get(lead_id).number}"
        except LeadError:
            continue
    return found
