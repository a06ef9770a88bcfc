"""The lead list's channel, unit and date columns and filters, on a real SQLCipher file:
what the list shows and which leads each filter keeps, across keyset pages."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta

import pytest

from db.store import SqlCipherStore
from desktop.domain.leads import (
    CaseCardEdit,
    Channel,
    LeadRow,
    NewReport,
    Rank,
    ReportedPerson,
)
from desktop.domain.roles import Role
from desktop.leads.service import LeadService
from tests.db.conftest import SteppingClock
from tests.db.test_leads_service import new_lead, visit


@pytest.fixture
def clerk(store: SqlCipherStore, clock: SteppingClock) -> LeadService:
    with store.transaction() as tx:
        user = tx.users.add("李娟", Role.CLERK, clock.now())
    return LeadService(store, clock, user, os.urandom(32))


LI = ReportedPerson("李四", "某省财政厅", "处长", Rank.COUNTY_DIVISION, "某省")


def letter(at: datetime) -> NewReport:
    return visit(at, channel=Channel.LETTER, receiving_staff=(), acknowledged=False,
                 transcript_read_back=False, transcript_signed=False,
                 consent_to_record=False, postmark_date=at.date(), origin="某市",
                 envelope_kept=True)


def pages(clerk: LeadService, limit: int, **filters: object) -> list[LeadRow]:
    """Every row, page after page as the list fetches them."""
    rows = clerk.page(limit=limit, **filters)  # type: ignore[arg-type]
    page = rows
    while len(page) == limit:
        page = clerk.page(before_id=rows[-1].id, limit=limit, **filters)  # type: ignore[arg-type]
        rows += page
    return rows


def test_rows_show_first_report_channel_and_first_reported_unit(
    clerk: LeadService, clock: SteppingClock
) -> None:
    at = datetime(2026, 2, 20, 2, tzinfo=UTC)
    created = clerk.create(new_lead(at, reported_persons=(LI,)))
    [row] = clerk.page()
    assert (row.channel, row.reported_unit) == (Channel.VISIT, "某省财政厅")
    # A letter posted before the visit becomes the first report: its channel is shown.
    clerk.add_report(created.card.id, letter(at - timedelta(days=3)), new_content=False)
    clerk.add_report(created.card.id, visit(at + timedelta(days=1)), new_content=False)
    [row] = clerk.page()
    assert row.channel is Channel.LETTER and row.report_count == 3
    # The case card edited: the unit of the (new) first reported person.
    card = clerk.view(created.card.id).card
    other = ReportedPerson("王五", "某县公安局", "局长", Rank.COUNTY_DIVISION, "某县")
    clerk.edit_card(card.id, CaseCardEdit(card.version, card.category, card.summary,
                                          (other, LI), card.storage_location, False,
                                          "被举报人单位更正"))
    [row] = clerk.page()
    assert row.reported_unit == "某县公安局"
    assert clerk.search("回扣")[0].reported_unit == "某县公安局"


def test_channel_filter_pages_through_only_that_channel(
    clerk: LeadService, clock: SteppingClock
) -> None:
    at = datetime(2026, 2, 1, 2, tzinfo=UTC)
    letters = []
    for i in range(7):
        report = letter(at + timedelta(hours=i)) if i % 2 else visit(at + timedelta(hours=i))
        number = str(clerk.create(new_lead(at, report=report)).card.number)
        if i % 2:
            letters.append(number)
    rows = pages(clerk, 2, channel=Channel.LETTER)
    assert [r.number for r in rows] == letters[::-1]
    assert {r.channel for r in rows} == {Channel.LETTER}
    assert len(pages(clerk, 2, channel=Channel.VISIT)) == 4
    assert pages(clerk, 2, channel=Channel.FAX) == []


def test_date_filter_takes_whole_china_days_on_either_query_path(
    clerk: LeadService, store: SqlCipherStore, clock: SteppingClock
) -> None:
    # China is UTC+8: 15:59 UTC is still the same China day, 16:00 UTC the next.
    times = {
        "feb28_late": datetime(2026, 2, 28, 15, 59, tzinfo=UTC),  # 2026-02-28 23:59 CST
        "mar1_early": datetime(2026, 2, 28, 16, 0, tzinfo=UTC),  # 2026-03-01 00:00 CST
        "feb27": datetime(2026, 2, 27, 3, tzinfo=UTC),
        "feb26_late": datetime(2026, 2, 26, 15, 59, tzinfo=UTC),  # 2026-02-26 23:59 CST
        "feb25": datetime(2026, 2, 25, 3, tzinfo=UTC),
        "feb10": datetime(2026, 2, 10, 3, tzinfo=UTC),
        "jan5": datetime(2026, 1, 5, 3, tzinfo=UTC),
        "feb27_b": datetime(2026, 2, 27, 9, tzinfo=UTC),
    }
    numbers = {name: str(clerk.create(new_lead(at, report=visit(at))).card.number)
               for name, at in times.items()}
    wanted = [numbers[n] for n in ("feb27_b", "feb26_late", "feb27", "feb28_late")]
    window = {"received_from": date(2026, 2, 26), "received_to": date(2026, 2, 28)}
    # Pages of 1: the range (4 of 8 leads) counts as wide and the ids are walked;
    # pages of 200: narrow, read from the date index. Both give the same list.
    assert [r.number for r in pages(clerk, 1, **window)] == wanted
    assert [r.number for r in pages(clerk, 200, **window)] == wanted
    assert [r.number for r in pages(clerk, 2, received_from=date(2026, 3, 1))] == [
        numbers["mar1_early"]]
    assert [r.number for r in pages(clerk, 200, received_to=date(2026, 1, 31))] == [
        numbers["jan5"]]
    with store.reading() as tx:
        opened = [r for r in tx.audit_records.iterate() if r.action == "lead.list"]
    assert opened[-1].details["received_to"] == "2026-01-31"
    # Only the opening of each list is audited, not the pages scrolled to.
    assert len(opened) == 4
