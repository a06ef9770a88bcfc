"""The keyholders' line about the work calendar: a year whose holidays and exchanged
workdays nobody has (the kept library does not know it, the chief has not set it)
counts its working-day deadlines on weekends only. The machine is never updated
online, so the chief types the State Council's days in Settings; until then this
line says so, on every keyholder's screen (DESIGN.md §4, issue 12 item 7)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from desktop.app.ports import SettingsPort
from ui.i18n import sentences
from ui.leads.history_words import list_words
from ui.workers import Worker


class CalendarReminder(QLabel):
    def __init__(self, settings: Callable[[], SettingsPort], worker: Worker, chief: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarReminder")
        self.setWordWrap(True)
        self.setStyleSheet("background: #fff3cd; color: #7a4b00; padding: 4px;")
        self.setVisible(False)
        self._settings = settings
        self._worker = worker
        self._chief = chief
        self.years: tuple[int, ...] = ()
        self.refresh()

    def refresh(self) -> None:
        settings = self._settings
        self._worker.submit(lambda: settings().work_years_to_set(), self._show,
                            lambda _error: None, owner=self)

    def _show(self, years: tuple[int, ...]) -> None:
        self.years = years
        self.setVisible(bool(years))
        if not years:
            self.setText("")
            return
        text = self.tr(
            "The public holidays and exchanged workdays of %1 are not set: working-day "
            "deadlines in that year count weekends only.").replace(
                "%1", list_words([str(y) for y in years]))
        then = (self.tr("Set them in Settings, from the State Council's notice.")
                if self._chief else
                self.tr("Ask the chief procurator to set them in Settings."))
        self.setText(sentences(text, then))
