"""The urgent assistance banner (Art 62): while an urgent request has not been acted
on by the police, every keyholder sees it above every screen. Read on the session's
worker when the workspace opens, every REFRESH_SECONDS and after each change of a
lead."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from desktop.app.ports import LeadsPort
from desktop.domain.leads import AssistanceRequest, LeadNumber
from ui.leads.history_words import list_words
from ui.workers import Worker

REFRESH_SECONDS = 30


class UrgentBanner(QLabel):
    def __init__(self, leads: LeadsPort, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("urgentBanner")
        self.setWordWrap(True)
        self.setStyleSheet("background: #b71c1c; color: white; font-weight: bold;"
                           " padding: 6px;")
        self.setVisible(False)
        self._leads = leads
        self._worker = worker
        self.numbers: list[str] = []
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_SECONDS * 1000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        leads = self._leads
        self._worker.submit(leads.urgent_assistance, self._show, lambda _error: None,
                            owner=self)

    def _show(self, found: list[tuple[LeadNumber, AssistanceRequest]]) -> None:
        self.numbers = sorted({str(number) for number, _request in found})
        self.setText(self.tr(
            "URGENT assistance request not yet acted on by the police (Art 62): lead %1. "
            "Handle it now.").replace("%1", list_words(self.numbers)))
        self.setVisible(bool(self.numbers))
