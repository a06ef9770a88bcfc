"""Attachments: files checked (desktop.leads.files), sealed with the lead key in
chunks (desktop.leads.attachment_chunks) and kept inside the database; opened only in
the app's own viewer, a chunk at a time. Both acts are audited."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from desktop.domain.audit import lead_subject
from desktop.domain.lead_errors import ReportNotFound
from desktop.domain.leads import AttachmentId, AttachmentInfo, LeadId, ReportId
from desktop.leads import attachment_chunks, files, identity, validators
from desktop.leads.context import LeadContext
from desktop.leads.errors import DuplicateAttachment, IdentityCorrupt
from desktop.leads.model import Attached
from desktop.policy import Action
from desktop.ports import UnitOfWork


class Attachments:
    def __init__(self, ctx: LeadContext) -> None:
        self._ctx = ctx

    def attach(self, lead_id: LeadId, file_name: str, content: bytes,
               report_id: ReportId | None = None) -> Attached:
        self._ctx.require(Action.RECORD_LEAD)
        validators.check_text("file_name", file_name, validators.MEDIUM, required=True)
        now = self._ctx.clock.now()
        with self._ctx.store.transaction() as tx:
            limit_text = tx.settings.get(files.LIMIT_SETTING)
            checked = files.check_file(
                file_name, content, int(limit_text) if limit_text else files.DEFAULT_LIMIT
            )
            card = tx.leads.get(lead_id)
            same = tx.lead_attachments.attachments_with_hash(checked.sha256)
            for existing in same:
                if existing.lead_id == lead_id:
                    raise DuplicateAttachment(existing.id, str(card.number))
            if report_id is not None and tx.lead_reports.report(report_id).lead_id != lead_id:
                raise ReportNotFound(report_id)
            key = identity.unwrap_lead_key(self._ctx.ik, lead_id, tx.leads.wrapped_key(lead_id))
            count = attachment_chunks.chunk_count(len(content))
            info = tx.lead_attachments.add_attachment(
                lead_id, report_id, checked.file_name, checked.media_type, checked.size,
                checked.sha256, b"", self._ctx.user.id, now, chunks=count,
            )
            sealed = attachment_chunks.seal_chunks(key, lead_id, info.id, checked.sha256,
                                                   content)
            for seq, chunk in enumerate(sealed):  # one sealed chunk in memory at a time
                tx.lead_attachments.add_chunk(info.id, seq, chunk)
            tx.audit.append(self._ctx.actor, "lead.attachment.add", lead_subject(lead_id), {
                "attachment": info.id, "media_type": info.media_type, "size": info.size,
                "sha256": info.sha256, "same_file_elsewhere": len(same),
            })
            return Attached(info, tuple(a.lead_id for a in same))

    def open_attachment(self, attachment_id: AttachmentId) -> tuple[AttachmentInfo, bytearray]:
        """The file's bytes for the in-app viewer (never an outside program); audited.
        Opened a chunk at a time into one buffer: the file is in memory once."""
        made: list[bytearray] = []

        def into_buffer(info: AttachmentInfo) -> Callable[[bytes], None]:
            made.append(bytearray(info.size))  # its final size at once: never regrown
            view = memoryview(made[0])
            written = 0

            def write(chunk: bytes) -> None:
                nonlocal written
                view[written : written + len(chunk)] = chunk
                written += len(chunk)

            return write

        info = self.read_attachment(attachment_id, into_buffer)
        return info, made[0]

    def read_attachment(
        self, attachment_id: AttachmentId,
        sink_for: Callable[[AttachmentInfo], Callable[[bytes], None]],
    ) -> AttachmentInfo:
        """Hand the file to ``sink_for(info)`` a chunk at a time (the viewer fills its
        own buffer: no second copy); audited. IdentityCorrupt when it does not open
        whole: the sink's part must then be dropped."""
        with self._ctx.store.transaction() as tx:
            info = tx.lead_attachments.attachment(attachment_id)
            self._ctx.require(Action.VIEW_LEAD, info.lead_id)
            key = identity.unwrap_lead_key(self._ctx.ik, info.lead_id,
                                           tx.leads.wrapped_key(info.lead_id))
            open_content(tx, key, info, sink_for(info))
            tx.audit.append(self._ctx.actor, "lead.attachment.open", lead_subject(info.lead_id),
                            {"attachment": attachment_id})
            return info


def open_content(tx: UnitOfWork, key: bytes, info: AttachmentInfo,
                 sink: Callable[[bytes], None]) -> None:
    """An attachment's bytes handed to ``sink`` in order, chunked or (before v0009)
    sealed whole; IdentityCorrupt when it does not open whole. Not audited: the
    caller records why it read them (an opening, a grant)."""
    count = tx.lead_attachments.chunk_count(info.id)
    if count:
        attachment_chunks.open_chunks(key, info.lead_id, info.id, info.sha256, count,
                                      tx.lead_attachments.chunks(info.id), sink)
        return
    content = identity.open_blob(key, info.lead_id, info.sha256,
                                 tx.lead_attachments.attachment_content(info.id))
    if hashlib.sha256(content).hexdigest() != info.sha256:
        raise IdentityCorrupt("attachment content does not match its hash")
    sink(content)
