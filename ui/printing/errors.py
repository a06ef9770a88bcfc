"""Printing's own refusals, apart from dispatch so their words load without QtPdf."""

from __future__ import annotations


class PrintToFileRefused(Exception):
    """A PDF that must stay on paper (recovery sheet, attachment) was sent to a file."""

    def __init__(self, file_name: str) -> None:
        super().__init__(f"printing to a file ({file_name or 'PDF'}) is not allowed")
        self.file_name = file_name


class PrinterRefused(OSError):
    """The printer (or the PDF file behind a PdfFormat printer) could not be opened."""
