"""Small forms for the bag actions. They only collect values; the view runs the
service call and shows its refusal in the form, which stays open to correct."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.bags import CHIEF_PROCURATOR

translate = QCoreApplication.translate
MAX_COUNT = 9999
_SEPARATORS = re.compile(r"[\s,，、;；]+")


def split_lead_numbers(text: str) -> list[str]:
    """Lead numbers typed one after another (spaces, commas, 、 between them)."""
    return [part for part in _SEPARATORS.split(text.strip()) if part]


class BagForm(QDialog):
    """A titled form with OK/Cancel and a line for the service's refusal."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.error = QLabel("")
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("Bags", "OK"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("Bags", "Cancel"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)


def _count_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, MAX_COUNT)
    return box


class CreateBagForm(BagForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Bags", "New confidential bag"), parent)
        self.leads = QLineEdit()
        self.leads.setObjectName("leadNumbers")
        self.leads.setPlaceholderText(translate("Bags", "e.g. 2026-00012, 2026-00015"))
        self.items = _count_box()
        self.items.setObjectName("items")
        self.pages = _count_box()
        self.pages.setObjectName("pages")
        self.recipient = QLineEdit(CHIEF_PROCURATOR)
        self.recipient.setObjectName("recipient")
        self.form.addRow(translate("Bags", "Leads (by number):"), self.leads)
        self.form.addRow(translate("Bags", "Physical items:"), self.items)
        self.form.addRow(translate("Bags", "Pages:"), self.pages)
        self.form.addRow(translate("Bags", "Recipient:"), self.recipient)
        note = QLabel(
            translate(
                "Bags",
                "A new confidential number is issued when the bag is created. The bag "
                "stays open for more leads and materials until it is sealed.",
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.form.addRow(note)

    def lead_numbers(self) -> list[str]:
        return split_lead_numbers(self.leads.text())


class AddLeadForm(BagForm):
    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(translate("Bags", "Add a lead to bag %1").replace("%1", number), parent)
        self.lead = QLineEdit()
        self.lead.setObjectName("leadNumber")
        self.lead.setPlaceholderText("2026-00012")
        self.form.addRow(translate("Bags", "Lead number:"), self.lead)


class AddMaterialForm(BagForm):
    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(translate("Bags", "Add materials to bag %1").replace("%1", number), parent)
        self.items = _count_box()
        self.items.setObjectName("items")
        self.items.setValue(1)
        self.pages = _count_box()
        self.pages.setObjectName("pages")
        self.form.addRow(translate("Bags", "Physical items:"), self.items)
        self.form.addRow(translate("Bags", "Pages:"), self.pages)


class TextForm(BagForm):
    """One line of text: the receiver of a hand-over, the reason for voiding."""

    def __init__(
        self, title: str, label: str, explanation: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.text = QLineEdit()
        self.text.setObjectName("formText")
        self.text.setMaxLength(100)
        self.form.addRow(label, self.text)
        if explanation:
            note = QLabel(explanation)
            note.setWordWrap(True)
            note.setStyleSheet("color: #555;")
            self.form.addRow(note)

    def value(self) -> str:
        return self.text.text().strip()
