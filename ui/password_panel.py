"""Settings: change one's own password (issue 13), in a dialog so the settings page
stays compact. The vault needs the old password and the user's own card and PIN
again (someone at an unlocked screen must not take the slot over); the new one must
be acceptably strong."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.app.ports import UsersPort
from desktop.password_strength import estimate
from ui.messages import describe_error
from ui.users_view import SecretsDialog
from ui.workers import Worker

# (current password, new password, new password again, PIN), or None: cancelled
Answer = tuple[str, str, str, str] | None


class PasswordPanel(QWidget):
    """One row (the settings page must fit the screen): a button and its answer."""

    def __init__(self, users: Callable[[], UsersPort], worker: Worker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordPanel")
        self._users = users
        self._worker = worker
        self.ask: Callable[[], Answer] = self._ask  # tests answer without a dialog
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("My password")))
        self.button = QPushButton(self.tr("Change my password…"))
        self.button.setObjectName("passwordChange")
        self.button.clicked.connect(self.submit)
        self.result = QLabel()
        self.result.setObjectName("passwordResult")
        self.result.setWordWrap(True)
        row.addWidget(self.button)
        row.addWidget(self.result, 1)

    def submit(self) -> None:
        answer = self.ask()
        if answer is None:
            return
        old, new, again, pin = answer
        if not (old and new and pin):
            self.result.setText(self.tr("Fill in every field."))
            return
        if new != again:
            self.result.setText(self.tr("The new passwords differ."))
            return
        if not estimate(new).acceptable:
            self.result.setText(self.tr("The new password is too weak."))
            return
        users = self._users
        self.button.setEnabled(False)
        self._worker.submit(lambda: users().change_own_password(pin, old, new),
                            self._done, self._refused, owner=self)

    def _ask(self) -> Answer:
        dialog = SecretsDialog(
            self.tr("Change my password"),
            self.tr("Your card stays in the reader: the vault checks it and your PIN again."),
            [self.tr("Current password"), self.tr("New password"),
             self.tr("New password again"), self.tr("Card PIN")], parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        old, new, again, pin = (f.text() for f in dialog.fields)
        return old, new, again, pin

    def _done(self, _none: None) -> None:
        self.button.setEnabled(True)
        self.result.setText(self.tr("Your password was changed."))

    def _refused(self, error: BaseException) -> None:
        self.button.setEnabled(True)
        self.result.setText(describe_error(error))
