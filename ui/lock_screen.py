"""The lock screen: nothing of the work shows while it is up."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

CENTER = "qproperty-alignment: AlignCenter;"


class LockScreen(QWidget):
    unlock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        self.title = QLabel()
        self.title.setObjectName("lockTitle")
        # Alignment through style sheets: the Qt namespace's enums are slow to load
        # and this is the first screen (see bench/startup.py).
        self.title.setStyleSheet(f"{CENTER} font-size: 26px; font-weight: bold;")
        self.reason = QLabel()
        self.reason.setObjectName("lockReason")
        self.reason.setStyleSheet(CENTER)
        self.reason.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"{CENTER} color: #555; font-size: 15px;")
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("lockUnlockButton")
        self.unlock_button.clicked.connect(self.unlock_requested)
        layout.addWidget(self.title)
        layout.addWidget(self.reason)
        layout.addSpacing(12)
        layout.addWidget(self.hint)
        layout.addSpacing(12)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(3)
        self.show_reason(None, card_present=False)

    def show_reason(self, reason: str | None, card_present: bool) -> None:
        self.title.setText(self.tr("LeadVault is locked"))
        self.reason.setText(
            {
                "card-removed": self.tr("The card was removed."),
                "card-swap": self.tr(
                    "The card swap was not finished in time, or was cancelled while "
                    "your card was out."
                ),
                "idle": self.tr("Locked after a period without activity."),
                "manual": self.tr("Locked on request."),
                "damaged": self.tr(
                    "The check of the vault database found damage, so the vault was "
                    "locked. Restore a backup and report this to the chief procurator."
                ),
            }.get(reason or "", "")
        )
        self.hint.setText(
            self.tr("Unlock with your password and PIN.")
            if card_present
            else self.tr("Insert your smart card to unlock.")
        )
        self.unlock_button.setText(self.tr("Unlock"))
        self.unlock_button.setVisible(card_present)
