"""The audit trail as the chief procurator's audit screen reads and checks it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.app.facts import AuditCheck, AuditEntry
from desktop.domain.audit import user_subject

if TYPE_CHECKING:
    from desktop.vault.service import VaultService
    from desktop.vault.session import Session


class AuditTrail:
    """desktop.app.ports.AuditPort."""

    def __init__(
        self, vault: VaultService, session: Session, require: Callable[[], None]
    ) -> None:
        self._vault = vault
        self._session = session
        self._require = require  # Action.VIEW_AUDIT, checked at every call

    def tail(self, count: int) -> list[AuditEntry]:
        import json  # not needed before the chief opens the audit view

        self._require()
        with self._session.store.reading() as tx:
            names = {user_subject(u.id): u.name for u in tx.users.list(include_removed=True)}
            records = sorted(tx.audit_records.last(count), key=lambda r: r.seq, reverse=True)
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
        self._require()
        s = self._session
        result = self._vault.verify_audit(s)
        brk = result.first_break
        check = AuditCheck(
            checked=result.checked,
            first_break=brk.seq if brk else None,
            reason=str(getattr(brk.reason, "value", brk.reason)) if brk else None,
        )
        with s.store.transaction() as tx:
            tx.audit.append(
                s.actor,
                "audit.verify",
                "",
                {"checked": check.checked, "ok": check.ok, "first_break": check.first_break},
            )
        self._vault.refresh_head_if_due(s)
        return check
