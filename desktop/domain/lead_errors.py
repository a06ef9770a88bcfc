"""Errors of the leads register that storage raises too (db/ may import only the
domain), and their common base. They carry ids and numbers, never identity or text."""

from __future__ import annotations


class LeadError(Exception):
    """Base of every leads-register error."""


class LeadNotFound(LeadError):
    def __init__(self, lead: str) -> None:
        super().__init__(f"no lead {lead}")
        self.lead = lead


class EditConflict(LeadError):
    """Someone saved the lead after this editor opened it (optimistic concurrency)."""

    def __init__(self, lead_number: str, expected: int, actual: int) -> None:
        super().__init__(
            f"lead {lead_number} was changed by someone else (version {actual}, "
            f"edited from {expected})"
        )
        self.lead_number = lead_number
        self.expected = expected
        self.actual = actual


class AttachmentNotFound(LeadError):
    def __init__(self, attachment_id: int) -> None:
        super().__init__(f"no attachment {attachment_id}")
        self.attachment_id = attachment_id


class ReportNotFound(LeadError):
    def __init__(self, report_id: int) -> None:
        super().__init__(f"no report {report_id}")
        self.report_id = report_id
