"""The lead list as a lazily fetching table model: the view asks for more rows only
as it scrolls (keyset pages of PAGE_SIZE from the service), so opening a register of
100,000 leads reads one page, and scrolling to the end costs one indexed query per page.
"""

from __future__ import annotations

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

from desktop.app_services import LeadsPort
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
    def __init__(self, leads: LeadsPort, now: datetime, parent: Any = None) -> None:
        super().__init__(parent)
        self._leads = leads
        self._now = now
        self._rows: list[LeadRow] = []
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
        self._rows = []
        self._texts = {}
        self.pages_fetched = 0
        if lead_filter.query:
            found = self._leads.search(lead_filter.query)
            self._rows = [r for r in found if lead_filter.wants(r)]
            if lead_filter.overdue:
                self._rows = [r for r in self._rows if self.is_overdue(r)]
            self._exhausted = True
        else:
            self._exhausted = False
            self._rows = self._next_page(None)
        self.endResetModel()

    def _page_size(self) -> int:
        """The first pages are small (the list opens at once); a user who keeps
        scrolling gets pages as large as what is already loaded, up to MAX_PAGE, so
        reaching the end of 100,000 leads takes a few dozen fetches and repaints."""
        return max(PAGE_SIZE, min(len(self._rows), MAX_PAGE))

    def _next_page(self, before_id: int | None) -> list[LeadRow]:
        f = self._filter
        size = self._page_size()
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
        if parent.isValid() or self._exhausted or not self._rows:
            self._exhausted = self._exhausted or not self._rows
            return
        more = self._next_page(self._rows[-1].id)
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def fetch_all(self) -> None:
        """Everything to the end in one insertion (the End key): one repaint, not one
        per page."""
        if self._exhausted or not self._rows:
            return
        more: list[LeadRow] = []
        while not self._exhausted:
            more += self._next_page((more or self._rows)[-1].id)
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    # -- reading
    def row_at(self, row: int) -> LeadRow:
        return self._rows[row]

    def is_overdue(self, row: LeadRow) -> bool:
        return row.next_due_at is not None and row.next_due_at < self._now

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

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
        row = self._rows[index.row()]
        if role == _DISPLAY:
            texts = self._texts.get(row.id)
            if texts is None:
                texts = self._texts[row.id] = self._display(row)
            return texts[index.column()]
        if role == ROW_ROLE:
            return row
        if index.column() in (Column.DUE, Column.OVERDUE) and self.is_overdue(row):
            return self._red
        return None

    def _display(self, row: LeadRow) -> tuple[str, ...]:
        overdue = translate("Leads", "Overdue") if self.is_overdue(row) else ""
        channel = "" if row.channel is None else channel_label(row.channel)
        return (row.number, day(row.first_received_at), channel, status_label(row.status),
                category_label(row.category), row.reported_unit, str(row.report_count),
                day(row.next_due_at), overdue, row.summary)
