"""The register: filters, a search box over case cards and report text (never
identities; the service audits every search) and the lazily fetched lead list, whose
pages are read on the session's worker (a busy cursor on the table meanwhile)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.app.ports import LeadsPort
from desktop.domain.leads import Channel, CrimeCategory, LeadId, LeadStatus
from ui.leads.labels import (
    category_label,
    channel_label,
    describe_lead_error,
    status_label,
)
from ui.leads.list_model import Column, LeadFilter, LeadListModel
from ui.workers import Worker

_UNIT_SAMPLE = "青山县住房和城乡建设局"  # a typical long unit name; longer ones are elided


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class LeadListView(QWidget):
    lead_opened = Signal(int)

    def __init__(self, leads: LeadsPort, worker: Worker, clock: Callable[[], datetime],
                 overdue_only: bool = False, load: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadListOverdue" if overdue_only else "leadList")
        self._leads = leads
        self._clock = clock
        layout = QVBoxLayout(self)

        search_row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("leadSearch")
        self.search.setPlaceholderText(self.tr("Search case cards and report text"))
        self.search.returnPressed.connect(self.apply)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.clicked.connect(self.apply)
        self.clear_button = QPushButton(self.tr("Show all"))
        self.clear_button.clicked.connect(self.clear)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.search_button)
        search_row.addWidget(self.clear_button)
        layout.addLayout(search_row)

        filters = QHBoxLayout()
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("Any status"), None)
        for status in LeadStatus:
            self.status.addItem(status_label(status), status)
        self.category = QComboBox()
        self.category.setObjectName("categoryFilter")
        self.category.addItem(self.tr("Any category"), None)
        for category in CrimeCategory:
            self.category.addItem(category_label(category), category)
        self.channel = QComboBox()
        self.channel.setObjectName("channelFilter")
        self.channel.addItem(self.tr("Any channel"), None)
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel)
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.overdue.setObjectName("overdueFilter")
        self.overdue.setChecked(overdue_only)
        self.use_dates = QCheckBox(self.tr("Received from"))
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        today = clock().date()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(_qdate(today))
            edit.setEnabled(False)
        self.date_from.setDate(_qdate(date(today.year, 1, 1)))
        self.use_dates.toggled.connect(self.date_from.setEnabled)
        self.use_dates.toggled.connect(self.date_to.setEnabled)
        for widget in (self.status, self.category, self.channel):
            widget.currentIndexChanged.connect(self.apply)
        self.overdue.toggled.connect(self.apply)
        self.use_dates.toggled.connect(self.apply)
        self.date_from.dateChanged.connect(self.apply)
        self.date_to.dateChanged.connect(self.apply)
        filters.addWidget(self.status)
        filters.addWidget(self.category)
        filters.addWidget(self.channel)
        filters.addWidget(self.overdue)
        filters.addSpacing(12)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.date_to)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.model = LeadListModel(leads, worker, clock(), self)
        self.model.loaded.connect(self._loaded)
        self.model.fetched.connect(self._fetched)
        self.model.failed.connect(self._failed)
        self.table = QTableView()
        self.table.setObjectName("leadTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights: the view never measures 100,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fit_columns()
        header.setStretchLastSection(True)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setObjectName("leadListMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.loaded = False
        self._searched = False  # the rows shown are search results
        self._to_bottom = False  # the End key: scroll down when the rest arrives
        if load:
            self.apply()

    def _fit_columns(self) -> None:
        """Each column as wide as its header and its longest label in the user's
        language (measured once; the rows are never measured, there may be 100,000)."""
        samples: dict[int, list[str]] = {
            Column.NUMBER: ["2026-00000"], Column.RECEIVED: ["2026-00-00"],
            Column.CHANNEL: [channel_label(c) for c in Channel],
            Column.STATUS: [status_label(s) for s in LeadStatus],
            Column.CATEGORY: [category_label(c) for c in CrimeCategory],
            Column.UNIT: [_UNIT_SAMPLE], Column.REPORTS: ["000"], Column.DUE: ["2026-00-00"],
            Column.OVERDUE: [],  # the header word is the cell's word
        }
        metrics = self.table.fontMetrics()
        for column, texts in samples.items():
            header = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(text) for text in [header, *texts])
            self.table.setColumnWidth(column, width + 18)

    def ensure_loaded(self) -> None:
        """A list made with load=False reads the register when first shown."""
        if not self.loaded:
            self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # End (or Ctrl+End) goes to the oldest lead: the rest of the list is fetched
        # at once instead of page by page, and the table moves once, when it is in
        # (the table's own End would first scroll to, and paint, the last row loaded).
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_End):
            self.go_to_end()
            return True
        return super().eventFilter(watched, event)

    def go_to_end(self) -> None:
        self._to_bottom = True  # once the rest has arrived
        self.model.fetch_all()
        if not self.model.loading:
            self._fetched()

    def current_filter(self) -> LeadFilter:
        use_dates = self.use_dates.isChecked()
        return LeadFilter(
            status=self.status.currentData(), category=self.category.currentData(),
            channel=self.channel.currentData(), overdue=self.overdue.isChecked(),
            received_from=self.date_from.date().toPython() if use_dates else None,
            received_to=self.date_to.date().toPython() if use_dates else None,
            query=self.search.text().strip(),
        )

    def apply(self) -> None:
        """Reload with the filters and search box as they are now; the rows come from
        the worker (see _loaded)."""
        lead_filter = self.current_filter()
        self.loaded = True
        self._to_bottom = False
        self._searched = bool(lead_filter.query)
        self.message.setText("")
        self.table.viewport().setCursor(Qt.CursorShape.BusyCursor)
        self.model.load(lead_filter, self._clock())

    def _failed(self, error: BaseException) -> None:
        """Refused or malformed query: said, list kept empty."""
        self.table.viewport().unsetCursor()
        self.message.setText(describe_lead_error(error))

    def _fetched(self) -> None:
        if self._to_bottom and not self.model.loading:
            self._to_bottom = False
            last = self.model.rowCount() - 1
            if last >= 0:  # the oldest lead becomes the current row, as End does
                column = max(self.table.currentIndex().column(), 0)
                self.table.setCurrentIndex(self.model.index(last, column))
            self.table.scrollToBottom()

    def _loaded(self) -> None:
        self.table.viewport().unsetCursor()
        if self._searched:
            self.message.setText(
                self.tr("%n lead(s) found.", "", self.model.rowCount()))
        elif self.model.rowCount() == 0:
            self.message.setText(self.tr("No leads match."))
        else:
            self.message.setText("")

    def refresh(self) -> None:
        if self.loaded:
            self.apply()

    def clear(self) -> None:
        self.search.clear()
        self.apply()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.lead_opened.emit(int(self.model.row_at(index.row()).id))

    def open_row(self, row: int) -> LeadId:
        lead_id = self.model.row_at(row).id
        self.lead_opened.emit(int(lead_id))
        return lead_id
