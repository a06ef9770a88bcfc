"""Correcting a case card and voiding a lead. Both ask why; the service keeps the
reason, who and when in the card's history and refuses a card someone else saved
meanwhile (the dialog stays open and says so, nothing changed)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.app.ports import LeadsPort
from desktop.domain.leads import CaseCard, CaseCardEdit, CrimeCategory
from ui.leads.labels import category_label
from ui.leads.persons_table import PersonsTable
from ui.leads.worker_dialog import WorkerDialog
from ui.workers import Worker


class _ReasonDialog(WorkerDialog):
    """A form with a reason; done emits the saved CaseCard."""

    def __init__(self, worker: Worker, parent: QWidget | None) -> None:
        super().__init__(worker, parent)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaximumHeight(80)

    def finish_layout(self) -> None:
        self.form.addRow(self.tr("Reason"), self.reason)
        super().finish_layout()


class CardEditDialog(_ReasonDialog):
    def __init__(self, leads: LeadsPort, card: CaseCard, worker: Worker,
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.setObjectName("cardEditDialog")
        self.setWindowTitle(self.tr("Correct the case card of lead %1").replace(
            "%1", str(card.number)))
        self.setMinimumWidth(720)
        self._leads = leads
        self._card = card
        self.category = QComboBox()
        for category in CrimeCategory:
            self.category.addItem(category_label(category), category)
        self.category.setCurrentIndex(self.category.findData(card.category))
        self.summary = QLineEdit(card.summary)
        self.summary.setObjectName("editSummary")
        self.storage_location = QLineEdit(card.storage_location)
        self.own_staff = QCheckBox(self.tr("About our own staff"))
        self.own_staff.setChecked(card.about_own_staff)
        self.persons = PersonsTable()
        self.persons.set_persons(card.reported_persons)
        self.form.addRow(self.tr("Category"), self.category)
        self.form.addRow(self.tr("Summary"), self.summary)
        self.form.addRow(self.tr("Materials kept at"), self.storage_location)
        self.form.addRow("", self.own_staff)
        self.form.addRow(self.tr("Reported persons"), self.persons)
        note = QLabel(self.tr(
            "The report texts stay exactly as received. This correction is kept in the "
            "lead's history with your name, the time and the reason."))
        note.setWordWrap(True)
        self.form.addRow("", note)
        self.finish_layout()

    def submit(self) -> None:
        card, leads = self._card, self._leads
        edit = CaseCardEdit(
            card.version, self.category.currentData(), self.summary.text(),
            self.persons.persons(), self.storage_location.text(),
            self.own_staff.isChecked(), self.reason.toPlainText())
        self.run(lambda: leads.edit_card(card.id, edit))


class VoidDialog(_ReasonDialog):
    def __init__(self, leads: LeadsPort, card: CaseCard, worker: Worker,
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.setObjectName("voidDialog")
        self.setWindowTitle(self.tr("Void lead %1").replace("%1", str(card.number)))
        self.setMinimumWidth(480)
        self._leads = leads
        self._card = card
        warning = QLabel(self.tr(
            "A void lead stays in the register with its reason; it is never deleted. Its "
            "open deadlines end and nothing more can be recorded on it."))
        warning.setWordWrap(True)
        self.form.addRow(warning)
        self.finish_layout()

    def submit(self) -> None:
        card, leads, reason = self._card, self._leads, self.reason.toPlainText()
        self.run(lambda: leads.void(card.id, reason, card.version))
