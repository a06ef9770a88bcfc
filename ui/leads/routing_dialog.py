"""Deciding a lead's disposition. The service refuses a target that is one of the
lead's reported units (Art 59(4)); the dialog stays open and says why."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.app.ports import LeadsPort
from desktop.domain.leads import CaseCard, Disposition
from ui.leads.labels import describe_lead_error, disposition_label
from ui.workers import Worker


class RoutingDialog(QDialog):
    routed = Signal()

    def __init__(self, leads: LeadsPort, card: CaseCard, worker: Worker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routingDialog")
        self.setWindowTitle(self.tr("Disposition of lead %1").replace("%1", str(card.number)))
        self.setMinimumWidth(480)
        self._leads = leads
        self._card = card
        self._worker = worker
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.disposition = QComboBox()
        for disposition in Disposition:
            self.disposition.addItem(disposition_label(disposition), disposition)
        self.target = QLineEdit()
        self.target.setObjectName("routingTarget")
        self.target.setPlaceholderText(self.tr("Department or authority"))
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(90)
        form.addRow(self.tr("Disposition"), self.disposition)
        form.addRow(self.tr("To"), self.target)
        form.addRow(self.tr("Reason"), self.reason)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("routingError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        disposition: Disposition = self.disposition.currentData()
        target, reason = self.target.text(), self.reason.toPlainText()
        leads, card = self._leads, self._card
        self.error.setText("")
        self.buttons.setEnabled(False)
        self._worker.submit(
            lambda: leads.route(card.id, disposition, target, reason, card.version),
            self._done, self._refused, owner=self)

    def _done(self, _card: object) -> None:
        self.buttons.setEnabled(True)
        self.routed.emit()
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(describe_lead_error(error))
