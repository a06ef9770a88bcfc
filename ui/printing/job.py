"""What the print dialog needs to know about a document, whatever it is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.app.ports import PrintsPort
from desktop.app.prints import Document, IssuedCopy


@dataclass(frozen=True)
class PrintJob:
    """``issue`` blocks (database + render): it runs off the GUI thread and is
    called once per copy, so every copy carries its own copy number. What
    becomes of the copies (printed, exported, discarded) goes to ``prints``,
    which audits it and decides whether the document may be exported."""

    title: str
    document: Document
    prints: PrintsPort
    issue: Callable[[], IssuedCopy]
