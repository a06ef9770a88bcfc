"""The lead list reads the next page while the user looks at the current one, so a
view reaching the bottom gets rows at once; the GUI thread still never reads."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from desktop.domain.leads import Channel, CrimeCategory, LeadId, LeadRow, LeadStatus
from ui.leads.list_model import PAGE_SIZE, LeadFilter, LeadListModel
from ui.workers import Worker

T0 = datetime(2026, 1, 1, tzinfo=UTC)
TOTAL = 3 * PAGE_SIZE + 17


class Register:
    """A LeadsPort's paging over TOTAL leads, noting which thread read each page."""

    def __init__(self) -> None:
        self.rows = [
            LeadRow(LeadId(i), f"2026-{i:05d}", LeadStatus.RECEIVED,
                    CrimeCategory.EMBEZZLEMENT_BRIBERY, 1, T0 + timedelta(minutes=i), None,
                    "", Channel.LETTER, "")
            for i in range(TOTAL, 0, -1)
        ]
        self.reads: list[int | None] = []
        self.threads: set[int] = set()

    def page(self, *, before_id: int | None = None, limit: int = 200, **_: Any
             ) -> Sequence[LeadRow]:
        self.reads.append(before_id)
        self.threads.add(threading.get_ident())
        rows = [r for r in self.rows if before_id is None or r.id < before_id]
        return rows[:limit]


def test_the_next_page_is_read_ahead_and_handed_over_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    register, worker = Register(), Worker("test")
    try:
        model = LeadListModel(register, worker, T0)  # type: ignore[arg-type]
        model.load(LeadFilter(), T0)
        qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE and not worker.busy)
        # the first page, then the one after it, read ahead
        assert register.reads == [None, TOTAL - PAGE_SIZE + 1]
        assert not model.loading  # the read ahead is nobody's wait
        model.fetchMore()
        assert model.rowCount() == 2 * PAGE_SIZE  # no wait: it was read already
        qtbot.waitUntil(lambda: not worker.busy)
        model.fetchMore()
        model.fetchMore()  # the page after was being read: it comes when it arrives
        qtbot.waitUntil(lambda: model.rowCount() == TOTAL and not worker.busy)
        assert not model.canFetchMore()
        assert [model.row_at(i).id for i in (0, TOTAL - 1)] == [TOTAL, 1]
        assert threading.get_ident() not in register.threads
    finally:
        worker.stop()


def test_the_end_key_takes_the_page_read_ahead_and_the_rest(qtbot) -> None:  # type: ignore[no-untyped-def]
    register, worker = Register(), Worker("test")
    try:
        model = LeadListModel(register, worker, T0)  # type: ignore[arg-type]
        model.load(LeadFilter(), T0)
        qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE and not worker.busy)
        model.fetch_all()
        qtbot.waitUntil(lambda: model.rowCount() == TOTAL and not worker.busy)
        assert sorted(r.id for r in (model.row_at(i) for i in range(TOTAL))) == list(
            range(1, TOTAL + 1))
    finally:
        worker.stop()


def test_a_new_filter_drops_the_page_read_for_the_old_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    register, worker = Register(), Worker("test")
    try:
        model = LeadListModel(register, worker, T0)  # type: ignore[arg-type]
        model.load(LeadFilter(), T0)
        qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE and not worker.busy)
        model.load(LeadFilter(status=LeadStatus.RECEIVED), T0)
        qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE and not worker.busy)
        model.fetchMore()
        assert model.rowCount() == 2 * PAGE_SIZE
        ids = [model.row_at(i).id for i in range(2 * PAGE_SIZE)]
        assert len(set(ids)) == len(ids)  # no page twice, none from the old load
    finally:
        worker.stop()
