"""Rollback detection: the database's audit head against the head the vault header holds.

The header is refreshed at every lock and at least every 100 records, so the
database may legitimately be ahead of it; it may never be behind it, and the
record at the header's seq must carry the header's hash.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from desktop.domain.audit import AuditHead, AuditRecord


class HeadStatus(enum.Enum):
    MATCHES = "matches"
    AHEAD = "ahead"  # the database extends the expected head (normal after a crash)
    ROLLED_BACK = "rolled-back"  # the database is older than the header says
    DIVERGED = "diverged"  # same seq, different history: a replaced database


@dataclass(frozen=True)
class HeadComparison:
    status: HeadStatus
    expected: AuditHead
    actual: AuditHead

    @property
    def ok(self) -> bool:
        return self.status in (HeadStatus.MATCHES, HeadStatus.AHEAD)

    @property
    def ahead_by(self) -> int:
        return max(0, self.actual.seq - self.expected.seq)


def compare_heads(
    expected: AuditHead, actual: AuditHead, record_at_expected: AuditRecord | None
) -> HeadComparison:
    """`record_at_expected` is the database's record with seq == expected.seq (None when
    absent or when expected is the empty head)."""
    if actual.seq < expected.seq:
        status = HeadStatus.ROLLED_BACK
    elif actual == expected:
        status = HeadStatus.MATCHES
    elif expected.seq == 0 or (
        record_at_expected is not None and record_at_expected.hash == expected.hash
    ):
        status = HeadStatus.AHEAD
    else:
        status = HeadStatus.DIVERGED
    return HeadComparison(status, expected, actual)
