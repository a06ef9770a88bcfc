"""The rows of a new lead are made positionally from their unpacked inputs (an import
makes 10,000s): every field still lands where its name says, whatever the order."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime

from desktop.domain.leads import (
    Channel,
    CrimeCategory,
    Disposition,
    InformantIdentity,
    LeadId,
    LeadNumber,
    LeadStatus,
    NewReport,
    Rank,
    ReceivedItem,
    ReportedPerson,
    ReportId,
    ReportKind,
)
from desktop.leads.deadline_plan import DeadlinePlan
from desktop.leads.model import NewLead
from desktop.leads.recording import NewLeadBuilder, stored_report

NOW = datetime(2026, 3, 1, 9, tzinfo=UTC)
# Every field a value of its own, none its default.
REPORT = NewReport(
    channel=Channel.LETTER, received_at=datetime(2026, 2, 27, 10, tzinfo=UTC),
    original_text="原文", kind=ReportKind.SURRENDER, summary="摘要",
    identity=InformantIdentity(name="欧阳明", phones=("13800138000",)), acknowledged=True,
    receiving_staff=("李娟", "赵敏"), transcript_read_back=True, transcript_signed=True,
    consent_to_record=True, items_received=(ReceivedItem("信封", 2),),
    postmark_date=date(2026, 2, 25), origin="某地", envelope_kept=True, reference="REF-1",
    postmark_illegible_reason="看不清", false_accusation_notice=True,
)


def test_stored_report_keeps_every_field_by_name() -> None:
    stored = stored_report(REPORT, ReportId(7), LeadId(3), True, False, 5, NOW)
    for field in REPORT._fields:
        if field != "identity":  # stored apart, sealed
            assert getattr(stored, field) == getattr(REPORT, field), field
    assert (stored.id, stored.lead_id, stored.has_identity, stored.new_content,
            stored.recorded_by, stored.recorded_at) == (7, 3, True, False, 5, NOW)
    assert stored.real_name and stored.pseudonym_code.startswith("JB-")


def test_case_card_keeps_every_field_by_name() -> None:
    lead = NewLead(CrimeCategory.DERELICTION,
                   (ReportedPerson("张三", "某局", "局长", Rank.BUREAU_DEPARTMENT, "某省"),),
                   REPORT, summary="案卡摘要", storage_location="档案室", about_own_staff=True)
    builder = NewLeadBuilder(os.urandom(32), 5, NOW, DeadlinePlan({}))
    made = builder.build(lead, LeadId(3), ReportId(7), LeadNumber(2026, 12),
                         Disposition.TRANSFER)
    card = made.card
    assert (card.id, card.number, card.category, card.reported_persons, card.summary,
            card.storage_location, card.about_own_staff) == (
        3, LeadNumber(2026, 12), lead.category, lead.reported_persons, lead.summary,
        lead.storage_location, True)
    assert (card.status, card.disposition) == (Disposition.TRANSFER.status,
                                               Disposition.TRANSFER.value)
    assert card.first_received_at == card.last_received_at == REPORT.received_at
    assert (card.created_by, card.created_at, card.updated_at, card.report_count,
            card.version) == (5, NOW, NOW, 1, 1)
    assert card.status is not LeadStatus.RECEIVED
