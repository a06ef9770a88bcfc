"""Printing's own refusal, apart from dispatch so its words load without QtPdf."""

from __future__ import annotations


class PrinterRefused(OSError):
    """The printer (or the PDF file behind a PdfFormat printer) could not be opened."""
