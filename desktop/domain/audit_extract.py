"""A printed extract of the audit trail (审计日志摘录) for an inspection: the records
a range and filters select, with the chain's head and the chief's last checkpoint at
the time of printing, so the inspector can check it against `audit verify`. Details
are in words and hold no identity (desktop.audit.details keeps them out)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

MAX_ROWS = 2000  # one extract; a wider inspection prints several ranges


@dataclass(frozen=True)
class ExtractRow:
    seq: int
    time: datetime  # local time
    actor: str  # the user's name when known
    action: str  # in words
    subject: str
    details: str  # in words
    checkpoint: bool = False  # a checkpoint signed by the chief's card


@dataclass(frozen=True)
class AuditExtract:
    unit_name: str
    unit_code: str
    vault_id: str
    filters: tuple[tuple[str, str], ...]  # (what, chosen) in words; empty: all records
    head_seq: int
    head_hash: str
    last_checkpoint: str  # in words, "" when none has been signed
    printed_at: datetime  # local time
    printed_by: str
    rows: tuple[ExtractRow, ...]  # oldest first
    matched: int  # records the filters select (more than rows when cut at MAX_ROWS)
