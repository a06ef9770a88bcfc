"""Entry rules on a real SQLCipher file: a letter whose postmark cannot be read is
recorded with the reason instead of a date; the CPL Art 111 notice is kept with the
report; routing refuses a target that names a reported person; a reply dated before
its report is refused and changes nothing."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest

from db.store import SqlCipherStore
from desktop.domain.leads import Channel, Disposition, NewReport, Reply, ReplyForm
from desktop.domain.roles import Role
from desktop.leads.errors import (
    InvalidField,
    Problem,
    RoutedToReportedPerson,
    ValidationFailed,
)
from desktop.leads.service import LeadService
from tests.db.conftest import SteppingClock
from tests.db.test_leads_service import ZHANG, _user, new_lead, past, visit


@pytest.fixture
def clerk(store: SqlCipherStore, clock: SteppingClock) -> LeadService:
    return LeadService(store, clock, _user(store, "李娟", Role.CLERK, clock), os.urandom(32))


def _letter(clock: SteppingClock, **changes: object) -> NewReport:
    fields: dict[str, object] = dict(channel=Channel.LETTER, received_at=past(clock),
                                     original_text="来信举报。", envelope_kept=True)
    fields.update(changes)
    return NewReport(**fields)  # type: ignore[arg-type]


def test_an_illegible_postmark_is_recorded_with_its_reason(
    clerk: LeadService, clock: SteppingClock
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        clerk.create(new_lead(past(clock), report=_letter(clock)))
    assert InvalidField("postmark_date", Problem.REQUIRED) in caught.value.problems
    created = clerk.create(new_lead(past(clock), report=_letter(
        clock, postmark_illegible_reason="  邮戳模糊，仅可辨“省”字  ")))
    stored = clerk.view(created.card.id).reports[0]
    assert stored.postmark_date is None
    assert stored.postmark_illegible_reason == "邮戳模糊，仅可辨“省”字"
    with pytest.raises(ValidationFailed) as caught:  # a date and "illegible" at once
        clerk.create(new_lead(past(clock), report=_letter(
            clock, postmark_date=past(clock, 3).date(), postmark_illegible_reason="模糊")))
    assert InvalidField("postmark_illegible_reason", Problem.NOT_ALLOWED) in (
        caught.value.problems)


def test_the_art_111_notice_is_kept_with_the_report(
    clerk: LeadService, clock: SteppingClock
) -> None:
    created = clerk.create(new_lead(past(clock), report=visit(
        past(clock), false_accusation_notice=True)))
    assert clerk.view(created.card.id).reports[0].false_accusation_notice


def test_routing_refuses_a_target_naming_a_reported_person(
    clerk: LeadService, clock: SteppingClock
) -> None:
    card = clerk.create(new_lead(past(clock))).card
    with pytest.raises(RoutedToReportedPerson) as caught:
        clerk.route(card.id, Disposition.TRANSFER, f"交{ZHANG.name}本人说明情况", "",
                    card.version)
    assert caught.value.name == ZHANG.name
    assert clerk.view(card.id).routing == ()


def test_a_reply_dated_before_its_report_is_refused(
    clerk: LeadService, clock: SteppingClock
) -> None:
    created = clerk.create(new_lead(past(clock, 2)))
    report = created.report
    with pytest.raises(InvalidField) as caught:
        clerk.reply(Reply(created.card.id, report.id, ReplyForm.LETTER,
                          report.received_at - timedelta(hours=1), content="答复"))
    assert caught.value == InvalidField("replied_at", Problem.BEFORE_REPORT)
    assert clerk.view(created.card.id).replies == ()
