"""The frame of the lead view's small dialogs (correct, void, route, reply, protect):
a form, a line for a refusal, OK/Cancel. The change runs on the session's worker with
the buttons off; a refusal is shown in the line and the dialog stays open with
nothing changed; success emits ``succeeded`` with the service's result and closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.leads.labels import problem_sentence
from ui.workers import Worker


class WorkerDialog(QDialog):
    # The service's result. Not "done": that would shadow QDialog.done().
    succeeded = Signal(object)

    def __init__(self, worker: Worker, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        """The refusal's line and the buttons, below the form and anything added after
        it."""
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def submit(self) -> None:
        raise NotImplementedError

    def run(self, call: Callable[[], object]) -> None:
        self.error.setText("")
        self.buttons.setEnabled(False)
        self._worker.submit(call, self._saved, self._refused, owner=self)

    def _saved(self, result: object) -> None:
        self.buttons.setEnabled(True)
        self.succeeded.emit(result)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(problem_sentence(error))
