"""Appending to the audit log inside the caller's transaction.

The record is written by the same transaction as the change it describes, so a
change without its record (or the reverse) can never be committed. The head is
read inside that transaction (which holds the write lock), so two writers cannot
both extend the same head.
"""

from __future__ import annotations

import re

from desktop.audit.canonical import build_record, format_time
from desktop.audit.details import check_details
from desktop.audit.errors import InvalidAuditField
from desktop.domain.audit import AuditRecord, Details
from desktop.ports import AuditRecordRepository, Clock

# e.g. "vault.unlock", "user.add", "bag.seal"
_ACTION = re.compile(r"[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)*")
# actor and subject are ids such as "user:3", "card:0A1B2C3D", "lead:12", "system"
_ID = re.compile(r"[A-Za-z0-9_.:/-]{0,80}")


class AuditLog:
    def __init__(self, records: AuditRecordRepository, clock: Clock) -> None:
        self._records = records
        self._clock = clock
        self._last: AuditRecord | None = None

    @property
    def last_appended(self) -> AuditRecord | None:
        """The newest record this log appended (None before the first append)."""
        return self._last

    def append(
        self, actor: str, action: str, subject: str = "", details: Details | None = None
    ) -> AuditRecord:
        details = {} if details is None else details
        _check_fields(actor, action, subject)
        check_details(details)
        head = self._records.head()
        record = build_record(
            seq=head.seq + 1,
            time=format_time(self._clock.now()),
            actor=actor,
            action=action,
            subject=subject,
            details=details,
            prev_hash=head.hash,
        )
        self._records.insert(record)
        self._last = record
        return record


def _check_fields(actor: str, action: str, subject: str) -> None:
    if not actor or not _ID.fullmatch(actor):
        raise InvalidAuditField("actor", "must be an id such as user:3 or system")
    if not _ACTION.fullmatch(action):
        raise InvalidAuditField("action", "must be dotted lower-case words such as user.add")
    if not _ID.fullmatch(subject):
        raise InvalidAuditField("subject", "must be an id such as lead:12 (or empty)")
