"""Printing refusals in the user's words (errors carry data; only ui/ words them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.app import print_spool as spool
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
    # The print system's own messages are English: they go to the audit record, not here.
    PrinterRefused: lambda e: translate(
        "Printing", "The printer could not be opened. Nothing was printed."
    ),
    spool.PrintSystemDown: lambda e: translate(
        "Printing",
        "The print system is not running. Nothing was printed and no copy number was "
        "spent. Ask the administrator to start the print service (CUPS).",
    ),
    spool.NoPrinter: lambda e: _no_printer(str(getattr(e, "printer", ""))),
    spool.PrinterUnavailable: lambda e: _unavailable(e),
    spool.SpoolKeepsJobs: lambda e: _keeps_jobs(getattr(e, "settings", None)),
    spool.SpoolUnreadable: lambda e: translate(
        "Printing",
        "The print system's settings (%1) cannot be read, so it is unknown whether it keeps "
        "a copy of what it prints. Nothing was printed and no copy number was spent. Ask the "
        "administrator to check them.",
    ).replace("%1", str(getattr(e, "config", ""))),
    spool.PrintRefused: lambda e: translate(
        "Printing", "The print system refused the job. Nothing was printed and no copy number "
        "was spent.",
    ),
    spool.JobNotPrinted: lambda e: (
        translate(
            "Printing",
            "The printer did not finish the job%1. It was removed from the print queue; "
            "its copy numbers are spent and recorded as not printed. Check the printer, then "
            "print again.",
        )
        .replace("%1", _in_words(f"{getattr(e, 'state', '')},{getattr(e, 'reasons', '')}"))
    ),
    spool.SpoolNotClean: lambda e: translate(
        "Printing",
        "Printed, but the print system still holds part of the job (%1). Tell the "
        "administrator: the print system must keep no job files.",
    ).replace("%1", ", ".join(getattr(e, "remains", ()))),
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


def spool_warning_text() -> str:
    return translate(
        "Printing",
        "Note: the print system keeps job files or history on disk; set PreserveJobFiles No "
        "and PreserveJobHistory No.",
    )


def _no_printer(printer: str) -> str:
    if not printer:
        return translate(
            "Printing",
            "No printer is set up. Nothing was printed and no copy number was spent. Ask the "
            "administrator to add the printer.",
        )
    return translate(
        "Printing",
        "The printer “%1” is not set up in the print system. Nothing was printed and no copy "
        "number was spent.",
    ).replace("%1", printer)


def _unavailable(error: BaseException) -> str:
    printer = str(getattr(error, "printer", ""))
    reasons = _in_words(str(getattr(error, "reasons", "")))
    if getattr(error, "stopped", False) is True:
        text = translate(
            "Printing",
            "The printer “%1” is stopped%2. Nothing was printed and no copy number was "
            "spent. Have it resumed, then print again.",
        )
    else:
        text = translate(
            "Printing",
            "The printer “%1” is not accepting jobs%2. Nothing was printed and no copy "
            "number was spent. Have it enabled, then print again.",
        )
    return text.replace("%1", printer).replace("%2", reasons)


def _in_words(codes: str) -> str:
    """CUPS' state and reason codes that a user can act on, in words, in parentheses;
    the others are left to the audit record."""
    words = {
        "paused": translate("Printing", "paused"),
        "media-empty": translate("Printing", "out of paper"),
        "media-needed": translate("Printing", "out of paper"),
        "media-jam": translate("Printing", "paper jam"),
        "toner-empty": translate("Printing", "out of toner"),
        "toner-low": translate("Printing", "toner low"),
        "cover-open": translate("Printing", "cover open"),
        "door-open": translate("Printing", "door open"),
        "offline": translate("Printing", "offline"),
        "canceled": translate("Printing", "cancelled"),
        "aborted": translate("Printing", "aborted"),
    }
    found = []
    for code in codes.replace(" ", ",").split(","):
        base = code.strip().removesuffix("-error").removesuffix("-warning").removesuffix(
            "-report").removeprefix("job-")
        if base in words and words[base] not in found:
            found.append(words[base])
    if not found:
        return ""
    return translate("Printing", " (%1)").replace("%1", translate("Leads", ", ").join(found))


def _keeps_jobs(settings: object) -> str:
    return (
        translate(
            "Printing",
            "The print system keeps a copy of every job on disk (%1: PreserveJobFiles %2, "
            "PreserveJobHistory %3). This document names an informant or holds a secret and is "
            "printed only when nothing of it is kept: have the administrator set "
            "“PreserveJobFiles No” and “PreserveJobHistory No” there and restart CUPS. Nothing "
            "was printed and no copy number was spent.",
        )
        .replace("%1", str(getattr(settings, "config", "cupsd.conf")))
        .replace("%2", str(getattr(settings, "preserve_job_files", "")))
        .replace("%3", str(getattr(settings, "preserve_job_history", "")))
    )
