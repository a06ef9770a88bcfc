"""A keyholder's requests to the chief procurator ("My requests"): file one — what,
on which leads, which parts, why, for how long, for which department — and follow
what became of it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.app.approvals import RequestFacts
from desktop.app.ports import UnlockedSession
from ui.approvals.table import RequestsTable
from ui.approvals.words import LEAD_KINDS, SCOPES, kind_words, scope_words
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
        form = QFormLayout()
        self.kind = QComboBox()
        for kind in LEAD_KINDS:
            self.kind.addItem(kind_words(kind), kind)
        self.leads = QLineEdit()
        self.leads.setPlaceholderText(self.tr("Lead numbers, e.g. 2026-00012, 2026-00015"))
        scopes = QHBoxLayout()
        self.scope = {s: QCheckBox(scope_words(s)) for s in SCOPES}
        for box in self.scope.values():
            scopes.addWidget(box)
        self.scope["case-card"].setChecked(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.hours = QSpinBox()
        self.hours.setRange(1, 24 * 90)
        self.hours.setValue(24)
        self.on_behalf = QLineEdit()
        self.on_behalf.setPlaceholderText(self.tr("Department (when filed on its behalf)"))
        form.addRow(self.tr("Request:"), self.kind)
        form.addRow(self.tr("Leads:"), self.leads)
        form.addRow(self.tr("Parts:"), scopes)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("For (hours):"), self.hours)
        form.addRow(self.tr("On behalf of:"), self.on_behalf)
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
        leads = [n.strip() for n in self.leads.text().replace("，", ",").split(",") if n.strip()]
        scope = [s for s, box in self.scope.items() if box.isChecked()]
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
