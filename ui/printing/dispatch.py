"""Where a print goes: a print-system queue gets the PDF bytes themselves (the core's
print use case, desktop.app.prints, through CUPS); a PDF-file printer gets pages
rendered from the PDF (QPdfDocument through a QBuffer, never a file) and painted."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from ui.printing.errors import PrinterRefused

# A page is rendered at the printer's resolution, but at most this: 300 dpi keeps
# barcode modules sharp and an A4 page image near 35 MB (1200 dpi would be 550 MB).
MAX_RENDER_DPI = 300


def queue_name(printer: QPrinter) -> str | None:
    """The print-system queue behind ``printer`` ("" when none is chosen: the core
    says so); None for a PDF-file printer."""
    if printer.outputFormat() is QPrinter.OutputFormat.PdfFormat or printer.outputFileName():
        return None
    return printer.printerName()


def open_pdf(pdf: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A QPdfDocument reading ``pdf`` from memory; the buffer is its child, so the
    document is torn down before the bytes it may still read."""
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def close_pdf(document: QPdfDocument) -> None:
    """Close the document and forget its bytes."""
    document.close()
    for buffer in document.findChildren(QBuffer):
        buffer.close()
        buffer.setData(QByteArray())
    document.deleteLater()


def paint_pages(printer: QPrinter, pdfs: Sequence[bytes]) -> int:
    """Paint every page of every PDF (one per copy) on a PDF-file printer; returns the
    page count. Pages are rasterised: bench/printing.py measures this against sending
    the PDF to a queue, which is why real printers get the PDF itself."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterRefused(printer.printerName() or printer.outputFileName())
    pages = 0
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        dpi = min(printer.resolution(), MAX_RENDER_DPI)
        for pdf in pdfs:
            document = open_pdf(pdf)
            try:
                for index in range(document.pageCount()):
                    if pages:
                        printer.newPage()
                    points = document.pagePointSize(index)
                    image = document.render(
                        index,
                        QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)),
                    )
                    target = QSize(image.width(), image.height()).scaled(
                        area.size(), Qt.AspectRatioMode.KeepAspectRatio
                    )
                    painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
                    pages += 1
            finally:
                close_pdf(document)
    finally:
        painter.end()
    return pages
