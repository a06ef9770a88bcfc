"""Requests and signed decisions (migration v0007): stored as their canonical bytes."""

from __future__ import annotations

import json

from db._driver import Row
from db._values import as_bytes, as_int, as_str
from db.connection import Database
from desktop.domain.approvals import ApprovalRequest, RequestState, StoredRequest

_REQUEST = "SELECT r.id, r.body, r.state, d.decided_at FROM approval_requests r" \
    " LEFT JOIN approval_decisions d ON d.request_id = r.id"


class SqlApprovalRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, request: ApprovalRequest) -> StoredRequest:
        rows = self._db.execute(
            "INSERT INTO approval_requests (hash, body, kind, requester, filed_at)"
            " VALUES (?, ?, ?, ?, ?) RETURNING id",
            (request.hash, request.to_bytes().decode("utf-8"), request.kind.value,
             request.requester, request.filed_at),
        )
        return StoredRequest(as_int(rows[0][0]), request, RequestState.PENDING)

    def get(self, request_id: int) -> StoredRequest | None:
        rows = self._db.execute(_REQUEST + " WHERE r.id = ?", (request_id,))
        return _stored(rows[0]) if rows else None

    def listed(self, states: tuple[RequestState, ...], requester: str | None = None,
               limit: int = 500) -> list[StoredRequest]:
        rows = self._db.execute(
            _REQUEST + " WHERE r.state IN (SELECT value FROM json_each(?))"  # noqa: S608 - constant SQL
            " AND (? IS NULL OR r.requester = ?) ORDER BY r.id DESC LIMIT ?",
            (json.dumps([s.value for s in states]), requester, requester, limit),
        )
        return [_stored(row) for row in rows]

    def for_subject(self, kind: str, subject: str) -> list[StoredRequest]:
        """Approved requests of ``kind`` naming ``subject``, newest first."""
        rows = self._db.execute(
            _REQUEST + " WHERE r.kind = ? AND r.state = 'approved'"  # noqa: S608 - constant SQL
            " AND EXISTS (SELECT 1 FROM json_each(r.body, '$.subjects') WHERE value = ?)"
            " ORDER BY r.id DESC",
            (kind, subject),
        )
        return [_stored(row) for row in rows]

    def set_state(self, request_id: int, state: RequestState) -> None:
        self._db.execute("UPDATE approval_requests SET state = ? WHERE id = ?",
                         (state.value, request_id))

    def add_decision(self, request_id: int, envelope: bytes, signature: bytes, signer: str,
                     decided_at: str) -> None:
        self._db.execute(
            "INSERT INTO approval_decisions (request_id, envelope, signature, signer,"
            " decided_at) VALUES (?, ?, ?, ?, ?)",
            (request_id, envelope, signature, signer, decided_at),
        )

    def decision(self, request_id: int) -> tuple[bytes, bytes, str] | None:
        rows = self._db.execute(
            "SELECT envelope, signature, signer FROM approval_decisions WHERE request_id = ?",
            (request_id,),
        )
        if not rows:
            return None
        envelope, signature, signer = rows[0]
        return as_bytes(envelope), as_bytes(signature), as_str(signer)

    def stamp(self, request_id: int, column: str, at: str) -> None:
        """Mark a decision used or revoked (``column``: used_at / revoked_at)."""
        statements = {
            "used_at": "UPDATE approval_decisions SET used_at = ? WHERE request_id = ?",
            "revoked_at": "UPDATE approval_decisions SET revoked_at = ? WHERE request_id = ?",
        }
        self._db.execute(statements[column], (at, request_id))


def _stored(row: Row) -> StoredRequest:
    body = json.loads(as_str(row[1]))
    decided = row[3]
    return StoredRequest(as_int(row[0]), ApprovalRequest.from_body(body),
                         RequestState(as_str(row[2])),
                         None if decided is None else as_str(decided))
