"""The canonical form of an audit record and its hash (DESIGN.md §7).

canonical bytes = UTF-8 of compact JSON with sorted keys over exactly these fields:
seq, time, actor, action, subject, details, prev_hash. hash = hex SHA-256 of those bytes.
The first record's prev_hash is GENESIS_HASH (64 zeros).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from desktop.audit.errors import InvalidAuditField
from desktop.domain.audit import AuditRecord, Details
from desktop.domain.canonical import canonical_json

_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def format_time(moment: datetime) -> str:
    """UTC ISO-8601 with microseconds and a Z, e.g. 2026-11-29T09:36:43.152000Z."""
    if moment.tzinfo is None:
        raise InvalidAuditField("time", "must be timezone-aware")
    return moment.astimezone(UTC).strftime(_TIME_FORMAT)


def parse_time(text: str) -> datetime:
    return datetime.strptime(text, _TIME_FORMAT).replace(tzinfo=UTC)


def canonical_bytes(
    seq: int, time: str, actor: str, action: str, subject: str, details: Details, prev_hash: str
) -> bytes:
    body = {
        "seq": seq,
        "time": time,
        "actor": actor,
        "action": action,
        "subject": subject,
        "details": details,
        "prev_hash": prev_hash,
    }
    return canonical_json(body)


def record_hash(
    seq: int, time: str, actor: str, action: str, subject: str, details: Details, prev_hash: str
) -> str:
    return hashlib.sha256(
        canonical_bytes(seq, time, actor, action, subject, details, prev_hash)
    ).hexdigest()


def recompute_hash(record: AuditRecord) -> str:
    return record_hash(record.seq, record.time, record.actor, record.action, record.subject,
                       record.details, record.prev_hash)


def build_record(
    seq: int, time: str, actor: str, action: str, subject: str, details: Details, prev_hash: str
) -> AuditRecord:
    digest = record_hash(seq, time, actor, action, subject, details, prev_hash)
    return AuditRecord(seq, time, actor, action, subject, details, prev_hash, digest)
