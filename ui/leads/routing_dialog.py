"""Deciding a lead's disposition. The service refuses a target that is one of the
lead's reported units (Art 59(4)); the dialog stays open and says why."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from desktop.app.ports import LeadsPort
from desktop.domain.leads import CaseCard, Disposition
from ui.leads.labels import disposition_label
from ui.leads.worker_dialog import WorkerDialog
from ui.workers import Worker


class RoutingDialog(WorkerDialog):
    def __init__(self, leads: LeadsPort, card: CaseCard, worker: Worker,
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.setObjectName("routingDialog")
        self.setWindowTitle(self.tr("Disposition of lead %1").replace("%1", str(card.number)))
        self.setMinimumWidth(480)
        self._leads = leads
        self._card = card
        form = self.form
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
        self.finish_layout()

    def submit(self) -> None:
        disposition: Disposition = self.disposition.currentData()
        target, reason = self.target.text(), self.reason.toPlainText()
        leads, card = self._leads, self._card
        self.run(lambda: leads.route(card.id, disposition, target, reason, card.version))
