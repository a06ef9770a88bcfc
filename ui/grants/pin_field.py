"""The PIN a viewer's card asks for each act (his card signs an outbox entry first)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget


class PinField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewerPin")
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setMaxLength(127)
        self.setMaximumWidth(160)
        self.setPlaceholderText(self.tr("Card PIN"))

    def take(self) -> str:
        """The PIN typed, and the field emptied: it is asked again for the next act."""
        pin = self.text()
        self.clear()
        return pin
