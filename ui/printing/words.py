"""Printing refusals in the user's words (errors carry data; only ui/ words them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.app.prints import ExportRefused
from desktop.domain import printables
from ui.messages import ErrorWords, describe_error, words_for
from ui.printing.errors import PrinterRefused, PrintToFileRefused

translate = QCoreApplication.translate

PRINT_ERROR_WORDS: ErrorWords = {
    PrintToFileRefused: lambda e: translate(
        "Printing", "Choose a printer: this document is printed on paper only, never to a file."
    ),
    ExportRefused: lambda e: export_refused_text(),
    PrinterRefused: lambda e: translate(
        "Printing", "The printer could not be opened (%1). Nothing was printed."
    ).replace("%1", str(e)),
    printables.UnprintableCharacters: lambda e: (
        translate(
            "Printing",
            "The field “%1” holds characters the print font cannot draw (%2). Rephrase it, "
            "or leave a gap and write the character by hand. No copy number was spent.",
        )
        .replace("%1", str(getattr(e, "field", "")))
        .replace("%2", " ".join(getattr(e, "characters", ())))
    ),
    printables.BagNotSealed: lambda e: translate(
        "Printing", "Only a sealed bag gets a cover sheet or seal labels."
    ),
    printables.BadField: lambda e: (
        translate("Printing", "The value of “%1” cannot be printed: %2.")
        .replace("%1", str(getattr(e, "field", "")))
        .replace("%2", str(getattr(e, "rule", "")))
    ),
    printables.RevealingReturnAddress: lambda e: translate(
        "Printing", "The return address must not name the procuratorate (“%1”)."
    ).replace("%1", str(getattr(e, "word", ""))),
    printables.PrintableError: lambda e: translate(
        "Printing", "This cannot be printed. Nothing was printed."
    ),
}


def describe_print_error(error: BaseException) -> str:
    words = words_for(error, PRINT_ERROR_WORDS)
    return words if words is not None else describe_error(error)


def export_refused_text() -> str:
    return translate(
        "Printing",
        "This document names an informant. Exporting it to a file needs the chief "
        "procurator's approval; print it instead.",
    )
