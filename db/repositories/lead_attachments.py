# ruff: noqa: S608 - SQL is built only from fixed column lists and "?" placeholders
"""Attachments: sealed file contents with their size, type and SHA-256 (v0004)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from db._driver import Row
from db._values import as_bytes, as_int, as_str
from db.connection import Database
from db.repositories._lead_values import scalar, stored_time, t
from desktop.domain.lead_errors import AttachmentNotFound
from desktop.domain.leads import AttachmentId, AttachmentInfo, LeadId, ReportId


class SqlLeadAttachmentRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add_attachment(
        self, lead_id: LeadId, report_id: ReportId | None, file_name: str, media_type: str,
        size: int, sha256: str, sealed: bytes, added_by: int, at: datetime, chunks: int = 0,
    ) -> AttachmentInfo:
        """``chunks`` > 0: ``sealed`` is empty and the chunks follow (add_chunk)."""
        new_id = self._db.insert(
            "INSERT INTO lead_attachments (lead_id, report_id, file_name, media_type, size,"
            " sha256, content, added_by, added_at, chunks) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (lead_id, report_id, file_name, media_type, size, sha256, sealed, added_by, t(at),
             chunks),
        )
        return self.attachment(AttachmentId(new_id))

    def add_chunk(self, attachment_id: AttachmentId, seq: int, sealed: bytes) -> None:
        self._db.execute(
            "INSERT INTO lead_attachment_chunks (attachment_id, seq, sealed) VALUES (?,?,?)",
            (attachment_id, seq, sealed),
        )

    def chunk_count(self, attachment_id: AttachmentId) -> int:
        """How many chunks the attachment was written in; 0: the earlier single blob."""
        value = scalar(self._db, "SELECT chunks FROM lead_attachments WHERE id = ?",
                       (attachment_id,))
        if value is None:
            raise AttachmentNotFound(attachment_id)
        return as_int(value)

    def chunks(self, attachment_id: AttachmentId) -> Iterator[bytes]:
        """The sealed chunks in order, one row at a time (inside a transaction)."""
        for row in self._db.iterate(
            "SELECT sealed FROM lead_attachment_chunks WHERE attachment_id = ? ORDER BY seq",
            (attachment_id,),
        ):
            yield as_bytes(row[0])

    _ATTACHMENT = (
        "id, lead_id, report_id, file_name, media_type, size, sha256, added_by, added_at"
    )

    def attachment(self, attachment_id: AttachmentId) -> AttachmentInfo:
        rows = self._db.execute(
            f"SELECT {self._ATTACHMENT} FROM lead_attachments WHERE id = ?", (attachment_id,)
        )
        if not rows:
            raise AttachmentNotFound(attachment_id)
        return _attachment(rows[0])

    def attachments(self, lead_id: LeadId) -> list[AttachmentInfo]:
        rows = self._db.execute(
            f"SELECT {self._ATTACHMENT} FROM lead_attachments WHERE lead_id = ? ORDER BY id",
            (lead_id,),
        )
        return [_attachment(r) for r in rows]

    def attachments_with_hash(self, sha256: str) -> list[AttachmentInfo]:
        rows = self._db.execute(
            f"SELECT {self._ATTACHMENT} FROM lead_attachments WHERE sha256 = ? ORDER BY id",
            (sha256,),
        )
        return [_attachment(r) for r in rows]

    def attachment_content(self, attachment_id: AttachmentId) -> bytes:
        value = scalar(self._db,
            "SELECT content FROM lead_attachments WHERE id = ?", (attachment_id,)
        )
        if value is None:
            raise AttachmentNotFound(attachment_id)
        return as_bytes(value)


def _attachment(r: Row) -> AttachmentInfo:
    return AttachmentInfo(
        AttachmentId(as_int(r[0])), LeadId(as_int(r[1])),
        None if r[2] is None else ReportId(as_int(r[2])), as_str(r[3]), as_str(r[4]),
        as_int(r[5]), as_str(r[6]), as_int(r[7]), stored_time(r[8]),
    )
