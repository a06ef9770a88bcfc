"""The audit chain (DESIGN.md §7): canonical records, hashing, appending inside the
caller's transaction, verification, rollback detection. Qt-free and SQL-free."""

from desktop.audit.canonical import build_record, canonical_bytes, format_time, parse_time
from desktop.audit.chain import BreakReason, ChainBreak, VerificationResult, verify_chain
from desktop.audit.errors import AuditError, ForbiddenAuditDetail, InvalidAuditField
from desktop.audit.heads import HeadComparison, HeadStatus, compare_heads
from desktop.audit.log import AuditLog

__all__ = [
    "AuditError",
    "AuditLog",
    "BreakReason",
    "ChainBreak",
    "ForbiddenAuditDetail",
    "HeadComparison",
    "HeadStatus",
    "InvalidAuditField",
    "VerificationResult",
    "build_record",
    "canonical_bytes",
    "compare_heads",
    "format_time",
    "parse_time",
    "verify_chain",
]
