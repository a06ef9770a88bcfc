"""Printing from the leads register on a real SQLCipher file: a copy number, its audit
record and the rendered PDF in one transaction; an empty range or month issues no
number; forms naming an informant need the identity permission and key."""

from __future__ import annotations

import os
from datetime import date, timedelta

import pytest

from db.store import SqlCipherStore
from desktop.domain.leads import Reply, ReplyForm
from desktop.domain.printables import ClassificationLevel, ClassificationMark
from desktop.domain.roles import Role
from desktop.leads.errors import InvalidField, NothingToPrint
from desktop.leads.service import LeadService
from desktop.policy import NotPermitted
from tests.db.conftest import SteppingClock
from tests.db.test_leads_service import _user, audit_actions, new_lead, past

MARK = ClassificationMark(ClassificationLevel.SECRET, 5)


@pytest.fixture
def clerk(store: SqlCipherStore, clock: SteppingClock) -> LeadService:
    return LeadService(store, clock, _user(store, "李娟", Role.CLERK, clock), os.urandom(32))


def _copies(store: SqlCipherStore, subject: str) -> list[str]:
    with store.reading() as tx:
        return [str(c.copy_number) for c in tx.bags.copies(subject)]


def test_a_register_print_issues_one_audited_copy(
    clerk: LeadService, store: SqlCipherStore, clock: SteppingClock
) -> None:
    created = clerk.create(new_lead(past(clock)))
    day = created.card.first_received_at.astimezone(clock.now().tzinfo).date()
    first, last = day - timedelta(days=1), day + timedelta(days=1)
    seen: list[object] = []
    register, pdf = clerk.print_leads_register("某市人民检察院", first, last, MARK,
                                               lambda sheet: seen.append(sheet) or b"%PDF")
    assert pdf == b"%PDF" and seen == [register]
    assert [row.number for row in register.rows] == [str(created.card.number)]
    assert register.classification == MARK
    subject = f"leads:{first.isoformat()}..{last.isoformat()}"
    assert _copies(store, subject) == [str(register.copy_number)]
    assert audit_actions(store).count("lead.print") == 1


def test_an_empty_range_or_month_issues_no_copy(
    clerk: LeadService, store: SqlCipherStore
) -> None:
    with pytest.raises(NothingToPrint):
        clerk.print_leads_register("某院", date(2001, 1, 1), date(2001, 1, 31), MARK,
                                   lambda _s: b"")
    with pytest.raises(NothingToPrint):
        clerk.print_repeat_report_notice("某院", 2001, 1, MARK, lambda _s: b"")
    with pytest.raises(InvalidField):
        clerk.print_leads_register("某院", date(2001, 2, 1), date(2001, 1, 1), MARK,
                                   lambda _s: b"")
    with store.reading() as tx:
        assert tx.bags.copies("leads:2001-01") == []
    assert "lead.print" not in audit_actions(store)


def test_forms_naming_the_informant_need_identity_rights(
    clerk: LeadService, store: SqlCipherStore, clock: SteppingClock
) -> None:
    created = clerk.create(new_lead(past(clock, 3)))
    clerk.reply(Reply(created.card.id, created.report.id, ReplyForm.ORAL, past(clock, 1),
                      place="接待室", participants=("李娟",), content="已答复。"))
    record, _pdf = clerk.forms.reply_record("某院", created.card.id, 0, MARK, lambda _s: b"")
    assert record.informant_name == "欧阳金丝雀" and record.content == "已答复。"
    with store.transaction() as tx:
        staff_user = tx.users.add("王五", Role.STAFF, clock.now())
    staff = LeadService(store, clock, staff_user, None)
    with pytest.raises(NotPermitted):
        staff.forms.rights_notice("某院", created.report.id, MARK, lambda _s: b"")
    with pytest.raises(InvalidField):  # there is no second oral reply
        clerk.forms.reply_record("某院", created.card.id, 1, MARK, lambda _s: b"")
    assert audit_actions(store).count("lead.print") == 1
