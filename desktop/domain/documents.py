"""What a printed copy is. The value is stored with each copy and is the audit's
``document`` detail, so it never changes once released."""

from __future__ import annotations

import enum


class DocumentKind(enum.Enum):
    COVER_SHEET = "cover-sheet"
    BAG_LABEL = "bag-label"
    SEAL_LABELS = "seal-labels"
    BAG_REGISTER = "bag-register"
    VISIT_TRANSCRIPT = "visit-transcript"
    ITEMS_RECEIVED = "items-received"
    RIGHTS_NOTICE = "rights-notice"
    REPLY_RECORD = "reply-record"
    REPLY_LETTER = "reply-letter"
    ENVELOPE_LABEL = "envelope-label"
    REPEAT_REPORT_NOTICE = "repeat-report-notice"
    LEADS_REGISTER = "leads-register"
    INVESTIGATION_ASSIGNMENT = "investigation-assignment"

    @property
    def names_informant(self) -> bool:
        """Exporting it to a file needs the chief procurator's approval."""
        return self in _NAMING_INFORMANT


_NAMING_INFORMANT = frozenset(
    {
        DocumentKind.VISIT_TRANSCRIPT,
        DocumentKind.ITEMS_RECEIVED,
        DocumentKind.RIGHTS_NOTICE,
        DocumentKind.REPLY_RECORD,
        DocumentKind.REPLY_LETTER,
        DocumentKind.ENVELOPE_LABEL,
    }
)
