"""Preview a PDF held in memory (QtPdf) and print it (the bytes to the print
system's queue); nothing on disk."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from ui.printing.dispatch import queue_name
from ui.printing.errors import PrintToFileRefused


class PdfPreview(QPdfView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.document_ = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.setDocument(self.document_)
        self.setPageMode(QPdfView.PageMode.SinglePage)
        self.setZoomMode(QPdfView.ZoomMode.FitInView)

    def load_bytes(self, pdf: bytes | QByteArray) -> None:
        self.document_.close()
        # The buffer is the document's child: the document (which may still read it
        # on its render thread) is torn down before the buffer is.
        buffer = QBuffer(self.document_)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer  # the document reads from it lazily: keep it alive
        self.document_.load(buffer)

    def release(self) -> None:
        """Close the document and forget the bytes (the recovery sheet holds a secret)."""
        self.document_.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None

    @property
    def page_count(self) -> int:
        return self.document_.pageCount()

    def print_with_dialog(self) -> str | None:
        """The printer's name once printed; None when the user cancelled. A PDF shown
        here (a recovery sheet, an attachment) goes to paper only: "print to file"
        is not offered, and a PDF printer is refused (PrintToFileRefused)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
        self.print_to(printer)
        return printer.printerName()

    def print_to(self, printer: QPrinter) -> None:
        """The PDF itself goes to the print system's queue, only if its spool keeps
        nothing (a recovery sheet holds a secret, an attachment may name an informant);
        the spool is confirmed empty of the job afterwards."""
        queue = queue_name(printer)
        if queue is None or self._buffer is None:
            raise PrintToFileRefused(printer.outputFileName())
        from desktop.app.cups_queue import CupsQueue
        from desktop.app.print_spool import check_before_printing, send_and_confirm

        spool = CupsQueue()
        check_before_printing(spool, queue, sensitive=True)
        send_and_confirm(spool, queue, "LeadVault", [bytes(self._buffer.data().data())])
