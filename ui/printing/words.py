"""Printing refusals in the user's words (errors carry data; only ui/ words them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.app.prints import ExportRefused
from ui.messages import describe_error

translate = QCoreApplication.translate


def describe_print_error(error: BaseException) -> str:
    if isinstance(error, ExportRefused):
        return export_refused_text()
    kind = type(error).__name__
    if kind == "PrinterRefused":
        return translate(
            "Printing", "The printer could not be opened (%1). Nothing was printed."
        ).replace("%1", str(error))
    if kind == "UnprintableCharacters":
        chars = " ".join(getattr(error, "characters", ()))
        return (
            translate(
                "Printing",
                "The field “%1” holds characters the print font cannot draw (%2). Rephrase it, "
                "or leave a gap and write the character by hand. No copy number was spent.",
            )
            .replace("%1", str(getattr(error, "field", "")))
            .replace("%2", chars)
        )
    if kind == "BagNotSealed":
        return translate("Printing", "Only a sealed bag gets a cover sheet or seal labels.")
    if kind == "BadField":
        return (
            translate("Printing", "The value of “%1” cannot be printed: %2.")
            .replace("%1", str(getattr(error, "field", "")))
            .replace("%2", str(getattr(error, "rule", "")))
        )
    return describe_error(error)


def export_refused_text() -> str:
    return translate(
        "Printing",
        "This document names an informant. Exporting it to a file needs the chief "
        "procurator's approval (需要检察长批准); print it instead.",
    )
