"""Typed errors of the audit chain."""

from __future__ import annotations


class AuditError(Exception):
    """Base of the audit errors."""


class ForbiddenAuditDetail(AuditError):
    """A details key names identity or content; the log is append-only, so it must never
    hold them (REGULATIONS: logs hold no content and no identity)."""

    def __init__(self, key: str) -> None:
        super().__init__(f"audit details must not contain {key!r}")
        self.key = key


class InvalidAuditField(AuditError):
    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"audit {field}: {reason}")
        self.field = field
        self.reason = reason
