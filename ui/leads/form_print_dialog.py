"""Printing a form from the lead: the clerk picks one of the lead's forms (the rights
notice, visit transcript, items-received list or plain envelope label of a real-name
report, the record of an oral reply, a reply letter, the investigation assignment)
and its classification, fills what the form needs, then previews and prints it
through the controlled printing (its own copy number, audited). The forms naming the
informant are refused as files by the core."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.app.ports import PrintsPort
from desktop.domain.documents import DocumentKind
from desktop.domain.leads import Channel, ReplyForm
from desktop.leads.model import LeadView
from ui.leads.labels import when
from ui.leads.prints_tab import ClassificationChoice, describe_lead_print_error
from ui.printing.job import PrintJob
from ui.printing.preview_dialog import PrintPreviewDialog
from ui.workers import Worker


class FormPrintDialog(QDialog):
    def __init__(self, prints: Callable[[], PrintsPort], view: LeadView, worker: Worker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formPrintDialog")
        self.setWindowTitle(self.tr("Print a form of lead %1").replace(
            "%1", str(view.card.number)))
        self.setMinimumWidth(520)
        self._prints = prints
        self._worker = worker
        self._view = view
        self.preview: PrintPreviewDialog | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.form_choice = QComboBox()
        self.form_choice.setObjectName("formChoice")
        for title, kind, report, index in self._forms():
            self.form_choice.addItem(title, (kind, report, index))
        self.classification = ClassificationChoice()
        worker.submit(lambda: prints().default_classification(), self.classification.set_mark,
                      lambda _error: None, owner=self)
        form.addRow(self.tr("Form"), self.form_choice)
        form.addRow(self.tr("Classification"), self.classification)
        layout.addLayout(form)
        self.details = QStackedWidget()
        self.details.addWidget(QWidget())
        self.details.addWidget(self._envelope_page())
        self.details.addWidget(self._assignment_page())
        layout.addWidget(self.details)
        self.form_choice.currentIndexChanged.connect(self._choice_changed)
        self._choice_changed()
        note = QLabel(self.tr(
            "These forms name the informant: they are printed on paper only, each copy "
            "with its own copy number."))
        note.setWordWrap(True)
        layout.addWidget(note)
        if not self.form_choice.count():
            note.setText(self.tr("This lead has no form to print yet (forms belong to "
                                 "real-name reports and replies)."))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Preview…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.form_choice.count() > 0)
        self.buttons.accepted.connect(self.open_preview)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _forms(self) -> list[tuple[str, DocumentKind, int, int]]:
        found: list[tuple[str, DocumentKind, int, int]] = []
        for report in self._view.reports:
            if not report.real_name:
                continue
            received = when(report.received_at)
            found.append((self.tr("Rights notice (report of %1)").replace("%1", received),
                          DocumentKind.RIGHTS_NOTICE, int(report.id), 0))
            if report.channel in (Channel.VISIT, Channel.ORAL):
                found.append((self.tr("Visit transcript (%1)").replace("%1", received),
                              DocumentKind.VISIT_TRANSCRIPT, int(report.id), 0))
            if report.items_received:
                found.append((self.tr("Items received (%1)").replace("%1", received),
                              DocumentKind.ITEMS_RECEIVED, int(report.id), 0))
            found.append((self.tr("Plain envelope label (%1)").replace("%1", received),
                          DocumentKind.ENVELOPE_LABEL, int(report.id), 0))
        counts = {ReplyForm.ORAL: 0, ReplyForm.LETTER: 0}
        for reply in self._view.replies:
            if reply.form not in counts:
                continue
            index = counts[reply.form]
            counts[reply.form] += 1
            replied = when(reply.replied_at)
            if reply.form is ReplyForm.ORAL:
                found.append((self.tr("Reply record (%1)").replace("%1", replied),
                              DocumentKind.REPLY_RECORD, int(reply.report_id), index))
            else:
                found.append((self.tr("Reply letter (%1)").replace("%1", replied),
                              DocumentKind.REPLY_LETTER, int(reply.report_id), index))
        found.append((self.tr("Investigation assignment"),
                      DocumentKind.INVESTIGATION_ASSIGNMENT, 0, 0))
        return found

    def _envelope_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.recipient_postcode = QLineEdit()
        self.recipient_postcode.setObjectName("recipientPostcode")
        self.return_address = QLineEdit()
        self.return_address.setObjectName("returnAddress")
        self.return_address.setPlaceholderText(self.tr(
            "A post box or a neutral address: never the procuratorate's name"))
        self.return_postcode = QLineEdit()
        self.return_postcode.setObjectName("returnPostcode")
        form.addRow(self.tr("Informant's postcode"), self.recipient_postcode)
        form.addRow(self.tr("Return address"), self.return_address)
        form.addRow(self.tr("Return postcode"), self.return_postcode)
        return page

    def _assignment_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        today = QDate.currentDate()
        self.department = QLineEdit()
        self.department.setObjectName("assignDepartment")
        self.assignee = QLineEdit()
        self.assignee.setObjectName("assignAssignee")
        self.task = QLineEdit(self.tr("Preliminary check"))
        self.task.setObjectName("assignTask")
        self.due_on = QDateEdit(today.addDays(30))
        self.approved_by = QLineEdit()
        self.approved_by.setObjectName("assignApprovedBy")
        self.approved_on = QDateEdit(today)
        for edit in (self.due_on, self.approved_on):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Assigned to"), self.assignee)
        form.addRow(self.tr("Task"), self.task)
        form.addRow(self.tr("Due on"), self.due_on)
        form.addRow(self.tr("Approved by"), self.approved_by)
        form.addRow(self.tr("Approved on"), self.approved_on)
        return page

    def _choice_changed(self) -> None:
        choice = self.form_choice.currentData()
        kind = None if choice is None else choice[0]
        self.details.setCurrentIndex({DocumentKind.ENVELOPE_LABEL: 1,
                                      DocumentKind.INVESTIGATION_ASSIGNMENT: 2}.get(kind, 0))
        self.classification.setVisible(kind is not DocumentKind.ENVELOPE_LABEL)

    def open_preview(self) -> None:
        choice = self.form_choice.currentData()
        if choice is None:
            return
        kind, report, index = choice
        texts: tuple[str, ...] = ()
        days: tuple[date, ...] = ()
        if kind is DocumentKind.ENVELOPE_LABEL:
            texts = (self.recipient_postcode.text(), self.return_address.text(),
                     self.return_postcode.text())
        elif kind is DocumentKind.INVESTIGATION_ASSIGNMENT:
            texts = (self.department.text(), self.assignee.text(), self.task.text(),
                     self.approved_by.text())
            days = (self.due_on.date().toPython(), self.approved_on.date().toPython())
        prints = self._prints()
        document = prints.lead_form(kind, int(self._view.card.id), report, index,
                                    self.classification.mark(), texts, days)
        job = PrintJob(self.form_choice.currentText(), document, prints,
                       lambda: prints.issue(document))
        preview = PrintPreviewDialog(job, self._worker, self.parentWidget(),
                                     describe_lead_print_error)
        self.preview = preview
        self.accept()
        preview.open()
