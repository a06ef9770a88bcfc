"""The bag documents as print jobs: each copy comes from the session's prints
(a new copy number, audited, rendered by printing/ behind the core)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.app.ports import UnlockedSession
from desktop.app.prints import Document
from desktop.domain.confidential_number import ConfidentialNumber
from ui.printing.job import PrintJob

translate = QCoreApplication.translate


def _job(session: UnlockedSession, title: str, document: Document) -> PrintJob:
    prints = session.prints()
    return PrintJob(title, document, prints, lambda: prints.issue(document))


def cover_sheet_job(session: UnlockedSession, number: ConfidentialNumber) -> PrintJob:
    title = translate("Bags", "Cover sheet of bag %1").replace("%1", str(number))
    return _job(session, title, session.prints().cover_sheet(number))


def bag_labels_job(session: UnlockedSession, number: ConfidentialNumber) -> PrintJob:
    title = translate("Bags", "Bag labels of bag %1").replace("%1", str(number))
    return _job(session, title, session.prints().bag_labels(number))


def seal_labels_job(session: UnlockedSession, number: ConfidentialNumber) -> PrintJob:
    title = translate("Bags", "Seal labels of bag %1").replace("%1", str(number))
    return _job(session, title, session.prints().seal_labels(number))


def register_job(session: UnlockedSession) -> PrintJob:
    return _job(session, translate("Bags", "Bag register"), session.prints().bag_register())
