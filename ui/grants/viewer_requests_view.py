"""A viewer's requests ("My requests" of director, deputy chief and staff): ask to see
a lead (or its informants' identities), signed with his card into his outbox; the
chief sees it after the next keyholder unlock. His earlier requests and their state."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.app.viewer_session import ViewerAppSession
from desktop.grants.viewer import MyRequest
from ui.approvals.request_form import RequestForm
from ui.approvals.words import kind_words, scope_words
from ui.grants.pin_field import PinField
from ui.grants.words import request_state_words
from ui.messages import describe_error
from ui.workers import Worker

VIEWER_KINDS = ("view-lead", "see-identity")


class ViewerRequestsView(QWidget):
    def __init__(self, session: ViewerAppSession, worker: Worker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewerRequestsView")
        self._desk = session.grants()
        self._worker = worker
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("My requests to the chief procurator"))
        heading.setStyleSheet("font-size: 20px; font-weight: bold;")
        layout.addWidget(heading)
        note = QLabel(self.tr(
            "Your card signs each request. The chief procurator sees it after the next "
            "unlock by the clerk or by him; what he grants appears under Granted to me."))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = RequestForm(VIEWER_KINDS)
        self.kind, self.leads, self.scope = form.kind, form.leads, form.scope
        self.reason, self.hours = form.reason, form.hours
        self.pin = PinField()
        form.addRow(self.tr("Card PIN:"), self.pin)
        self.form = form
        layout.addLayout(form)
        row = QHBoxLayout()
        self.file_button = QPushButton(self.tr("Sign and file the request"))
        self.file_button.setObjectName("fileViewerRequest")
        self.status = QLabel()
        self.status.setObjectName("viewerRequestStatus")
        self.status.setWordWrap(True)
        row.addWidget(self.file_button)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("viewerRequestsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Request"), self.tr("Leads"), self.tr("Parts"),
            self.tr("Hours"), self.tr("State")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.file_button.clicked.connect(self.file)
        self.refresh()

    def _run(self, work: Callable[[], Any], on_ok: Callable[[Any], None]) -> None:
        def failed(error: BaseException) -> None:
            self.file_button.setEnabled(True)
            self.status.setText(describe_error(error))

        self._worker.submit(work, on_ok, failed, owner=self)

    def refresh(self) -> None:
        self._run(self._desk.my_requests, self.show_requests)

    def show_requests(self, requests: list[MyRequest]) -> None:
        separator = self.tr(", ")
        self.table.setRowCount(len(requests))
        for row, r in enumerate(requests):
            cells = (str(r.seq), kind_words(r.kind), separator.join(r.leads),
                     separator.join(scope_words(s) for s in r.scope), str(r.hours),
                     request_state_words(r.state))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setToolTip(r.reason)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def file(self) -> None:
        kind = str(self.kind.currentData())
        leads, scope = self.form.lead_numbers(), self.form.scopes()
        reason, hours, pin = self.reason.text(), self.hours.value(), self.pin.take()
        self.file_button.setEnabled(False)

        def filed(mine: MyRequest) -> None:
            self.file_button.setEnabled(True)
            self.status.setText(self.tr(
                "Request %1 signed and filed; the chief procurator sees it after the next "
                "keyholder unlock.").replace("%1", str(mine.seq)))
            self.reason.clear()
            self.refresh()

        self._run(lambda: self._desk.request(kind, leads, scope, reason, hours, pin), filed)
