"""Correcting a case card (versioned, audited, why and who kept; the report text stays
as received) and voiding a lead (kept with its reason, its deadlines closed)."""

from __future__ import annotations

import json
import os

import pytest

from db.store import SqlCipherStore
from desktop.domain.lead_errors import EditConflict
from desktop.domain.leads import (
    CardChangeKind,
    CaseCardEdit,
    CrimeCategory,
    Disposition,
    FilingLevel,
    LeadStatus,
    Rank,
    ReportedPerson,
)
from desktop.domain.roles import Role
from desktop.leads.errors import InvalidField, LeadVoided, Problem
from desktop.leads.service import LeadService
from tests.db.conftest import SteppingClock
from tests.db.test_leads_service import ZHANG, _user, audit_actions, new_lead, past, visit


@pytest.fixture
def clerk(store: SqlCipherStore, clock: SteppingClock) -> LeadService:
    return LeadService(store, clock, _user(store, "李娟", Role.CLERK, clock), os.urandom(32))


LI = ReportedPerson("李四", "某省财政厅", "副厅长", Rank.BUREAU_DEPARTMENT, "某省")


def _edit(card, **changes: object) -> CaseCardEdit:  # type: ignore[no-untyped-def]
    fields: dict[str, object] = dict(
        version=card.version, category=card.category, summary=card.summary,
        reported_persons=card.reported_persons, storage_location=card.storage_location,
        about_own_staff=card.about_own_staff, reason="更正")
    fields.update(changes)
    return CaseCardEdit(**fields)  # type: ignore[arg-type]


def test_an_edit_is_versioned_with_who_when_why_and_the_previous_values(
    clerk: LeadService, store: SqlCipherStore, clock: SteppingClock
) -> None:
    card = clerk.create(new_lead(past(clock))).card
    text = clerk.view(card.id).reports[0].original_text
    saved = clerk.edit_card(card.id, _edit(
        card, reported_persons=(ZHANG, LI), category=CrimeCategory.DERELICTION,
        reason="来信另列一名被举报人"))
    assert saved.version == card.version + 1
    assert saved.reported_persons == (ZHANG, LI)
    assert saved.filing_level is FilingLevel.SPP  # the highest rank decides
    view = clerk.view(card.id)
    [change] = view.changes
    assert change.kind is CardChangeKind.EDIT and change.version == saved.version
    assert change.reason == "来信另列一名被举报人" and change.changed_by_name == "李娟"
    assert set(change.fields) == {"category", "reported_persons"}
    before = json.loads(change.before)
    assert before["category"] == "embezzlement-bribery"
    assert before["reported_persons"] == [["张三", "某市住房和城乡建设局", "局长",
                                           "county-division", "某市"]]
    assert view.reports[0].original_text == text  # Art 16: the report stays as received
    assert audit_actions(store).count("lead.edit") == 1
    with store.reading() as tx:
        record = next(r for r in tx.audit_records.iterate() if r.action == "lead.edit")
    assert "来信" not in json.dumps(record.details, ensure_ascii=False)  # no reason text


def test_bad_edits_change_nothing(clerk: LeadService, clock: SteppingClock) -> None:
    card = clerk.create(new_lead(past(clock))).card
    with pytest.raises(InvalidField) as caught:
        clerk.edit_card(card.id, _edit(card, summary="新摘要", reason="  "))
    assert caught.value == InvalidField("reason", Problem.REQUIRED)
    with pytest.raises(InvalidField) as caught:
        clerk.edit_card(card.id, _edit(card))
    assert caught.value.field == "fields"
    clerk.edit_card(card.id, _edit(card, summary="第一次更正"))
    with pytest.raises(EditConflict):  # someone else saved it meanwhile
        clerk.edit_card(card.id, _edit(card, summary="第二次更正"))
    view = clerk.view(card.id)
    assert view.card.summary == "第一次更正" and len(view.changes) == 1


def test_void_keeps_the_lead_with_its_reason_and_closes_its_deadlines(
    clerk: LeadService, store: SqlCipherStore, clock: SteppingClock
) -> None:
    card = clerk.create(new_lead(past(clock, 30))).card
    assert clerk.overdue()
    with pytest.raises(InvalidField):
        clerk.void(card.id, "", card.version)
    assert clerk.view(card.id).card.status is LeadStatus.RECEIVED
    voided = clerk.void(card.id, "重复登记，已并入另一线索", card.version)
    assert voided.status is LeadStatus.VOIDED
    view = clerk.view(card.id)
    assert view.changes[-1].kind is CardChangeKind.VOID
    assert view.changes[-1].reason == "重复登记，已并入另一线索"
    assert all(d.met_at is not None for d in view.deadlines)
    assert not clerk.overdue()
    assert [r.status for r in clerk.page()] == [LeadStatus.VOIDED]  # kept, never deleted
    for attempt in (
        lambda: clerk.void(card.id, "再次作废", voided.version),
        lambda: clerk.edit_card(card.id, _edit(voided, summary="改")),
        lambda: clerk.route(card.id, Disposition.PRELIMINARY_CHECK, "", "", voided.version),
        lambda: clerk.add_report(card.id, visit(past(clock)), new_content=False),
    ):
        with pytest.raises(LeadVoided):
            attempt()
    assert "lead.void" in audit_actions(store)
    assert clerk.duplicates(voided.reported_persons) == []  # never offered for a repeat
