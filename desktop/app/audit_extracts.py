"""The audit extract: what the audit view's filters select, put on paper with the
chain's head and the chief's last checkpoint (desktop.domain.audit_extract), and
written to a file only with his approval of an EXPORT_AUDIT request for exactly
that selection."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desktop.app.audit_facts import AuditEntry, CheckpointFacts
from desktop.audit.canonical import parse_time
from desktop.domain.audit_extract import MAX_ROWS, AuditExtract, ExtractRow
from desktop.domain.audit_query import AuditFilter, AuditRow, PageAt, extract_subject

if TYPE_CHECKING:
    from desktop.vault.service import VaultService
    from desktop.vault.session import Session

# (action words, details in words, subject in words), the UI's
ExtractWords = tuple[Callable[[str], str], Callable[[str], str], Callable[[str], str]]

CHECKPOINT = "audit.checkpoint"


def entries(rows: list[AuditRow], names: dict[str, str]) -> list[AuditEntry]:
    """Records as the view lists them: users by name, leads by number; the details
    as stored (the view words only the rows it shows)."""
    return [AuditEntry(r.seq, r.time, names.get(r.actor, r.actor), r.action,
                       names.get(r.subject, r.subject), r.details) for r in rows]


def build_extract(vault: VaultService, session: Session, where: AuditFilter,
                  words: ExtractWords, unit: tuple[str, str], last: CheckpointFacts | None,
                  people: dict[str, str]) -> AuditExtract:
    """Oldest first, up to MAX_ROWS records; the printing itself is audited. ``last``:
    the chief's last checkpoint; ``people``: every user's name by audit id."""
    action_words, detail_words, subject_words = words
    rows, names = vault.audit_page(session, where, PageAt.OLDEST, 0, MAX_ROWS)
    listed = entries(rows[::-1], names)
    with session.store.transaction() as tx:
        matched = tx.audit_records.count(where)
        head = tx.audit_records.head()
        tx.audit.append(session.actor, "audit.extract", extract_subject(where),
                        {"records": len(listed), "matched": matched})
        printed_by = next((u.name for u in tx.users.list(include_removed=True)
                           if f"user:{u.id}" == session.actor), session.actor)
    checkpoint = ""
    if last is not None:
        at = _local(last.time)
        checkpoint = (f"第 {last.number} 号（审计记录 {last.record_seq}），"
                      f"{at:%Y-%m-%d %H:%M} 由卡 {last.signer_card} 签署")
    return AuditExtract(
        unit_name=unit[0], unit_code=unit[1], vault_id=session.vault_id,
        filters=_filters(where, people), head_seq=head.seq, head_hash=head.hash,
        last_checkpoint=checkpoint, printed_at=datetime.now(UTC).astimezone(),
        printed_by=printed_by,
        rows=tuple(ExtractRow(e.seq, _local(e.time), e.actor, action_words(e.action),
                              subject_words(e.subject), detail_words(e.details),
                              e.action == CHECKPOINT) for e in listed),
        matched=matched,
    )


def approve_export(session: Session, where: AuditFilter) -> None:
    """The chief's decision on EXPORT_AUDIT for this selection, checked and (when
    single-use) spent with the export's own record; ApprovalMissing, audited, else."""
    from desktop.app.clock import SystemClock
    from desktop.approvals.service import ApprovalMissing, ApprovalService
    from desktop.domain.approvals import RequestKind

    approvals = ApprovalService(session, SystemClock())
    subject = extract_subject(where)
    try:
        with session.store.transaction() as tx:
            approvals.require(tx, RequestKind.EXPORT_AUDIT, subject)
            tx.audit.append(session.actor, "audit.export", subject,
                            {"filter": where.words()[:200]})
    except ApprovalMissing as error:
        approvals.refused(error)
        raise


def _filters(where: AuditFilter, names: dict[str, str]) -> tuple[tuple[str, str], ...]:
    chosen = (("起始时间", f"{_local(where.since):%Y-%m-%d %H:%M}" if where.since else ""),
              ("截止时间", f"{_local(where.until):%Y-%m-%d %H:%M}" if where.until else ""),
              ("操作人", names.get(where.actor, where.actor)),
              ("操作", where.action), ("对象", where.subject))
    return tuple((what, value) for what, value in chosen if value)


def _local(text: str) -> datetime:
    return parse_time(text).replace(tzinfo=UTC).astimezone()
