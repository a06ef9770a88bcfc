"""A recovery code shown once, with its sheet previewed for paper: the set-up wizard's
recovery page and the new code after a recovery are this one panel.

The code is never selectable (so it reaches neither the clipboard nor the X11
primary selection), the sheet goes to a printer only (ui.pdf_preview refuses a
file), and a printed sheet is audited at the next unlock."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.app.facts import UnitInfo
from desktop.app.ports import WorkstationServices
from ui.pdf_preview import PdfPreview
from ui.printing.words import describe_print_error
from ui.wizard_messages import describe_setup_error


class RecoverySheetPanel(QWidget):
    problem = Signal(str)  # words for the page's problem line (preview or printer failed)

    def __init__(self, services: WorkstationServices, title: str, note: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoverySheetPanel")
        self._services = services
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(title)
        self.title.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.title.setWordWrap(True)
        box.addWidget(self.title)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #444;")
        box.addWidget(self.note)
        self.code_label = QLabel()
        self.code_label.setObjectName("wizardRecoveryCode")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code_label.setStyleSheet(
            "font-family: monospace; font-size: 20px; font-weight: bold;")
        self.code_label.setWordWrap(True)
        box.addWidget(self.code_label)
        self.preview = PdfPreview()
        self.preview.setMinimumHeight(220)
        box.addWidget(self.preview, 1)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print the recovery sheet…"))
        self.print_button.setObjectName("wizardPrint")
        self.print_button.clicked.connect(self.print_sheet)
        self.confirm_box = QCheckBox(self.tr("The sheet is printed (or the code written down)"))
        self.confirm_box.setObjectName("wizardRecoveryConfirmed")
        row.addWidget(self.print_button)
        row.addWidget(self.confirm_box, 1)
        box.addLayout(row)

    def show_code(self, unit: UnitInfo, vault_id: str, code: str) -> None:
        """The code on screen and its sheet in the preview; a sheet that cannot be
        drawn is a problem, and the code stays on screen to be written down."""
        self.code_label.setText(code)
        self.confirm_box.setChecked(False)
        try:
            self.preview.load_bytes(self._services.recovery_sheet_pdf(unit, vault_id, code))
        except Exception as error:
            self.problem.emit(describe_setup_error(error))

    @property
    def confirmed(self) -> bool:
        return self.confirm_box.isChecked()

    def forget(self) -> None:
        """Shown once: the code leaves the screen and the preview."""
        self.code_label.clear()
        self.preview.release()

    def print_sheet(self) -> None:
        try:
            printer = self.preview.print_with_dialog()
        except Exception as error:  # a file refused or a printer that failed
            self.problem.emit(describe_print_error(error))
            return
        if printer is not None:
            self._services.recovery_sheet_printed(printer)  # audited at the next unlock
            self.confirm_box.setChecked(True)
