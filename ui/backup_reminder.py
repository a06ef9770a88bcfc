"""The clerk's home screen line about backups: the last backup's date, and a reminder
once it is older than the chief procurator's interval (DESIGN.md §10)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from desktop.app.ports import BackupsPort
from ui.backup_panel import status_words
from ui.workers import Worker

if TYPE_CHECKING:
    from desktop.backup.service import BackupStatus


class BackupReminder(QLabel):
    def __init__(self, backups: Callable[[], BackupsPort], worker: Worker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupReminder")
        self.setWordWrap(True)
        self._backups = backups
        self._worker = worker
        self.overdue = False
        self.refresh()

    def refresh(self) -> None:
        backups = self._backups
        self._worker.submit(lambda: backups().status(), self._show, lambda _error: None,
                            owner=self)

    def _show(self, status: BackupStatus) -> None:
        self.overdue = status.overdue
        self.setText(status_words(status))
        self.setStyleSheet(
            "background: #fff3cd; color: #7a4b00; font-weight: bold; padding: 4px;"
            if status.overdue else "color: #555; padding: 4px;")
