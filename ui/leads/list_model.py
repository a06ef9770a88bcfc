"""The lead list as a lazily fetching table model: the view asks for more rows only
as it scrolls (keyset pages of PAGE_SIZE from the service), so opening a register of
100,000 leads reads one page, and scrolling to the end costs one indexed query per page.
The pages are read on the session's worker and inserted when they arrive.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop.app.ports import LeadsPort
from desktop.domain.leads import Channel, CrimeCategory, LeadRow, LeadStatus
from desktop.leads.deadlines import CHINA
from ui.leads.labels import category_label, channel_label, day, status_label
from ui.workers import Worker

translate = QCoreApplication.translate
PAGE_SIZE = 200
MAX_PAGE = 10_000
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole
_SERVED = frozenset({_DISPLAY, Qt.ItemDataRole.ForegroundRole, ROW_ROLE})
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class LeadFilter:
    status: LeadStatus | None = None
    category: CrimeCategory | None = None
    channel: Channel | None = None  # of the first report
    overdue: bool = False
    received_from: date | None = None  # inclusive, China time
    received_to: date | None = None  # inclusive
    query: str = ""  # non-empty: full-text search instead of the paged list

    def wants(self, row: LeadRow) -> bool:
        """Search results (best matches first, not paged) filtered here; the paged list
        is filtered by the service's query."""
        if self.status is not None and row.status is not self.status:
            return False
        if self.category is not None and row.category is not self.category:
            return False
        if self.channel is not None and row.channel is not self.channel:
            return False
        if self.received_from is not None or self.received_to is not None:
            received = row.first_received_at.astimezone(CHINA).date()
            if self.received_from is not None and received < self.received_from:
                return False
            if self.received_to is not None and received > self.received_to:
                return False
        return True


class Column:
    (NUMBER, RECEIVED, CHANNEL, STATUS, CATEGORY, UNIT, REPORTS, DUE, OVERDUE,
     SUMMARY) = range(10)
    COUNT = 10


def _page_size(loaded: int) -> int:
    """The first pages are small (the list opens at once); a user who keeps scrolling
    gets pages as large as what is already loaded, up to MAX_PAGE, so reaching the end
    of 100,000 leads takes a few dozen fetches."""
    return max(PAGE_SIZE, min(loaded, MAX_PAGE))


def _read_page(leads: LeadsPort, f: LeadFilter, before_id: int | None, size: int
               ) -> Sequence[LeadRow]:
    """One keyset page (on the worker: plain values in, rows out)."""
    return leads.page(before_id=before_id, limit=size, status=f.status,
                      category=f.category, overdue=f.overdue, channel=f.channel,
                      received_from=f.received_from, received_to=f.received_to)


class LeadListModel(QAbstractTableModel):
    """Rows are kept as the pages the service returned (each makes a LeadRow only when
    one is read, i.e. when it is painted), with each page's first row number.

    Pages are read on the session's worker and inserted when they arrive: the GUI
    thread never waits on SQL. ``loaded`` says the first page (or the search results)
    is in, ``fetched`` that more rows are, ``failed`` carries a refusal."""

    loaded = Signal()
    fetched = Signal()
    failed = Signal(object)  # the error, emitted on the GUI thread

    def __init__(self, leads: LeadsPort, worker: Worker, now: datetime,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._leads = leads
        self._worker = worker
        self._now = now
        self._pages: list[Sequence[LeadRow]] = []
        self._starts: list[int] = []  # the row number of each page's first row
        self._count = 0
        self._last_id: int | None = None  # the keyset: the last row's id
        self._filter = LeadFilter()
        self._exhausted = True
        self._generation = 0  # a new load makes answers to the older ones stale
        self._reading = False  # a read is on the worker
        self._to_end = False  # the End key came while a page was being read
        # The next page is read while the user looks at this one, so scrolling to the
        # bottom finds it ready; it is inserted only when the view asks for more.
        self._ahead: tuple[Sequence[LeadRow], int] | None = None  # (page, its size)
        self._prefetching = False
        self._wanted = False  # the view asked for more while the next page was read
        self._texts: dict[int, tuple[str, ...]] = {}  # display texts of painted rows
        self._red = QBrush(QColor("#b00020"))
        self.pages_fetched = 0

    @property
    def loading(self) -> bool:
        """Rows the view asked for are being read and have not arrived yet (the End
        key's included when it came while the page ahead was being read)."""
        return self._reading or self._wanted or self._to_end

    # -- loading
    def load(self, lead_filter: LeadFilter, now: datetime) -> None:
        """Start over with a new filter (the first page, or the search results)."""
        self.beginResetModel()
        self._filter = lead_filter
        self._now = now
        self._pages, self._starts, self._count, self._last_id = [], [], 0, None
        self._texts = {}
        self.pages_fetched = 0
        self._exhausted = False
        self._to_end = False
        self._ahead, self._prefetching, self._wanted = None, False, False
        self.endResetModel()
        if lead_filter.query:
            leads, query = self._leads, lead_filter.query
            self._read(lambda: leads.search(query), self._found)
        else:
            self._read(self._page_reader(None, 0), self._first_page)

    def _read(self, work: Callable[[], Any], arrived: Callable[[Any], None]) -> None:
        self._generation += 1
        generation = self._generation
        self._reading = True

        def done(value: Any) -> None:
            if generation == self._generation:
                self._reading = False
                arrived(value)

        def refused(error: BaseException) -> None:
            if generation == self._generation:
                self._reading = False
                self._exhausted = True
                self.failed.emit(error)

        self._worker.submit(work, done, refused, owner=self)

    def _found(self, rows: list[LeadRow]) -> None:
        f = self._filter
        found = [r for r in rows if f.wants(r)]
        if f.overdue:
            found = [r for r in found if self.is_overdue(r)]
        self._insert([found] if found else [])
        self._exhausted = True
        self.loaded.emit()

    def _first_page(self, page: Sequence[LeadRow]) -> None:
        self._insert(self._counted([page], PAGE_SIZE))
        self.loaded.emit()
        self._prefetch()

    def _page_reader(self, before_id: int | None, loaded: int
                     ) -> Callable[[], Sequence[LeadRow]]:
        """The read of the page after `before_id`, to run on the worker."""
        leads, f, size = self._leads, self._filter, _page_size(loaded)
        return lambda: _read_page(leads, f, before_id, size)

    def _counted(self, pages: list[Sequence[LeadRow]], last_size: int
                 ) -> list[Sequence[LeadRow]]:
        """Pages that arrived: a short last page means the end."""
        self.pages_fetched += len(pages)
        if not pages or len(pages[-1]) < last_size:
            self._exhausted = True
        return [page for page in pages if page]

    def _insert(self, pages: list[Sequence[LeadRow]]) -> None:
        """One insertion (one repaint) for all the pages that arrived."""
        added = sum(len(page) for page in pages)
        if not added:
            return
        self.beginInsertRows(QModelIndex(), self._count, self._count + added - 1)
        for page in pages:
            self._pages.append(page)
            self._starts.append(self._count)
            self._count += len(page)
            self._last_id = page[-1].id
        self.endInsertRows()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and bool(self._count)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._reading or not self._count:
            return
        if self._ahead is not None:
            page, size = self._ahead
            self._ahead = None
            self._more([page], size)
        elif self._prefetching:
            self._wanted = True  # inserted as soon as it arrives
        else:
            size = _page_size(self._count)
            self._read(self._page_reader(self._last_id, self._count),
                       lambda page: self._more([page], size))

    def _prefetch(self) -> None:
        """Read the next page now, to hand it over when the view asks for it."""
        if self._exhausted or self._reading or self._prefetching or self._ahead is not None:
            return
        generation, size = self._generation, _page_size(self._count)
        self._prefetching = True

        def arrived(page: Sequence[LeadRow]) -> None:
            if generation != self._generation:
                return
            self._prefetching = False
            if self._to_end:  # the End key came meanwhile: this page and the rest
                self._to_end = self._wanted = False
                self._ahead = (page, size)
                self.fetch_all()
            elif self._wanted:
                self._wanted = False
                self._more([page], size)
            else:
                self._ahead = (page, size)

        def refused(error: BaseException) -> None:
            if generation == self._generation:
                self._prefetching = self._wanted = False
                self._exhausted = True
                self.failed.emit(error)

        self._worker.submit(self._page_reader(self._last_id, self._count), arrived, refused,
                            owner=self)

    def _more(self, pages: list[Sequence[LeadRow]], last_size: int) -> None:
        self._insert(self._counted(pages, last_size))
        if self._to_end:  # before `fetched`: the view waits for the rest to arrive
            self._to_end = False
            self.fetch_all()
        else:
            self._prefetch()
        self.fetched.emit()

    def fetch_all(self) -> None:
        """Everything to the end, read in one job and inserted at once (the End key):
        one insertion and one repaint, the page read ahead included, not one per page
        (a repaint while the rest is read would compete with the read)."""
        if self._reading or self._prefetching:
            self._to_end = not self._exhausted
            return
        if self._exhausted or not self._count:
            return
        held: list[Sequence[LeadRow]] = []
        last_id, loaded = self._last_id, self._count
        if self._ahead is not None:  # the page read ahead goes in with the rest
            page, size = self._ahead
            self._ahead = None
            if len(page) < size:  # and it is the last
                self._more([page], size)
                return
            held = [page]
            last_id, loaded = page[-1].id, loaded + len(page)
        leads, f = self._leads, self._filter

        def read_to_end() -> tuple[list[Sequence[LeadRow]], int]:
            pages: list[Sequence[LeadRow]] = [*held]
            before_id, count = last_id, loaded
            while True:
                size = _page_size(count)
                page = _read_page(leads, f, before_id, size)
                pages.append(page)
                if len(page) < size:
                    return pages, size
                before_id, count = page[-1].id, count + len(page)

        self._read(read_to_end, lambda result: self._more(*result))

    # -- reading
    def row_at(self, row: int) -> LeadRow:
        if not 0 <= row < self._count:
            raise IndexError(row)
        page = bisect_right(self._starts, row) - 1
        return self._pages[page][row - self._starts[page]]

    def is_overdue(self, row: LeadRow) -> bool:
        return row.next_due_at is not None and row.next_due_at < self._now

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else Column.COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("Leads", "Number"), translate("Leads", "Received"),
            translate("Leads", "Channel"), translate("Leads", "Status"),
            translate("Leads", "Category"), translate("Leads", "Reported unit"),
            translate("Leads", "Reports"), translate("Leads", "Due"),
            translate("Leads", "Overdue"), translate("Leads", "Summary"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every visible cell and every role at each repaint: roles this
        # model does not serve are answered first, and a row's texts are made once.
        if role not in _SERVED or not index.isValid():
            return None
        if role == ROW_ROLE:
            return self.row_at(index.row())
        texts = self._texts.get(index.row())
        if texts is None:
            texts = self._texts[index.row()] = self._display(self.row_at(index.row()))
        if role == _DISPLAY:
            return texts[index.column()]
        if index.column() in (Column.DUE, Column.OVERDUE) and texts[Column.OVERDUE]:
            return self._red
        return None

    def _display(self, row: LeadRow) -> tuple[str, ...]:
        overdue = translate("Leads", "Overdue") if self.is_overdue(row) else ""
        channel = "" if row.channel is None else channel_label(row.channel)
        return (row.number, day(row.first_received_at), channel, status_label(row.status),
                category_label(row.category), row.reported_unit, str(row.report_count),
                day(row.next_due_at), overdue, row.summary)
