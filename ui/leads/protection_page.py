"""The lead's protection tab: supplements asked for, risk assessments, protection
plans and assistance requests with each step's time; buttons open the dialog for each
(desktop.leads.protection and dispositions decide, audit and keep the deadlines)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app.ports import LeadsPort
from desktop.leads.deadlines import SUPPLEMENT
from desktop.leads.model import LeadView
from ui.leads.history_words import list_words
from ui.leads.labels import describe_lead_error, risk_label, when
from ui.leads.protection_dialogs import (
    AssistanceDialog,
    PlanDialog,
    RiskDialog,
    StepDialog,
    SupplementDialog,
    request_line,
)
from ui.leads.worker_dialog import WorkerDialog
from ui.workers import Worker


class ProtectionPage(QWidget):
    changed = Signal(str)  # what was recorded, in words: the lead is read again

    def __init__(self, leads: LeadsPort, worker: Worker, clock: Callable[[], datetime],
                 may_record: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("protectionPage")
        self._leads = leads
        self._worker = worker
        self._clock = clock
        self.may_record = may_record
        self.view: LeadView | None = None
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        buttons = QGridLayout()
        self.supplement_button = QPushButton(self.tr("Ask for a supplement…"))
        self.supplement_button.setObjectName("askSupplement")
        self.received_button = QPushButton(self.tr("Supplement received"))
        self.received_button.setObjectName("supplementReceived")
        self.risk_button = QPushButton(self.tr("Assess risk…"))
        self.risk_button.setObjectName("assessRisk")
        self.plan_button = QPushButton(self.tr("Protection plan…"))
        self.plan_button.setObjectName("planProtection")
        self.assistance_button = QPushButton(self.tr("Assistance request…"))
        self.assistance_button.setObjectName("requestAssistance")
        self.step_button = QPushButton(self.tr("Record assistance step…"))
        self.step_button.setObjectName("assistanceStep")
        self.supplement_button.clicked.connect(lambda: self._open(SupplementDialog(
            self._leads, self._current(), self._worker, self._clock, self),
            self.tr("The supplement request was recorded.")))
        self.received_button.clicked.connect(self.supplement_received)
        self.risk_button.clicked.connect(lambda: self._open(RiskDialog(
            self._leads, self._current(), self._worker, self),
            self.tr("The risk assessment was recorded.")))
        self.plan_button.clicked.connect(lambda: self._open(PlanDialog(
            self._leads, self._current(), self._worker, self._clock, self),
            self.tr("The protection plan was recorded.")))
        self.assistance_button.clicked.connect(lambda: self._open(AssistanceDialog(
            self._leads, self._current(), self._worker, self._clock, self),
            self.tr("The assistance request was recorded.")))
        self.step_button.clicked.connect(lambda: self._open(StepDialog(
            self._leads, self._current(), self._worker, self._clock, self),
            self.tr("The assistance step was recorded.")))
        self._buttons = (self.supplement_button, self.received_button, self.risk_button,
                         self.plan_button, self.assistance_button, self.step_button)
        for i, button in enumerate(self._buttons):
            buttons.addWidget(button, i // 3, i % 3)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setObjectName("protectionMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.lists: dict[str, QListWidget] = {}
        for key, title in (("supplements", self.tr("Supplements asked for")),
                           ("risks", self.tr("Risk assessments")),
                           ("plans", self.tr("Protection plans")),
                           ("assistance", self.tr("Assistance requests"))):
            layout.addWidget(QLabel(title))
            listing = QListWidget()
            listing.setObjectName(key)
            layout.addWidget(listing, 1)
            self.lists[key] = listing

    def _current(self) -> LeadView:
        assert self.view is not None
        return self.view

    def fill(self, view: LeadView, voided: bool) -> None:
        self.view = view
        real_name = any(r.real_name for r in view.reports)
        for button in self._buttons:
            button.setVisible(self.may_record and not voided)
        for button in (self.risk_button, self.plan_button, self.assistance_button):
            button.setEnabled(real_name)
        self.step_button.setEnabled(bool(view.assistance))
        supplements = [d for d in view.deadlines if d.rule == SUPPLEMENT]
        self.received_button.setEnabled(any(d.met_at is None for d in supplements))
        rows = {
            "supplements": [
                self.tr("Asked %1 · due %2 · %3").replace("%1", when(d.starts_at)).replace(
                    "%2", when(d.due_at)).replace(
                    "%3", self.tr("received") if d.met_at else self.tr("awaited"))
                for d in supplements],
            "risks": [
                self.tr("%1 · %2 · factors: %3").replace("%1", when(r.assessed_at)).replace(
                    "%2", risk_label(r.level)).replace("%3", list_words(list(r.factors)))
                for r in view.risks],
            "plans": [
                self.tr("%1 · responsible: %2 · review on %3 · %4").replace(
                    "%1", when(p.created_at)).replace("%2", p.responsible).replace(
                    "%3", p.review_on.isoformat()).replace("%4", list_words(list(p.measures)))
                for p in view.plans],
            "assistance": [request_line(r) for r in view.assistance],
        }
        for key, listing in self.lists.items():
            listing.clear()
            listing.addItems(rows[key] or [self.tr("None.")])

    def _open(self, dialog: WorkerDialog, words: str) -> None:
        dialog.succeeded.connect(lambda _r: self.changed.emit(words))
        self.dialog = dialog
        dialog.open()

    def supplement_received(self) -> None:
        leads, lead_id = self._leads, self._current().card.id
        self._worker.submit(
            lambda: leads.supplement_received(lead_id),
            lambda _n: self.changed.emit(self.tr("The supplement was recorded as received.")),
            lambda error: self.message.setText(describe_lead_error(error)), owner=self)
