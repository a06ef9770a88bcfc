"""The unlock form: the inserted card names the user; password and PIN unlock.
The work itself (Argon2id, card ECDH) runs on the card thread; this view only
shows progress and the outcome in words."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app.facts import CardHolder
from ui.lock_screen import CENTER
from ui.roles import role_name


class UnlockView(QWidget):
    unlock_requested = Signal(str, str, str)  # reader, password, PIN
    recover_requested = Signal()  # the workstation key is missing: the recovery code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockView")
        self.holder: CardHolder | None = None
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget()
        box.setMinimumWidth(420)
        box.setMaximumWidth(520)
        layout = QVBoxLayout(box)
        self.title = QLabel()
        self.title.setStyleSheet(f"{CENTER} font-size: 22px; font-weight: bold;")
        self.who = QLabel()
        self.who.setObjectName("unlockWho")
        self.who.setStyleSheet(f"{CENTER} font-size: 16px;")
        self.who.setWordWrap(True)
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin = QLineEdit()
        self.pin.setObjectName("unlockPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(127)
        self.password_label = QLabel()
        self.pin_label = QLabel()
        form.addRow(self.password_label, self.password)
        form.addRow(self.pin_label, self.pin)
        self.tries = QLabel()
        self.tries.setObjectName("unlockTries")
        self.notice = QLabel()
        self.notice.setObjectName("unlockNotice")
        self.notice.setStyleSheet(f"{CENTER} color: #0d47a1;")
        self.error = QLabel()
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.progress = QProgressBar()
        self.progress.setObjectName("unlockProgress")
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        # Shown after a refusal of a folder older than the card remembers: the chief
        # procurator's card may accept a backup restored on purpose (a signed checkpoint).
        self.accept_restored = QCheckBox(self.tr(
            "This folder was restored from a backup on purpose: the chief procurator's card "
            "accepts it, and what is lost is recorded"))
        self.accept_restored.setObjectName("unlockAcceptRestored")
        self.accept_restored.setVisible(False)
        # Shown when this computer's key store lacks the workstation key (a new
        # computer, a reset key store): the sealed recovery sheet puts it back.
        self.recover_button = QPushButton(self.tr("Recover with the recovery code…"))
        self.recover_button.setObjectName("unlockRecover")
        self.recover_button.setVisible(False)
        self.recover_button.clicked.connect(self.recover_requested)
        self.button = QPushButton()
        self.button.setObjectName("unlockButton")
        self.button.setDefault(True)
        self.button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self._submit)
        layout.addWidget(self.title)
        layout.addWidget(self.who)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.tries)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(self.accept_restored)
        layout.addWidget(self.recover_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.show_holder(None)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Unlock LeadVault"))
        self.password_label.setText(self.tr("Password"))
        self.pin_label.setText(self.tr("Card PIN"))
        self.button.setText(self.tr("Unlock"))

    def show_reading(self) -> None:
        self.retranslate()
        self.holder = None
        self.who.setText(self.tr("Reading the card…"))
        self._enable(False)

    def show_holder(self, holder: CardHolder | None) -> None:
        self.retranslate()
        self.holder = holder
        self.error.clear()
        self.recover_button.setVisible(False)
        self.tries.clear()
        self.notice.clear()
        if holder is None:
            self.who.setText(self.tr("Insert your smart card."))
            self._enable(False)
            return
        if holder.user is None:
            self.who.setText(self.tr("This card is not enrolled on this workstation."))
            self._enable(False)
            return
        self.who.setText(
            self.tr("%1, %2")
            .replace("%1", holder.user.name)
            .replace("%2", role_name(holder.user.role))
        )
        self.show_tries(holder.pin_retries)
        self.notice.setText(self._notice_text(holder))
        self._enable(holder.pin_retries > 0)
        self.password.setFocus()

    def _notice_text(self, holder: CardHolder) -> str:
        """Counts only (issue 11): waiting for the chief, or decided for the holder."""
        from desktop.domain.roles import Role

        if holder.user is None or not holder.notice:
            return ""
        text = (self.tr("Requests waiting for your decision: %1")
                if holder.user.role is Role.CHIEF else self.tr("Your requests decided: %1"))
        return text.replace("%1", str(holder.notice))

    def show_tries(self, remaining: int) -> None:
        if remaining <= 0:
            self.tries.setText(self.tr("The PIN is blocked."))
        else:
            self.tries.setText(self.tr("PIN tries left: %n", "", remaining))
        self.tries.setStyleSheet("color: #b71c1c;" if remaining <= 1 else "")

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        if busy:
            self.error.clear()
            self.recover_button.setVisible(False)
        self._enable(not busy and self.holder is not None and self.holder.user is not None)

    def show_progress(self, fraction: float) -> None:
        self.progress.setValue(int(fraction * 100))

    def clear_secrets(self) -> None:
        self.password.clear()
        self.pin.clear()
        self.accept_restored.setChecked(False)
        self.accept_restored.setVisible(False)

    def offer_recovery(self) -> None:
        self.recover_button.setVisible(True)

    def offer_restore_acceptance(self) -> None:
        self.accept_restored.setChecked(False)
        self.accept_restored.setVisible(True)

    def _enable(self, enabled: bool) -> None:
        for widget in (self.password, self.pin, self.button):
            widget.setEnabled(enabled)

    def _submit(self) -> None:
        if self.holder is None or self.holder.user is None or not self.button.isEnabled():
            return
        password, pin = self.password.text(), self.pin.text()
        if not password or not pin:
            self.show_error(self.tr("Enter both your password and your card PIN."))
            return
        self.unlock_requested.emit(self.holder.reader, password, pin)
