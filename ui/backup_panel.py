"""Backups in Settings (DESIGN.md §10): back the vault up to removable media chosen
in a folder dialog, with a progress bar that shows the size; check a backup; the
last backup's date; the chief procurator sets the reminder interval. Every call runs
on the session's worker; the core audits each one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.app.ports import BackupsPort
from ui.backup_words import describe_backup_error
from ui.stage_progress import StageProgress
from ui.workers import Worker

if TYPE_CHECKING:
    from desktop.backup.manifest import Manifest
    from desktop.backup.service import BackupResult, BackupStatus


def size_words(size: int) -> str:
    if size >= 1024**3:
        return f"{size / 1024**3:.2f} GB"
    return f"{size / 1024**2:.1f} MB"


def _choose(parent: QWidget, title: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title)


class BackupPanel(QGroupBox):
    backed_up = Signal()

    def __init__(self, backups: Callable[[], BackupsPort], worker: Worker,
                 may_set_interval: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backup"), parent)
        self.setObjectName("backupPanel")
        self._backups = backups
        self._worker = worker
        self.choose_folder: Callable[[QWidget, str], str] = _choose  # tests stand one in
        self._progress = StageProgress(self._worker, self._show_progress)
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.create_button = QPushButton(self.tr("Back up to removable media…"))
        self.create_button.setObjectName("backupCreate")
        self.create_button.clicked.connect(self.create)
        self.verify_button = QPushButton(self.tr("Check a backup…"))
        self.verify_button.setObjectName("backupVerify")
        self.verify_button.clicked.connect(self.verify)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)
        self.interval: QSpinBox | None = None
        if may_set_interval:  # on the same row: the settings page must stay compact
            buttons.addWidget(QLabel(self.tr("Remind the clerk after")))
            self.interval = QSpinBox()
            self.interval.setObjectName("backupInterval")
            self.interval.setRange(1, 90)
            self.interval.setSuffix(self.tr(" days"))
            buttons.addWidget(self.interval)
            apply = QPushButton(self.tr("Apply"))
            apply.setObjectName("backupIntervalApply")
            apply.clicked.connect(self.set_interval)
            buttons.addWidget(apply)
        layout.addLayout(buttons)
        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("backupProgress")
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        row.addWidget(self.progress, 1)
        self.size = QLabel()
        self.size.setObjectName("backupSize")
        self.size.setVisible(False)
        row.addWidget(self.size)
        layout.addLayout(row)
        self.result = QLabel()
        self.result.setObjectName("backupResult")
        self.result.setWordWrap(True)
        self.result.setVisible(False)
        layout.addWidget(self.result)
        self.load()

    # -- reading

    def load(self) -> None:
        backups = self._backups
        self._run(lambda: backups().status(), self._show_status)

    def _show_status(self, status: BackupStatus) -> None:
        self.status.setText(status_words(status))
        self.status.setStyleSheet("color: #b71c1c; font-weight: bold;" if status.overdue
                                  else "")
        if self.interval is not None:
            self.interval.setValue(status.interval_days)

    # -- acts

    def create(self) -> None:
        folder = self.choose_folder(self, self.tr("Choose the removable medium"))
        if not folder:
            return
        self._start(self.tr("Backing up…"))
        backups, report = self._backups, self._progress.reporter()
        self._run(lambda: backups().create(Path(folder), report), self._created)

    def verify(self) -> None:
        folder = self.choose_folder(self, self.tr("Choose the backup's folder"))
        if not folder:
            return
        self._start(self.tr("Checking…"))
        backups, report = self._backups, self._progress.reporter()
        self._run(lambda: backups().verify(Path(folder), report), self._verified)

    def set_interval(self) -> None:
        assert self.interval is not None
        days, backups = self.interval.value(), self._backups
        self._run(lambda: backups().set_reminder_days(days), lambda _none: self.load())

    # -- progress and answers

    def _show_progress(self, stage: str, fraction: float, total: int) -> None:
        self.progress.setValue(int(fraction * 1000))
        words = (self.tr("Checking the copy: %1 of %2") if stage == "check"
                 else self.tr("Copying: %1 of %2"))
        self.size.setText(words.replace("%1", size_words(int(fraction * total)))
                           .replace("%2", size_words(total)))

    def _start(self, words: str) -> None:
        self.create_button.setEnabled(False)
        self.verify_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.result.setStyleSheet("")
        self.result.setText(words)
        self.result.setVisible(True)
        self.size.setText("")
        self.size.setVisible(True)

    def _finish(self) -> None:
        self.create_button.setEnabled(True)
        self.verify_button.setEnabled(True)
        self.progress.setVisible(False)

    def _created(self, done: BackupResult) -> None:
        self._finish()
        self.result.setText(self.tr("Backup written and checked: %1 (%2).")
                            .replace("%1", done.folder.name)
                            .replace("%2", size_words(done.manifest.size)))
        self.load()
        self.backed_up.emit()

    def _verified(self, manifest: Manifest) -> None:
        self._finish()
        from ui.audit_details import local_time

        self.result.setText(self.tr("The backup made %1 is whole and of this vault.")
                            .replace("%1", local_time(manifest.created_at)))

    def _refused(self, error: BaseException) -> None:
        self._finish()
        self.result.setStyleSheet("color: #b71c1c;")
        self.result.setText(describe_backup_error(error))
        self.result.setVisible(True)
        self.load()

    def _run(self, call: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._worker.submit(call, done, self._refused, owner=self)


def status_words(status: BackupStatus) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    if status.last_at is None:
        last = translate("BackupPanel", "No backup has been made yet.")
    else:
        last = translate("BackupPanel", "Last backup: %1.").replace(
            "%1", status.last_at.astimezone().strftime("%Y-%m-%d %H:%M"))
    if status.overdue:
        from ui.i18n import sentences

        return sentences(last, translate(
            "BackupPanel", "A backup is due (every %1 days): back up to removable media now."
        ).replace("%1", str(status.interval_days)))
    return last
