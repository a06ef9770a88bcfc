"""Preview a document, print it (each copy its own copy number) or export it.

The dialog asks the service for the first copy at once and shows it: that copy
is what the first sheet out of the printer will be. Printing N copies first has
the core check the printer and its spool (a refusal spends no copy number), then
asks for N − 1 more, each rendered with its own copy number, and sends each PDF
to the queue from memory. Copies issued and never used (the dialog closed
without printing) are audited as discarded, so the copy register has no silent gaps."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app.print_spool import NoPrinter
from desktop.app.prints import Document, IssuedCopy
from ui.i18n import sentences
from ui.printing.dispatch import close_pdf, open_pdf, paint_pages, queue_name
from ui.printing.job import PrintJob
from ui.printing.words import describe_print_error, export_refused_text, spool_warning_text
from ui.printing.work import Runner
from ui.workers import Worker

Describe = Callable[[BaseException], str]
PrintOutcome = Callable[[Document, Sequence[str], str], None]

translate = QCoreApplication.translate
MAX_COPIES = 20  # a slip of the spin box must not issue hundreds of copy numbers


class PrintPreviewDialog(QDialog):
    printed = Signal(list)  # the copy numbers sent to the printer
    exported = Signal(str, str)  # path, copy number
    failed = Signal(str)  # the message shown

    def __init__(
        self,
        job: PrintJob,
        worker: Worker,
        parent: QWidget | None = None,
        describe: Describe = describe_print_error,
    ) -> None:
        super().__init__(parent)
        self._describe = describe
        self.setObjectName("printPreviewDialog")
        self.setWindowTitle(job.title)
        self.resize(760, 900)
        self.job = job
        self.runner = Runner(self, worker)  # the session's worker
        self._unused: IssuedCopy | None = None  # the previewed copy, not yet printed
        self.preview_copy: str | None = None
        self._document: QPdfDocument | None = None

        layout = QVBoxLayout(self)
        self.heading = QLabel(job.title)
        self.heading.setObjectName("printTitle")
        self.heading.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.copy_label = QLabel(translate("Printing", "Preparing the preview…"))
        self.copy_label.setObjectName("copyLabel")
        self.view = QPdfView(self)
        self.view.setObjectName("pdfPreview")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel("")
        self.status.setObjectName("printStatus")
        self.status.setWordWrap(True)
        self.print_button = QPushButton(translate("Printing", "Print…"))
        self.print_button.setObjectName("printButton")
        self.export_button = QPushButton(translate("Printing", "Export PDF…"))
        self.export_button.setObjectName("exportButton")
        self.close_button = QPushButton(translate("Printing", "Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout.addWidget(self.heading)
        layout.addWidget(self.copy_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        if job.document.kind.names_informant:  # a hint only: the core refuses the export
            self.export_button.setToolTip(export_refused_text())
        self.print_button.clicked.connect(self.print_with_dialog)
        self.export_button.clicked.connect(self.export_with_dialog)
        self.close_button.clicked.connect(self.reject)
        self._set_busy(True)
        self.runner.run(job.issue, self._previewed, self._failed)

    # -- preview ------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return 0 if self._document is None else self._document.pageCount()

    @property
    def ready(self) -> bool:
        return self._document is not None and not self.runner.busy

    def _previewed(self, copy: IssuedCopy) -> None:
        self._unused = copy
        self.preview_copy = copy.copy_number
        self._document = open_pdf(copy.pdf, self)
        self.view.setDocument(self._document)
        self.copy_label.setText(
            translate(
                "Printing", "Copy No. %1 · %2 page(s). Every further copy gets its own copy number."
            )
            .replace("%1", copy.copy_number)
            .replace("%2", str(self._document.pageCount()))
        )
        self._set_busy(False)

    # -- printing -----------------------------------------------------------------

    def print_with_dialog(self) -> None:
        if not QPrinterInfo.availablePrinterNames():  # Qt would offer only a PDF file
            self._failed(NoPrinter(""))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # every layout is A4
        dialog = QPrintDialog(printer, self)
        # "Print to file" would be an export that bypasses the rules below.
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if printer.outputFormat() is QPrinter.OutputFormat.PdfFormat:
            self._show_error(translate("Printing", "Choose a printer; use Export to make a file."))
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter, copies: int | None = None) -> None:
        """Send ``copies`` (default: the printer's copy count) to ``printer``, each
        with its own copy number. The printer is told to print each page once."""
        count = max(1, min(copies if copies is not None else printer.copyCount(), MAX_COPIES))
        printer.setCopyCount(1)
        first, self._unused = self._unused, None
        self._set_busy(True)
        self.status.setText(translate("Printing", "Printing…"))
        queue = queue_name(printer)
        if queue is None:
            self._paint(printer, first, count)
        else:
            self._send(queue, first, count)

    def _send(self, queue: str, first: IssuedCopy | None, count: int) -> None:
        """A print-system queue gets the PDFs themselves. The printer and its spool are
        checked before any further copy number is issued; a refusal spends none (the
        previewed copy stays the preview's)."""
        job, more = self.job, count - (1 if first is not None else 0)
        sent: list[bool] = []

        def work() -> tuple[list[str], bool]:
            check = job.prints.check_printer(job.document, queue)
            batch = ([first] if first is not None else []) + [job.issue() for _ in range(more)]
            sent.append(True)
            job.prints.send(job.document, batch, queue)
            return [c.copy_number for c in batch], check.warning

        def done(result: tuple[list[str], bool]) -> None:
            numbers, warning = result
            self._printed(numbers)
            if warning:
                self.status.setText(sentences(self.status.text(), spool_warning_text()))

        def failed(error: BaseException) -> None:
            if not sent:  # nothing reached the queue: the preview copy is still unused
                self._unused = first
            self._failed(error)

        self.runner.run(work, done, failed)

    def _paint(self, printer: QPrinter, first: IssuedCopy | None, count: int) -> None:
        """A PDF-file printer (the tests' stand-in for paper) gets the rendered pages."""
        more = count - (1 if first is not None else 0)
        job = self.job

        def issue() -> list[IssuedCopy]:
            return [job.issue() for _ in range(more)]

        def paint(issued: list[IssuedCopy]) -> None:
            batch = ([first] if first is not None else []) + issued
            numbers = [c.copy_number for c in batch]
            try:
                paint_pages(printer, [c.pdf for c in batch])
            except Exception as error:
                self._audit(job.prints.print_failed, numbers, printer)
                self._failed(error)
                return
            self._audit(job.prints.printed, numbers, printer)
            self._printed(numbers)

        self.runner.run(issue, paint, self._failed)

    def _printed(self, numbers: list[str]) -> None:
        self._set_busy(False)
        self._show_ok(
            translate("Printing", "Printed %1 copy(ies): copy No. %2.")
            .replace("%1", str(len(numbers)))
            .replace("%2", "、".join(numbers))
        )
        self.printed.emit(numbers)

    def _audit(self, outcome: PrintOutcome, numbers: list[str], printer: QPrinter) -> None:
        document, name = self.job.document, printer.printerName()
        self.runner.run(lambda: outcome(document, numbers, name), lambda _n: None, self._failed)

    # -- export -------------------------------------------------------------------

    def export_with_dialog(self) -> None:
        document = self.job.document
        if document.kind.names_informant:  # refused by the core: offer no file dialog
            self.export_to(None)
            return
        suggested = f"{document.kind.value}-{document.subject.replace(':', '-')}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("Printing", "Export PDF"), suggested, "PDF (*.pdf)"
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path | None) -> None:
        """Write a new copy to ``path``. The core issues and audits the copy, or
        refuses (and audits the refusal): a document that names an informant, a
        role that may not export. ``path`` None: ask the core only to be refused."""
        prints, document = self.job.prints, self.job.document
        if path is None and not document.kind.names_informant:
            return  # nothing to refuse and nowhere to write
        self._set_busy(True)

        def write() -> str:
            copy = prints.export(document)
            if path is None:  # only a refused export comes without a file name
                raise RuntimeError("an export needs a file")
            path.write_bytes(copy.pdf)
            return copy.copy_number

        def done(copy_number: str) -> None:
            self._set_busy(False)
            self._show_ok(
                translate("Printing", "Exported copy No. %1 to %2.")
                .replace("%1", copy_number)
                .replace("%2", str(path))
            )
            self.exported.emit(str(path), copy_number)

        self.runner.run(write, done, self._failed)

    # -- state --------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.print_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._show_error(self._describe(error))

    def _show_error(self, text: str) -> None:
        self.status.setStyleSheet("color: #b00020; font-weight: bold;")
        self.status.setText(text)
        self.failed.emit(text)

    def _show_ok(self, text: str) -> None:
        self.status.setStyleSheet("color: #1b5e20;")
        self.status.setText(text)

    def done(self, result: int) -> None:
        unused, self._unused = self._unused, None
        if unused is not None:  # issued for the preview, never printed
            prints, document, copy = self.job.prints, self.job.document, unused.copy_number
            self.runner.run(
                lambda: prints.discard(document, copy), lambda _n: None, lambda _e: None
            )
        if self._document is not None:
            close_pdf(self._document)
            self._document = None
        super().done(result)


__all__ = ["PrintPreviewDialog"]
