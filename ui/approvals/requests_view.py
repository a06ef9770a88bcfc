"""A keyholder's requests to the chief procurator ("My requests"): file one — what,
on which leads, which parts, why, for how long, for which department — and follow
what became of it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app.approvals import RequestFacts
from desktop.app.ports import UnlockedSession
from ui.approvals.request_form import RequestForm
from ui.approvals.table import RequestsTable
from ui.approvals.words import LEAD_KINDS
from ui.messages import describe_error
from ui.workers import Worker


class RequestsView(QWidget):
    def __init__(self, session: UnlockedSession, worker: Worker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestsView")
        self._session = session
        self._worker = worker
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("My requests to the chief procurator"))
        heading.setStyleSheet("font-size: 20px; font-weight: bold;")
        layout.addWidget(heading)
        form = RequestForm(LEAD_KINDS)
        self.kind, self.leads, self.scope = form.kind, form.leads, form.scope
        self.reason, self.hours = form.reason, form.hours
        self.on_behalf = QLineEdit()
        self.on_behalf.setPlaceholderText(self.tr("Department (when filed on its behalf)"))
        form.addRow(self.tr("On behalf of:"), self.on_behalf)
        self.form = form
        layout.addLayout(form)
        row = QHBoxLayout()
        self.file_button = QPushButton(self.tr("File the request"))
        self.file_button.setObjectName("fileRequest")
        self.status = QLabel()
        self.status.setObjectName("requestStatus")
        self.status.setWordWrap(True)
        row.addWidget(self.file_button)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        self.table = RequestsTable()
        layout.addWidget(self.table, 1)
        self.file_button.clicked.connect(self.file)
        self.refresh()

    def _run(self, work: Callable[[], Any], on_ok: Callable[[Any], None]) -> None:
        def failed(error: BaseException) -> None:
            self.file_button.setEnabled(True)
            self.status.setText(describe_error(error))

        self._worker.submit(work, on_ok, failed, owner=self)

    def refresh(self) -> None:
        self._run(lambda: self._session.approvals().listed("all"), self.table.show_facts)

    def file(self) -> None:
        kind = str(self.kind.currentData())
        leads, scope = self.form.lead_numbers(), self.form.scopes()
        reason, hours, on_behalf = self.reason.text(), self.hours.value(), self.on_behalf.text()
        self.file_button.setEnabled(False)

        def filed(facts: RequestFacts) -> None:
            self.file_button.setEnabled(True)
            self.status.setText(
                self.tr("Request %1 filed; it waits for the chief procurator.").replace(
                    "%1", str(facts.id))
            )
            self.reason.clear()
            self.refresh()

        self._run(lambda: self._session.approvals().file(kind, leads, scope, reason, hours,
                                                         on_behalf), filed)
