"""Printing a form from the lead: the clerk picks one of the lead's forms (the rights
notice, visit transcript or items-received list of a real-name report, the record of
an oral reply, a reply letter) and its classification, then previews and prints it
through the controlled printing (its own copy number, audited). These forms name the
informant: the core refuses to export them to a file."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
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
        form.addRow(self.tr("Form"), self.form_choice)
        form.addRow(self.tr("Classification"), self.classification)
        layout.addLayout(form)
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
        return found

    def open_preview(self) -> None:
        choice = self.form_choice.currentData()
        if choice is None:
            return
        kind, report, index = choice
        prints = self._prints()
        document = prints.lead_form(kind, int(self._view.card.id), report, index,
                                    self.classification.mark())
        job = PrintJob(self.form_choice.currentText(), document, prints,
                       lambda: prints.issue(document))
        preview = PrintPreviewDialog(job, self._worker, self.parentWidget(),
                                     describe_lead_print_error)
        self.preview = preview
        self.accept()
        preview.open()
