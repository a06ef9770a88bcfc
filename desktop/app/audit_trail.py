"""The audit trail as the chief procurator's audit screen reads and checks it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.app.facts import AuditCheck, AuditEntry
from desktop.domain.audit import user_subject

if TYPE_CHECKING:
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
        verdict = self._vault.check_audit(self._session)  # checked and recorded there
        brk = verdict.chain.first_break
        witnesses = verdict.witnesses
        return AuditCheck(
            checked=verdict.chain.checked,
            first_break=brk.seq if brk else None,
            reason=str(getattr(brk.reason, "value", brk.reason)) if brk else None,
            checkpoints=witnesses.checkpoints,
            last_checkpoint=witnesses.last.record.seq if witnesses.last else None,
            unwitnessed=witnesses.unwitnessed,
            bad_checkpoint=witnesses.problem[0] if witnesses.problem else None,
            checkpoint_problem=witnesses.problem[1] if witnesses.problem else None,
        )
