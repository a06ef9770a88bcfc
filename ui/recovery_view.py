"""Recovering with the recovery code (DESIGN.md §2): after a restore onto a new
computer, or when an unlock finds no workstation key in this computer's key store.
The chief types the code from the sealed sheet; its form and check character are
checked at once, then, on the card worker, the code puts the key back and a new
code replaces it (audited: vault.recover). The new code is shown once, on the same
panel as at set-up, until the sheet is printed or the code written down.

The typed code never reaches the clipboard or the primary selection (the field
refuses copying and takes a selection back, as an identity field does), nor an input
method's history; the new one cannot be selected at all. Nothing keeps either."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.app.ports import WorkstationServices
from desktop.app.restoring import Recovered, code_problem
from desktop.app.setup_wizard import Problem
from ui.clipboard import IdentityLineEdit
from ui.i18n import sentences
from ui.messages import describe_error
from ui.recovery_sheet_panel import RecoverySheetPanel
from ui.wizard_messages import describe_problem
from ui.workers import Worker

if TYPE_CHECKING:
    from desktop.vault.errors import InvalidRecoveryCode

translate = QCoreApplication.translate
CODE_SHAPE = "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXX"


class RecoveryView(QWidget):
    finished = Signal()  # the new code is printed or written down
    cancelled = Signal()  # nothing was done

    def __init__(self, services: WorkstationServices, worker: Worker, *,
                 after_restore: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryView")
        self._services = services
        self._worker = worker
        self._busy = False
        self.quit_confirm: QMessageBox | None = None
        outer = QVBoxLayout(self)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.problems = QLabel()
        self.problems.setObjectName("recoveryProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b71c1c;")
        outer.addWidget(self.problems)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("recoveryCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.next_button = QPushButton(self.tr("Recover"))
        self.next_button.setObjectName("recoveryNext")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        outer.addLayout(buttons)

        # the code from the sealed sheet
        self.entry = QWidget()
        box = QVBoxLayout(self.entry)
        box.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Recover with the recovery code"))
        title.setStyleSheet("font-size: 20px; font-weight: bold;")
        box.addWidget(title)
        first = (self.tr("The backup is in place. ") if after_restore else "")
        self.note = note = QLabel(first + self.tr(
            "This computer's key store does not hold the vault's workstation key (a new "
            "computer, or a key store that was reset). The chief procurator opens the "
            "sealed recovery sheet and types its code: the key goes back into this "
            "computer, and a new code replaces the old one, which then no longer works. "
            "Have the printer or paper ready for the new code."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #444;")
        box.addWidget(note)
        self.code = IdentityLineEdit()
        self.code.setObjectName("recoveryCodeInput")
        self.code.setPlaceholderText(CODE_SHAPE)
        self.code.setMaxLength(64)
        self.code.setStyleSheet("font-family: monospace; font-size: 18px;")
        # No input method may learn or suggest it (a Chinese IME keeps a history).
        self.code.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhPreferUppercase | Qt.InputMethodHint.ImhLatinOnly)
        self.code.returnPressed.connect(self.next)
        box.addWidget(self.code)
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("recoveryBusy")
        self.busy_bar.setRange(0, 0)  # Argon2id and the rekey: no steps to count
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setVisible(False)
        box.addWidget(self.busy_bar)
        box.addStretch(1)
        self.pages.addWidget(self.entry)

        # the new code, once
        self.sheet = RecoverySheetPanel(
            services,
            self.tr("New recovery code"),
            self.tr(
                "The vault is recovered and the code you typed no longer works. This new "
                "code is shown only now: print the sheet, seal it in a confidential bag and "
                "keep it in the safe in place of the old one."),
        )
        self.sheet.problem.connect(self.problems.setText)
        self.pages.addWidget(self.sheet)
        self._enable()

    @property
    def recovered(self) -> bool:
        return self.pages.currentWidget() is self.sheet

    @property
    def holds_unkept_code(self) -> bool:
        """The new code is on screen and nobody confirmed it printed or written down:
        the old one is spent, so quitting now would leave no working code."""
        return self.recovered and not self.sheet.confirmed

    def ask_to_quit(self, quit_anyway: Callable[[], None]) -> None:
        """Quitting before the new code is kept needs a second, explicit yes."""
        box = QMessageBox(self)
        box.setObjectName("recoveryQuitConfirm")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The new recovery code is not kept yet"))
        box.setText(self.tr(
            "The new recovery code has not been printed or written down. The old code no "
            "longer works, and the new one is never shown again: if you quit now, this "
            "vault cannot be recovered with a code on another computer. Quit anyway?"))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(_result: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                quit_anyway()

        box.finished.connect(answered)
        self.quit_confirm = box
        box.open()

    def abandon(self) -> None:
        """The application is closing: the codes leave the screen, and the sheet's
        document goes before the window (QtPdf must not outlive its view)."""
        self.code.clear()
        self.sheet.forget()

    # -- buttons

    def cancel(self) -> None:
        """Only before the code was used: afterwards the new code must be kept."""
        if self._busy or self.recovered:
            return
        self.code.clear()
        self.cancelled.emit()

    def next(self) -> None:
        if self._busy:
            return
        if self.recovered:
            if not self.sheet.confirmed:
                self.problems.setText(describe_problem(Problem.RECOVERY_NOT_CONFIRMED))
                return
            self.sheet.forget()  # shown once: gone from the screen too
            self.problems.clear()
            self.finished.emit()
            return
        text = self.code.text()
        problem = code_problem(text)
        if problem is not None:
            self.problems.setText(_mistyped(problem))
            return
        self._set_busy(True)
        restoring = self._services.restoring()
        self._worker.submit(lambda: restoring.recover(text), self._recovered, self._refused,
                            owner=self)

    # -- answers

    def _recovered(self, result: Recovered) -> None:
        self._set_busy(False)
        self.code.clear()
        self.pages.setCurrentWidget(self.sheet)
        self.sheet.show_code(result.unit, result.vault_id, result.recovery_code)
        self._enable()

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        self.problems.setText(describe_error(error))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        if busy:
            self.problems.clear()
        self._enable()

    def _enable(self) -> None:
        done = self.recovered
        self.code.setEnabled(not self._busy and not done)
        self.cancel_button.setVisible(not done)
        self.cancel_button.setEnabled(not self._busy)
        self.next_button.setEnabled(not self._busy)
        self.next_button.setText(self.tr("Done") if done else self.tr("Recover"))


def _mistyped(error: InvalidRecoveryCode) -> str:
    """The general words, and where the typing went wrong when that is known."""
    words = describe_error(error)
    if error.problem == "character" and error.position is not None:
        return sentences(words, translate(
            "RecoveryView", "Character %1 is not one of the code's letters (A–Z, 2–7)."
        ).replace("%1", str(error.position + 1)))
    if error.problem == "length":
        return sentences(words, translate(
            "RecoveryView", "The code has 27 letters and digits, in groups of four."))
    return words
