"""The bag documents as print jobs: each copy comes from BagService (which takes a
new copy number and audits it), rendered by printing/ through the session."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop.app_services import AuditValue, UnlockedSession
from desktop.domain.confidential_number import ConfidentialNumber
from ui.printing.job import IssuedCopy, PrintJob

translate = QCoreApplication.translate
LABELS_PER_SHEET = 8


Record = Callable[[str, dict[str, str | int]], None]


def _recorder(session: UnlockedSession, subject: str) -> Record:
    def record(action: str, details: dict[str, str | int]) -> None:
        values: dict[str, AuditValue] = dict(details)
        session.record(action, subject, values)

    return record


def cover_sheet_job(session: UnlockedSession, number: ConfidentialNumber) -> PrintJob:
    def issue() -> IssuedCopy:
        sheet, pdf = session.bags().print_cover_sheet(number, session.bag_renderers().cover_sheet)
        return IssuedCopy(str(sheet.copy_number), pdf)

    subject = f"bag:{number}"
    return PrintJob(
        title=translate("Bags", "Cover sheet of bag %1").replace("%1", str(number)),
        document="cover-sheet",
        subject=subject,
        holds_identity=False,  # the cover sheet has no field that could name anyone
        issue=issue,
        record=_recorder(session, subject),
    )


def bag_labels_job(session: UnlockedSession, number: ConfidentialNumber) -> PrintJob:
    def issue() -> IssuedCopy:
        sheet, pdf = session.bags().print_bag_labels(
            number, session.bag_renderers().bag_labels, count=LABELS_PER_SHEET
        )
        copies = [str(label.copy_number) for label in sheet.labels]
        return IssuedCopy(f"{copies[0]}–{copies[-1]}", pdf)

    subject = f"bag:{number}"
    return PrintJob(
        title=translate("Bags", "Bag labels of bag %1").replace("%1", str(number)),
        document="bag-label",
        subject=subject,
        holds_identity=False,
        issue=issue,
        record=_recorder(session, subject),
    )


def seal_labels_job(session: UnlockedSession, number: ConfidentialNumber) -> PrintJob:
    def issue() -> IssuedCopy:
        bags = session.bags()
        _sheet, pdf = bags.print_seal_labels(number, session.bag_renderers().seal_labels)
        # SealLabels carries no copy number: the newest seal-labels copy is this one.
        newest = [c for c in bags.copies(number) if c.document == "seal-labels"][-1]
        return IssuedCopy(str(newest.copy_number), pdf)

    subject = f"bag:{number}"
    return PrintJob(
        title=translate("Bags", "Seal labels of bag %1").replace("%1", str(number)),
        document="seal-labels",
        subject=subject,
        holds_identity=False,
        issue=issue,
        record=_recorder(session, subject),
    )


def register_job(session: UnlockedSession) -> PrintJob:
    def issue() -> IssuedCopy:
        sheet, pdf = session.bags().print_register(session.bag_renderers().register)
        return IssuedCopy(str(sheet.copy_number), pdf)

    return PrintJob(
        title=translate("Bags", "Bag register"),
        document="bag-register",
        subject="bags",
        holds_identity=False,
        issue=issue,
        record=_recorder(session, "bags"),
    )
