"""Stored audit records. Hashing and validation are desktop.audit's; this only stores
and reads back, keeping the canonical time text and details exactly as hashed."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from db._driver import Row, SqlValue
from db._values import as_int, as_str
from db.connection import Database
from desktop.domain.audit import EMPTY_HEAD, AuditHead, AuditRecord, Details
from desktop.domain.audit_query import AuditFilter, AuditRow, PageAt
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

    def page(self, where: AuditFilter, at: PageAt, seq: int = 0, limit: int = 200
             ) -> list[AuditRow]:
        """A page of the records ``where`` selects, newest first: keyset paging on seq
        (each page one index range, however deep in the chain), by the user, action
        or subject index when one is given (migration v0011). Time bounds filter
        along the way: the chain's times are not promised to be in seq order."""
        clauses, values = _where(where)
        if at is PageAt.OLDER:
            clauses.append("seq < ?")
            values.append(seq)
        elif at is PageAt.NEWER:
            clauses.append("seq > ?")
            values.append(seq)
        ascending = at in (PageAt.NEWER, PageAt.OLDEST)
        rows = self._db.execute(
            "SELECT seq, time, actor, action, subject, details FROM audit_log"  # noqa: S608
            + (" WHERE " + " AND ".join(clauses) if clauses else "")
            + (" ORDER BY seq ASC" if ascending else " ORDER BY seq DESC") + " LIMIT ?",
            (*values, limit),
        )
        # audit_log is STRICT (v0002): SQLite itself holds these columns to their types,
        # so a page's rows are taken as they come, not checked value by value.
        page = list(map(AuditRow._make, rows))
        return page[::-1] if ascending else page

    def count(self, where: AuditFilter) -> int:
        clauses, values = _where(where)
        rows = self._db.execute(
            "SELECT count(*) FROM audit_log"  # noqa: S608 - fixed clauses, values bound
            + (" WHERE " + " AND ".join(clauses) if clauses else ""), tuple(values))
        return as_int(rows[0][0])

    def names(self, subjects: Iterable[str]) -> dict[str, str]:
        """The names a page puts on its ids: every user ever enrolled ("user:3" → her
        name), and of ``subjects`` the leads and reports by their lead's number
        ("lead:12" → "lead:2026-00012", "report:40" → "report:2026-00012"); ids not
        found are left out. Three queries for a whole page."""
        found = {f"user:{as_int(r[0])}": as_str(r[1])
                 for r in self._db.execute("SELECT id, name FROM users")}
        ids: dict[str, list[int]] = {"lead": [], "report": []}
        for subject in subjects:
            kind, _, key = subject.partition(":")
            if kind in ids and key.isdigit():
                ids[kind].append(int(key))
        for kind, sql in (("lead", "SELECT id, number FROM leads WHERE id IN ({})"),
                          ("report", "SELECT r.id, l.number FROM lead_reports r"
                                     " JOIN leads l ON l.id = r.lead_id WHERE r.id IN ({})")):
            wanted = sorted(set(ids[kind]))
            if wanted:
                rows = self._db.execute(sql.format(",".join("?" * len(wanted))), wanted)
                found.update((f"{kind}:{as_int(r[0])}", f"{kind}:{as_str(r[1])}")
                             for r in rows)
        return found


def _where(where: AuditFilter) -> tuple[list[str], list[SqlValue]]:
    clauses: list[str] = []
    values: list[SqlValue] = []
    for column, value in (("actor", where.actor), ("action", where.action),
                          ("subject", where.subject)):
        if value:
            clauses.append(f"{column} = ?")
            values.append(value)
    # Unary + keeps the planner off any index on time: the seq order is the walk.
    if where.since:
        clauses.append("+time >= ?")
        values.append(where.since)
    if where.until:
        clauses.append("+time < ?")
        values.append(where.until)
    return clauses, values


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
