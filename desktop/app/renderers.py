"""The layouts of printing/ (PDF bytes out), handed in by the composition root
(desktop.bootstrap) to the session's printed documents (desktop.app.prints and
desktop.app.lead_prints)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.domain.audit_extract import AuditExtract
    from desktop.domain.decision_sheet import DecisionSheet
    from desktop.domain.enrolment_record import EnrolmentRecord
    from desktop.domain.lead_printables import LeadsRegister
    from desktop.domain.printables import (
        BagLabels,
        BagRegister,
        CoverSheet,
        EnvelopeLabel,
        InvestigationAssignment,
        ItemsReceived,
        RecoverySheet,
        RepeatReportNotice,
        ReplyLetter,
        ReplyRecord,
        RightsNotice,
        SealLabels,
        VisitTranscript,
    )
    from desktop.domain.witness_sheet import WitnessSheet


@dataclass(frozen=True)
class LeadRenderers:
    """printing/'s layouts for the leads documents, handed in by the composition root."""

    repeat_report_notice: Callable[[RepeatReportNotice], bytes]
    leads_register: Callable[[LeadsRegister], bytes]
    rights_notice: Callable[[RightsNotice], bytes]
    visit_transcript: Callable[[VisitTranscript], bytes]
    items_received: Callable[[ItemsReceived], bytes]
    reply_record: Callable[[ReplyRecord], bytes]
    reply_letter: Callable[[ReplyLetter], bytes]
    envelope_label: Callable[[EnvelopeLabel], bytes]
    investigation_assignment: Callable[[InvestigationAssignment], bytes]


@dataclass(frozen=True)
class Renderers:
    """printing/'s layouts, handed in by the composition root."""

    cover_sheet: Callable[[CoverSheet], bytes]
    bag_labels: Callable[[BagLabels], bytes]
    seal_labels: Callable[[SealLabels], bytes]
    register: Callable[[BagRegister], bytes]
    recovery_sheet: Callable[[RecoverySheet], bytes]
    witness_sheet: Callable[[WitnessSheet], bytes]
    leads: LeadRenderers | None = None  # the leads register's documents
    decision_sheet: Callable[[DecisionSheet], bytes] | None = None
    enrolment_record: Callable[[EnrolmentRecord], bytes] | None = None
    audit_extract: Callable[[AuditExtract], bytes] | None = None
