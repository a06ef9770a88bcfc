"""Restoring a backup from the set-up wizard's first page (DESIGN.md §10): the backup's
folder is chosen, what it is shown in words (which vault, made when, how big, up to
which audit record), and once confirmed it is checked against its manifest and put
into the empty data folder with a progress bar in bytes. Everything runs on the card
worker through desktop.app.restoring; a refusal is said in words and leaves the data
folder as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app.restoring import BackupFacts, Restored, RestorePort
from ui.audit_details import local_time
from ui.backup_panel import size_words
from ui.backup_words import describe_restore_error
from ui.stage_progress import StageProgress
from ui.workers import Worker


def _choose(parent: QWidget, title: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title)


class RestoreView(QWidget):
    restored = Signal(object)  # desktop.app.restoring.Restored
    cancelled = Signal()

    def __init__(self, restoring: RestorePort, worker: Worker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreView")
        self._restoring = restoring
        self._worker = worker
        self.choose_folder: Callable[[QWidget, str], str] = _choose  # tests stand one in
        self.facts: BackupFacts | None = None
        self._busy = False
        self._progress = StageProgress(self._worker, self._show_progress)
        outer = QVBoxLayout(self)
        heading = QLabel(self.tr("Setting up this workstation"))
        heading.setStyleSheet("font-size: 14px; color: #555;")
        outer.addWidget(heading)
        title = QLabel(self.tr("Restore from a backup"))
        title.setStyleSheet("font-size: 20px; font-weight: bold;")
        outer.addWidget(title)
        note = QLabel(self.tr(
            "Insert the removable medium and choose the backup's own folder on it. The "
            "backup is checked against its manifest and put into the data folder %1, "
            "which must be empty. On a new computer the recovery code is asked for next.")
            .replace("%1", str(restoring.data_dir)))
        note.setWordWrap(True)
        note.setStyleSheet("color: #444;")
        outer.addWidget(note)
        self.choose_button = QPushButton(self.tr("Choose the backup's folder…"))
        self.choose_button.setObjectName("restoreChoose")
        self.choose_button.clicked.connect(self.choose)
        outer.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.facts_box = QGroupBox(self.tr("This backup"))
        self.facts_box.setObjectName("restoreFacts")
        form = QFormLayout(self.facts_box)
        self.folder_value = QLabel()
        self.vault_value = QLabel()
        self.made_value = QLabel()
        self.size_value = QLabel()
        self.head_value = QLabel()
        for value in (self.folder_value, self.vault_value, self.made_value,
                      self.size_value, self.head_value):
            value.setWordWrap(True)
            # The folder's name is chosen by whoever prepared the medium: shown as the
            # text it is, never as rich text that could restyle or hide these facts.
            value.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Folder"), self.folder_value)
        form.addRow(self.tr("Vault"), self.vault_value)
        form.addRow(self.tr("Made"), self.made_value)
        form.addRow(self.tr("Size"), self.size_value)
        form.addRow(self.tr("Audit log up to"), self.head_value)
        self.facts_box.setVisible(False)
        outer.addWidget(self.facts_box)
        self.question = QLabel()
        self.question.setObjectName("restoreQuestion")
        self.question.setWordWrap(True)
        outer.addWidget(self.question)

        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("restoreProgress")
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        row.addWidget(self.progress, 1)
        self.amount = QLabel()
        self.amount.setObjectName("restoreSize")
        row.addWidget(self.amount)
        outer.addLayout(row)
        self.problems = QLabel()
        self.problems.setObjectName("restoreProblems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)  # it may name a folder
        self.problems.setStyleSheet("color: #b71c1c;")
        outer.addWidget(self.problems)
        outer.addStretch(1)

        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Back to setting up"))
        self.cancel_button.setObjectName("restoreCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.restore_button = QPushButton(self.tr("Restore this backup"))
        self.restore_button.setObjectName("restoreConfirm")
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        outer.addLayout(buttons)
        self._enable()

    # -- acts

    def choose(self) -> None:
        if self._busy:
            return
        folder = self.choose_folder(self, self.tr("Choose the backup's folder"))
        if not folder:
            return
        self._show_facts(None)
        self._set_busy(True)
        restoring = self._restoring
        self._worker.submit(lambda: restoring.inspect(Path(folder)), self._inspected,
                            self._refused, owner=self)

    def restore(self) -> None:
        if self._busy or self.facts is None:
            return
        folder, restoring, report = self.facts.folder, self._restoring, self._progress.reporter()
        self._set_busy(True)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.amount.clear()
        self._worker.submit(lambda: restoring.restore(folder, report), self._restored,
                            self._refused, owner=self)

    def cancel(self) -> None:
        if not self._busy:
            self.cancelled.emit()

    # -- answers

    def _inspected(self, facts: BackupFacts) -> None:
        self._set_busy(False)
        self._show_facts(facts)

    def _restored(self, result: Restored) -> None:
        self._set_busy(False)
        self.progress.setVisible(False)
        self.restored.emit(result)

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        self.progress.setVisible(False)
        self.amount.clear()
        self.problems.setText(describe_restore_error(error))

    # -- drawing

    def _show_facts(self, facts: BackupFacts | None) -> None:
        self.facts = facts
        self.problems.clear()
        self.facts_box.setVisible(facts is not None)
        if facts is None:
            self.question.clear()
        else:
            self.folder_value.setText(str(facts.folder))
            self.vault_value.setText(facts.vault_id)
            self.made_value.setText(local_time(facts.made_at))
            self.size_value.setText(size_words(facts.size))
            self.head_value.setText(facts.audit_head)
            self.question.setText(self.tr(
                "Check that this is the backup you mean (the medium's label, the date), "
                "then restore it. Anything recorded after it was made is not in it."))
        self._enable()

    def _show_progress(self, stage: str, fraction: float, total: int) -> None:
        self.progress.setValue(int(fraction * 1000))
        words = (self.tr("Checking the backup: %1 of %2") if stage == "check"
                 else self.tr("Restoring: %1 of %2"))
        self.amount.setText(words.replace("%1", size_words(int(fraction * total)))
                           .replace("%2", size_words(total)))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self.problems.clear()
        self._enable()

    def _enable(self) -> None:
        self.choose_button.setEnabled(not self._busy)
        self.cancel_button.setEnabled(not self._busy)
        self.restore_button.setEnabled(not self._busy and self.facts is not None)
