"""Stored audit records. Hashing and validation are desktop.audit's; this only stores
and reads back, keeping the canonical time text and details exactly as hashed."""

from __future__ import annotations

import json
from collections.abc import Iterator

from db._driver import Row
from db._values import as_int, as_str
from db.connection import Database
from desktop.domain.audit import EMPTY_HEAD, AuditHead, AuditRecord, Details
from desktop.domain.canonical import canonical_json


class SqlAuditRecordRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def head(self) -> AuditHead:
        rows = self._db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
        if not rows:
            return EMPTY_HEAD
        return AuditHead(as_int(rows[0][0]), as_str(rows[0][1]))

    def insert(self, record: AuditRecord) -> None:
        self._db.execute(
            "INSERT INTO audit_log (seq, time, actor, action, subject, details, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.seq, record.time, record.actor, record.action, record.subject,
                canonical_json(record.details).decode("utf-8"), record.prev_hash, record.hash,
            ),
        )

    def get(self, seq: int) -> AuditRecord | None:
        rows = self._db.execute(
            "SELECT seq, time, actor, action, subject, details, prev_hash, hash"
            " FROM audit_log WHERE seq = ?",
            (seq,),
        )
        return _record(rows[0]) if rows else None

    def iterate(self, from_seq: int = 1) -> Iterator[AuditRecord]:
        for row in self._db.iterate(
            "SELECT seq, time, actor, action, subject, details, prev_hash, hash"
            " FROM audit_log WHERE seq >= ? ORDER BY seq",
            (from_seq,),
        ):
            yield _record(row)

    def last(self, count: int) -> list[AuditRecord]:
        rows = self._db.execute(
            "SELECT seq, time, actor, action, subject, details, prev_hash, hash"
            " FROM audit_log ORDER BY seq DESC LIMIT ?",
            (count,),
        )
        return [_record(row) for row in reversed(rows)]

    def last_of(self, action: str, subject: str | None = None) -> AuditRecord | None:
        # Walks back from the head: checkpoints and unlocks come often, so it is short.
        rows = self._db.execute(
            "SELECT seq, time, actor, action, subject, details, prev_hash, hash"
            " FROM audit_log WHERE action = ? AND (? IS NULL OR subject = ?)"
            " ORDER BY seq DESC LIMIT 1",
            (action, subject, subject),
        )
        return _record(rows[0]) if rows else None


def _record(row: Row) -> AuditRecord:
    return AuditRecord(
        seq=as_int(row[0]),
        time=as_str(row[1]),
        actor=as_str(row[2]),
        action=as_str(row[3]),
        subject=as_str(row[4]),
        details=_details(as_str(row[5])),
        prev_hash=as_str(row[6]),
        hash=as_str(row[7]),
    )


def _details(text: str) -> Details:
    # A tampered, unparsable value must not stop verification: it is kept as found and
    # then fails its hash check, which reports this record as the first break.
    try:
        value = json.loads(text)
    except ValueError:
        return {"unreadable": text}
    if not isinstance(value, dict):
        return {"unreadable": text}
    details: Details = value
    return details
