"""The lead list as a lazily fetching table model: the view asks for more rows only
as it scrolls (keyset pages of PAGE_SIZE from the service), so opening a register of
100,000 leads reads one page, and scrolling to the end costs one indexed query per page.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.app.ports import LeadsPort
from desktop.domain.leads import Channel, CrimeCategory, LeadRow, LeadStatus
from desktop.leads.deadlines import CHINA
from ui.leads.labels import category_label, channel_label, day, status_label

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


class LeadListModel(QAbstractTableModel):
    """Rows are kept as the pages the service returned (each makes a LeadRow only when
    one is read, i.e. when it is painted), with each page's first row number."""

    def __init__(self, leads: LeadsPort, now: datetime, parent: Any = None) -> None:
        super().__init__(parent)
        self._leads = leads
        self._now = now
        self._pages: list[Sequence[LeadRow]] = []
        self._starts: list[int] = []  # the row number of each page's first row
        self._count = 0
        self._last_id: int | None = None  # the keyset: the last row's id
        self._filter = LeadFilter()
        self._exhausted = True
        self._texts: dict[int, tuple[str, ...]] = {}  # display texts of painted rows
        self._red = QBrush(QColor("#b00020"))
        self.pages_fetched = 0

    # -- loading
    def load(self, lead_filter: LeadFilter, now: datetime) -> None:
        """Start over with a new filter (the first page, or the search results)."""
        self.beginResetModel()
        self._filter = lead_filter
        self._now = now
        self._pages, self._starts, self._count, self._last_id = [], [], 0, None
        self._texts = {}
        self.pages_fetched = 0
        if lead_filter.query:
            found = [r for r in self._leads.search(lead_filter.query) if lead_filter.wants(r)]
            if lead_filter.overdue:
                found = [r for r in found if self.is_overdue(r)]
            self._append(found)
            self._exhausted = True
        else:
            self._exhausted = False
            self._append(self._next_page(None, 0))
        self.endResetModel()

    def _append(self, page: Sequence[LeadRow]) -> None:
        if page:
            self._pages.append(page)
            self._starts.append(self._count)
            self._count += len(page)
            self._last_id = page[-1].id

    def _next_page(self, before_id: int | None, loaded: int) -> Sequence[LeadRow]:
        """The page after `before_id`. The first pages are small (the list opens at
        once); a user who keeps scrolling gets pages as large as what is already loaded,
        up to MAX_PAGE, so reaching the end of 100,000 leads takes a few dozen fetches."""
        f = self._filter
        size = max(PAGE_SIZE, min(loaded, MAX_PAGE))
        page = self._leads.page(before_id=before_id, limit=size, status=f.status,
                                category=f.category, overdue=f.overdue, channel=f.channel,
                                received_from=f.received_from, received_to=f.received_to)
        self.pages_fetched += 1
        if len(page) < size:
            self._exhausted = True
        return page

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or not self._count:
            self._exhausted = self._exhausted or not self._count
            return
        more = self._next_page(self._last_id, self._count)
        if more:
            self.beginInsertRows(QModelIndex(), self._count, self._count + len(more) - 1)
            self._append(more)
            self.endInsertRows()

    def fetch_all(self) -> None:
        """Everything to the end in one insertion (the End key): one repaint, not one
        per page."""
        if self._exhausted or not self._count:
            return
        added: list[Sequence[LeadRow]] = []
        last_id, loaded = self._last_id, self._count
        while not self._exhausted:
            page = self._next_page(last_id, loaded)
            if page:
                added.append(page)
                last_id, loaded = page[-1].id, loaded + len(page)
        if added:
            self.beginInsertRows(QModelIndex(), self._count, loaded - 1)
            for page in added:
                self._append(page)
            self.endInsertRows()

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
