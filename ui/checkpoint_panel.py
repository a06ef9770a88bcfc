"""The chief procurator's checkpoints in the audit view (DESIGN.md §7): what his
last checkpoint witnessed, signing one now with his card, and printing its
one-page witness sheet (paper only)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app.audit_facts import CheckpointFacts
from desktop.app.ports import UnlockedSession
from ui.audit_words import action_words
from ui.messages import describe_error
from ui.pdf_preview import PdfPreview
from ui.workers import Worker


class CheckpointPanel(QWidget):
    def __init__(self, session: UnlockedSession, worker: Worker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkpointPanel")
        self._session = session
        self._worker = worker
        self._last: CheckpointFacts | None = None
        self.dialog: WitnessSheetDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("checkpointSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        self.reader = QComboBox()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN of the chief procurator's card"))
        self.sign_button = QPushButton(self.tr("Sign a checkpoint now"))
        self.sign_button.setObjectName("checkpointSign")
        self.print_button = QPushButton(self.tr("Print the witness sheet…"))
        self.print_button.setObjectName("checkpointPrint")
        self.print_button.setEnabled(False)
        for widget in (self.reader, self.pin, self.sign_button, self.print_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("checkpointStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.sign_button.clicked.connect(self.sign)
        self.pin.returnPressed.connect(self.sign)
        self.print_button.clicked.connect(self.print_sheet)
        self.reader.addItems(session.cards().readers())
        self._run(session.audit().last_checkpoint, self._show)

    def _run(self, work: Callable[[], Any], on_ok: Callable[[Any], None]) -> None:
        def failed(error: BaseException) -> None:
            self.sign_button.setEnabled(True)
            self.status.setText(describe_error(error))

        self._worker.submit(work, on_ok, failed, owner=self)

    def _show(self, facts: CheckpointFacts | None) -> None:
        self._last = facts
        self.print_button.setEnabled(facts is not None)
        if facts is None:
            self.summary.setText(self.tr("No checkpoint has been signed yet."))
            return
        from desktop.audit.canonical import parse_time

        at = parse_time(facts.time).replace(tzinfo=UTC).astimezone()
        actions = ", ".join(f"{action_words(a)} {n}" for a, n in facts.by_action)
        self.summary.setText(
            self.tr(
                "Last checkpoint: No. %1 (record %2), signed %3 by card %4. It witnessed "
                "%5 records since the one before (informant identity viewed %6 times): %7"
            )
            .replace("%1", str(facts.number))
            .replace("%2", str(facts.record_seq))
            .replace("%3", f"{at:%Y-%m-%d %H:%M}")
            .replace("%4", facts.signer_card)
            .replace("%5", str(facts.records))
            .replace("%6", str(facts.identity_views))
            .replace("%7", actions or "-")
        )

    def sign(self) -> None:
        reader, pin = self.reader.currentText(), self.pin.text()
        self.pin.clear()  # handed to the card thread, not kept in the form
        if not reader or not pin:
            self.status.setText(self.tr("Choose the card and type its PIN."))
            return
        self.sign_button.setEnabled(False)
        self.status.setText(self.tr("Signing with the card…"))

        def signed(facts: CheckpointFacts) -> None:
            self.sign_button.setEnabled(True)
            self.status.setText(self.tr("The checkpoint is signed and the card remembers it."))
            self._show(facts)

        self._run(lambda: self._session.audit().sign_checkpoint(reader, pin), signed)

    def print_sheet(self) -> None:
        facts = self._last
        if facts is None:
            return
        seq = facts.record_seq

        def rendered(pdf: bytes) -> None:
            self.dialog = WitnessSheetDialog(pdf, self)
            self.dialog.show()

        self._run(lambda: self._session.audit().witness_sheet(seq, action_words), rendered)


class WitnessSheetDialog(QDialog):
    """A one-page sheet (a checkpoint's witness sheet, a decision sheet) shown from
    memory and printed to paper; nothing on disk."""

    def __init__(self, pdf: bytes, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("witnessSheetDialog")
        self.setWindowTitle(title or self.tr("Checkpoint witness sheet"))
        self.resize(640, 820)
        layout = QVBoxLayout(self)
        self.preview = PdfPreview()
        self.preview.load_bytes(pdf)
        layout.addWidget(self.preview, 1)
        row = QHBoxLayout()
        self.status = QLabel()
        self.print_button = QPushButton(self.tr("Print…"))
        close = QPushButton(self.tr("Close"))
        row.addWidget(self.status, 1)
        row.addWidget(self.print_button)
        row.addWidget(close)
        layout.addLayout(row)
        self.print_button.clicked.connect(self._print)
        close.clicked.connect(self.close)

    def _print(self) -> None:
        try:
            printer = self.preview.print_with_dialog()
        except Exception as error:  # a refused printer or print system: said in words
            self.status.setText(describe_error(error))
            return
        if printer is not None:
            self.status.setText(self.tr("Sent to %1.").replace("%1", printer))

    def closeEvent(self, event: Any) -> None:
        self.preview.release()
        super().closeEvent(event)
