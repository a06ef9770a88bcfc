"""A long audit chain written straight into an unlocked vault (bench.audit_view's
generator: each record hashed and linked as desktop.audit.AuditLog would)."""

from __future__ import annotations

from datetime import datetime

from bench.audit_view import fill_audit as _fill
from desktop.vault.session import Session


def fill_audit(session: Session, count: int, actors: tuple[str, ...],
               start: datetime | None = None) -> None:
    _fill(session.store, count, actors, start)
