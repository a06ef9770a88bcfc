"""What the print dialog needs to know about a document, whatever it is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class IssuedCopy:
    """One copy the service issued (and audited) with its six-digit copy number."""

    copy_number: str
    pdf: bytes


@dataclass(frozen=True)
class PrintJob:
    """``issue`` blocks (database + render): it runs off the GUI thread and is
    called once per copy, so every copy carries its own copy number.
    ``holds_identity``: the document names an informant; exporting it to a
    file needs the chief procurator's approval."""

    title: str
    document: str  # e.g. "cover-sheet": the audit's document kind
    subject: str  # e.g. "bag:990001-2026-000001-7"
    holds_identity: bool
    issue: Callable[[], IssuedCopy]
    # Audit what happened to issued copies (printed, exported, discarded unused).
    record: Callable[[str, dict[str, str | int]], None]
