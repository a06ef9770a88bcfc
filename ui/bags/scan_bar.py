"""The scan field: a keyboard-wedge scanner types a number (Code 128) or the QR
payload and presses Enter; so may a person typing a number by hand.

Keystrokes go through desktop.bags.scanning.WedgeBuffer (line completion, the
length guard) and each line to BagService.open_scanned off the GUI thread. A
known bag opens; a wrong check character says which one was expected; a label
whose QR tag does not verify is shown as a red warning (the service audits it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.app.ports import UnlockedSession
from desktop.bags.scanning import (
    MAX_LINE,
    ForgedLabel,
    OpenedBag,
    ScanOutcome,
    UnknownBag,
    WedgeBuffer,
)
from ui.bags.words import describe_bag_error
from ui.workers import Worker

translate = QCoreApplication.translate
SCAN_SHORTCUT = "Ctrl+E"  # puts the cursor in the scan field from anywhere in the window

RED = "color: #b00020; font-weight: bold;"
GREEN = "color: #1b5e20;"


class ScanLine(QLineEdit):
    """A line edit whose Enter hands the typed line to a WedgeBuffer."""

    line_completed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buffer = WedgeBuffer()
        self.setMaxLength(MAX_LINE + 1)  # one more, so an overlong scan is refused, not cut

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            lines = self.buffer.feed(self.text() + "\n")
            self.clear()
            for line in lines:
                self.line_completed.emit(line)
            return
        super().keyPressEvent(event)


class ScanBar(QWidget):
    opened = Signal(str)  # the confidential number of a bag that the scan opened
    flagged = Signal(str)  # a forged label's number
    refused = Signal(str)  # the message of a number that did not parse or is unknown

    def __init__(
        self, session: UnlockedSession, worker: Worker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scanBar")
        self._session = session
        self.worker = worker
        self.field = ScanLine()
        self.field.setObjectName("scanField")
        self.field.setPlaceholderText(
            translate("Bags", "Scan a bag label or type its confidential number, then Enter")
        )
        self.field.setToolTip(
            translate("Bags", "Shortcut %1 puts the cursor here.").replace("%1", SCAN_SHORTCUT)
        )
        self.result = QLabel("")
        self.result.setObjectName("scanResult")
        self.result.setWordWrap(True)
        label = QLabel(translate("Bags", "Scan:"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.field, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.result.hide()
        self.shortcut = QShortcut(QKeySequence(SCAN_SHORTCUT), self)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(self.focus_field)
        self.field.line_completed.connect(self.submit)

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def submit(self, line: str) -> None:
        bags = self._session.bags
        self.worker.submit(
            lambda: bags().open_scanned(line), self._answered, self._refused, owner=self
        )

    def _answered(self, outcome: ScanOutcome) -> None:
        if isinstance(outcome, OpenedBag):
            self._say(
                translate("Bags", "Opened bag %1.").replace("%1", str(outcome.bag.number)), GREEN
            )
            self.opened.emit(str(outcome.bag.number))
        elif isinstance(outcome, ForgedLabel):
            self._say(
                translate(
                    "Bags",
                    "WARNING: this label was not printed by this workstation — its "
                    "security code does not verify (number %1, copy No. %2). It may be "
                    "forged. The bag was not opened; the scan has been recorded in the "
                    "audit trail. Report it to the chief procurator.",
                )
                .replace("%1", str(outcome.number))
                .replace("%2", str(outcome.copy_number)),
                RED,
            )
            self.flagged.emit(str(outcome.number))
        elif isinstance(outcome, UnknownBag):
            self._refused_text(describe_bag_error_unknown(outcome))

    def _refused(self, error: BaseException) -> None:
        self._refused_text(describe_bag_error(error))

    def _refused_text(self, text: str) -> None:
        self._say(text, RED)
        self.refused.emit(text)

    def _say(self, text: str, style: str) -> None:
        self.result.setStyleSheet(style)
        self.result.setText(text)
        self.result.show()


def describe_bag_error_unknown(outcome: UnknownBag) -> str:
    return translate(
        "Bags", "The number %1 is valid, but no bag of this workstation has it."
    ).replace("%1", str(outcome.number))
