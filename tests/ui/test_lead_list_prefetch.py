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


class GatedRegister(Register):
    """The read ahead (the second read) waits until the test opens the gate."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()

    def page(self, *, before_id: int | None = None, limit: int = 200, **kw: Any
             ) -> Sequence[LeadRow]:
        if len(self.reads) == 1:
            self.gate.wait(10)
        return super().page(before_id=before_id, limit=limit, **kw)


def _insertions(model: LeadListModel) -> list[tuple[int, int]]:
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    return inserted


def test_the_end_key_inserts_the_page_read_ahead_with_the_rest_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    register, worker = Register(), Worker("test")
    try:
        model = LeadListModel(register, worker, T0)  # type: ignore[arg-type]
        model.load(LeadFilter(), T0)
        qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE and not worker.busy)
        inserted = _insertions(model)
        model.fetch_all()  # the page read ahead is held, not inserted on its own
        assert model.rowCount() == PAGE_SIZE and model.loading
        qtbot.waitUntil(lambda: model.rowCount() == TOTAL and not worker.busy)
        assert inserted == [(PAGE_SIZE, TOTAL - 1)]  # one insertion, one repaint
        assert [model.row_at(i).id for i in range(TOTAL)] == list(range(TOTAL, 0, -1))
        assert not model.canFetchMore()
    finally:
        worker.stop()


def test_the_end_key_while_the_page_ahead_is_read_waits_for_it_then_the_rest(qtbot) -> None:  # type: ignore[no-untyped-def]
    register, worker = GatedRegister(), Worker("test")
    try:
        model = LeadListModel(register, worker, T0)  # type: ignore[arg-type]
        model.load(LeadFilter(), T0)
        qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE)
        inserted = _insertions(model)
        model.fetch_all()  # the read ahead is still on the worker
        assert model.loading
        register.gate.set()
        qtbot.waitUntil(lambda: model.rowCount() == TOTAL and not worker.busy)
        assert inserted == [(PAGE_SIZE, TOTAL - 1)]
        assert [model.row_at(i).id for i in range(TOTAL)] == list(range(TOTAL, 0, -1))
    finally:
        register.gate.set()
        worker.stop()


def test_the_end_key_in_the_list_makes_the_oldest_lead_current(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ui.leads.list_view import LeadListView

    register, worker = GatedRegister(), Worker("test")
    register.reads.append(None)  # the gate on the first read: the list is shown first
    try:
        view = LeadListView(register, worker, lambda: T0)  # type: ignore[arg-type]
        qtbot.addWidget(view)
        view.resize(900, 500)
        view.show()
        qtbot.waitExposed(view)
        register.gate.set()
        qtbot.waitUntil(lambda: view.model.rowCount() == PAGE_SIZE and not worker.busy)
        QTest.keyClick(view.table, Qt.Key.Key_End)
        qtbot.waitUntil(lambda: view.model.rowCount() == TOTAL and not worker.busy)
        qtbot.waitUntil(lambda: view.table.currentIndex().row() == TOTAL - 1)
        bar = view.table.verticalScrollBar()
        assert bar.value() == bar.maximum() > 0
        assert view.table.selectionModel().isRowSelected(TOTAL - 1)
        assert view.model.row_at(view.table.currentIndex().row()).id == 1  # the oldest
        QTest.keyClick(view.table, Qt.Key.Key_End)  # all in already: stays there
        assert view.table.currentIndex().row() == TOTAL - 1
    finally:
        register.gate.set()
        worker.stop()


def test_the_end_key_while_the_page_ahead_is_read_still_goes_to_the_oldest_lead(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ui.leads.list_view import LeadListView

    register, worker = GatedRegister(), Worker("test")
    try:
        view = LeadListView(register, worker, lambda: T0)  # type: ignore[arg-type]
        qtbot.addWidget(view)
        view.resize(900, 500)
        view.show()
        qtbot.waitUntil(lambda: view.model.rowCount() == PAGE_SIZE)
        QTest.keyClick(view.table, Qt.Key.Key_End)  # the page ahead is still being read
        assert view.model.loading and view.table.currentIndex().row() < PAGE_SIZE
        register.gate.set()
        qtbot.waitUntil(lambda: view.model.rowCount() == TOTAL and not view.model.loading)
        qtbot.waitUntil(lambda: view.table.currentIndex().row() == TOTAL - 1)
        bar = view.table.verticalScrollBar()
        assert bar.value() == bar.maximum() > 0
    finally:
        register.gate.set()
        worker.stop()
