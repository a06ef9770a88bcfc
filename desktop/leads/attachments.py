"""Attachments: files checked (desktop.leads.files), sealed with the lead key and
kept inside the database; opened only in the app's own viewer. Both acts are audited."""

from __future__ import annotations

import hashlib

from desktop.domain.audit import lead_subject
from desktop.domain.lead_errors import ReportNotFound
from desktop.domain.leads import AttachmentId, AttachmentInfo, LeadId, ReportId
from desktop.leads import files, identity, validators
from desktop.leads.context import LeadContext
from desktop.leads.errors import DuplicateAttachment, IdentityCorrupt
from desktop.leads.model import Attached
from desktop.policy import Action


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
            info = tx.lead_attachments.add_attachment(
                lead_id, report_id, checked.file_name, checked.media_type, checked.size,
                checked.sha256, identity.seal_blob(key, lead_id, checked.sha256, content),
                self._ctx.user.id, now,
            )
            tx.audit.append(self._ctx.actor, "lead.attachment.add", lead_subject(lead_id), {
                "attachment": info.id, "media_type": info.media_type, "size": info.size,
                "sha256": info.sha256, "same_file_elsewhere": len(same),
            })
            return Attached(info, tuple(a.lead_id for a in same))

    def open_attachment(self, attachment_id: AttachmentId) -> tuple[AttachmentInfo, bytes]:
        """The file's bytes for the in-app viewer (never an outside program); audited."""
        with self._ctx.store.transaction() as tx:
            info = tx.lead_attachments.attachment(attachment_id)
            self._ctx.require(Action.VIEW_LEAD, info.lead_id)
            key = identity.unwrap_lead_key(self._ctx.ik, info.lead_id,
                                           tx.leads.wrapped_key(info.lead_id))
            content = identity.open_blob(key, info.lead_id, info.sha256,
                                         tx.lead_attachments.attachment_content(attachment_id))
            if hashlib.sha256(content).hexdigest() != info.sha256:
                raise IdentityCorrupt("attachment content does not match its hash")
            tx.audit.append(self._ctx.actor, "lead.attachment.open", lead_subject(info.lead_id),
                            {"attachment": attachment_id})
            return info, content
