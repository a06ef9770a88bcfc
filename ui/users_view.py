"""The chief procurator's Users page (issue 13): who is enrolled, with role, card,
status and last unlock; remove a user (his card, PIN and password; the vault's keys
are renewed first); unblock a card's PIN with its admin PIN. Every call runs on the
session's worker and is audited by the core."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.app.ports import UnlockedSession
from desktop.domain.roles import Role
from desktop.vault.prepared_card import ADD, REPLACE
from ui.messages import describe_error
from ui.new_card_screen import NewCardJob, NewCardScreen
from ui.roles import role_name
from ui.workers import Worker

if TYPE_CHECKING:
    from desktop.app.users import UserRow
    from ui.card_swap import CardSwap


@dataclass(frozen=True)
class Enrolment:
    name: str
    role: Role
    reader: str  # for the new card; the session's own means the cards are swapped


@dataclass(frozen=True)
class Replacement:
    reader: str


def _secret() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(127)
    return field


class SecretsDialog(QDialog):
    """A few secret fields (and an optional reader choice) with a warning above."""

    def __init__(self, title: str, warning: str, labels: list[str],
                 readers: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        text = QLabel(warning)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.reader: QComboBox | None = None
        if readers is not None:
            self.reader = QComboBox()
            self.reader.addItems(readers)
            form.addRow(self.tr("Card reader"), self.reader)
        self.fields = [_secret() for _ in labels]
        for label, field in zip(labels, self.fields, strict=True):
            form.addRow(label, field)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class UsersView(QWidget):
    COLUMNS = 5

    def __init__(self, session: UnlockedSession, worker: Worker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersView")
        self._session = session
        self._worker = worker
        self.rows: list[UserRow] = []
        self.dialog: QDialog | None = None  # the enrolment record's preview
        self.card_swap: CardSwap | None = None  # set by the workspace (one reader)
        self.screen: NewCardScreen | None = None  # the covering screen of a new card
        # The questions (tests answer them without a dialog).
        self.ask_removal: Callable[[str], tuple[str, str] | None] = self._ask_removal
        self.ask_unblock: Callable[[list[str]], tuple[str, str, str] | None] = self._ask_unblock
        self.ask_enrolment: Callable[[list[str]], Enrolment | None] = self._ask_enrolment
        self.ask_replacement: Callable[[str, list[str]], Replacement | None] = (
            self._ask_replacement)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Users"))
        heading.setStyleSheet("font-size: 20px; font-weight: bold;")
        layout.addWidget(heading)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Role"), self.tr("Card"), self.tr("Status"),
            self.tr("Last unlock")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.enrol_button = QPushButton(self.tr("Enrol a user…"))
        self.enrol_button.setObjectName("usersEnrol")
        self.enrol_button.clicked.connect(self.enrol)
        buttons.addWidget(self.enrol_button)
        self.replace_button = QPushButton(self.tr("Replace card…"))
        self.replace_button.setObjectName("usersReplace")
        self.replace_button.clicked.connect(self.replace_selected)
        buttons.addWidget(self.replace_button)
        self.record_button = QPushButton(self.tr("Print enrolment record…"))
        self.record_button.setObjectName("usersRecord")
        self.record_button.clicked.connect(self.print_record)
        buttons.addWidget(self.record_button)
        self.remove_button = QPushButton(self.tr("Remove user…"))
        self.remove_button.setObjectName("usersRemove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.unblock_button = QPushButton(self.tr("Unblock a PIN…"))
        self.unblock_button.setObjectName("usersUnblock")
        self.unblock_button.clicked.connect(self.unblock)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.unblock_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        note = QLabel(self.tr(
            "Enrolling and replacing a card are roster changes your card signs. With one "
            "reader, a covering screen guides you: your card out, the new card in, yours "
            "back; with two, the new card goes into the second. Removal and a replaced card "
            "renew the vault's keys; neither takes back copies made before (old backups, "
            "grant packages)."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
        self.result = QLabel()
        self.result.setObjectName("usersResult")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        self.load()

    # -- reading

    def load(self) -> None:
        session = self._session
        self._run(lambda: session.users().listed(), self._show)

    def _show(self, rows: list[UserRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            status = self.tr("active") if row.active else self.tr("removed")
            last = (row.last_unlock.astimezone().strftime("%Y-%m-%d %H:%M")
                    if row.last_unlock else "—")
            name = row.name + (self.tr(" (you)") if row.is_self else "")
            for c, text in enumerate((name, role_name(row.role), row.card_serial, status,
                                      last)):
                self.table.setItem(r, c, QTableWidgetItem(text))

    # -- acts

    def remove_selected(self) -> None:
        name = self._selected()
        if name is None:
            return
        answer = self.ask_removal(name)
        if answer is None:
            return
        pin, password = answer
        session = self._session
        self.result.setText(self.tr("Renewing the vault's keys and removing %1…")
                            .replace("%1", name))
        self._run(lambda: session.users().remove(name, pin, password),
                  lambda _generation: self._removed(name))

    def _removed(self, name: str) -> None:
        self.result.setText(self.tr(
            "%1 was removed and the vault's keys were renewed: the card opens nothing "
            "current.").replace("%1", name))
        self.load()

    def enrol(self) -> None:
        session = self._session
        self._run(lambda: session.users().readers(), self._enrol_in)

    def _enrol_in(self, readers: list[str]) -> None:
        answer = self.ask_enrolment(readers)
        if answer is None:
            return
        if not answer.name:
            self.result.setText(self.tr("Give the new user's name."))
            return
        self.result.setText(self.tr("Enrolling %1…").replace("%1", answer.name))
        self._new_card(NewCardJob(ADD, answer.name, answer.role, answer.reader,
                                  self._swapping(answer.reader)),
                       lambda serial: self._enrolled(answer.name, serial))

    def replace_selected(self) -> None:
        name = self._selected()
        if name is None:
            return
        session = self._session
        self._run(lambda: session.users().readers(),
                  lambda readers: self._replace_in(name, readers))

    def _replace_in(self, name: str, readers: list[str]) -> None:
        a = self.ask_replacement(name, readers)
        if a is None:
            return
        role = next(r.role for r in self.rows if r.name == name)
        self.result.setText(self.tr("Replacing the card of %1…").replace("%1", name))
        self._new_card(NewCardJob(REPLACE, name, role, a.reader, self._swapping(a.reader)),
                       lambda _generation: self._replaced(name))

    def _swapping(self, reader: str) -> bool:
        """The new card goes where the chief's is: the cards are swapped."""
        return self.card_swap is not None and reader == self.card_swap.reader

    def _new_card(self, job: NewCardJob, done: Callable[[Any], None]) -> None:
        window = self.window()
        host = window.centralWidget() if isinstance(window, QMainWindow) else window
        covered = self
        while covered.parentWidget() is not None and covered.objectName() != "workspace":
            covered = covered.parentWidget()
        session = self._session
        self.screen = NewCardScreen(session.users, self._worker, job, self.card_swap,
                                    host or window, covered)
        self.screen.succeeded.connect(done)
        self.screen.stopped.connect(self.result.setText)
        self.screen.start()

    def _replaced(self, name: str) -> None:
        self.result.setText(self.tr(
            "The card of %1 was replaced and the vault's keys were renewed: the old card "
            "opens nothing current.").replace("%1", name))
        self.load()

    def print_record(self) -> None:
        name = self._selected()
        if name is None:
            return
        session = self._session

        def rendered(pdf: bytes) -> None:
            from ui.checkpoint_panel import WitnessSheetDialog

            self.dialog = WitnessSheetDialog(
                pdf, self, self.tr("Enrolment record of %1").replace("%1", name))
            self.dialog.show()

        self._run(lambda: session.users().enrolment_record(name), rendered)

    def _selected(self) -> str | None:
        index = self.table.currentRow()
        if not 0 <= index < len(self.rows) or not self.rows[index].active:
            self.result.setText(self.tr("Choose an enrolled user first."))
            return None
        return self.rows[index].name

    def _enrolled(self, name: str, serial: str) -> None:
        self.result.setText(self.tr("%1 was enrolled with card %2.").replace("%1", name)
                            .replace("%2", serial))
        self.load()

    def unblock(self) -> None:
        session = self._session
        self._run(lambda: session.users().readers(), self._unblock_in)

    def _unblock_in(self, readers: list[str]) -> None:
        answer = self.ask_unblock(readers)
        if answer is None:
            return
        reader, admin_pin, new_pin = answer
        session = self._session
        self._run(lambda: session.users().unblock_pin(reader, admin_pin, new_pin),
                  lambda serial: self.result.setText(
                      self.tr("The PIN of card %1 was reset.").replace("%1", serial)))

    # -- dialogs

    def _ask_removal(self, name: str) -> tuple[str, str] | None:
        dialog = SecretsDialog(
            self.tr("Remove %1").replace("%1", name),
            self.tr("Remove %1? The vault's keys are renewed first, with your card: keep "
                    "it in the reader. Give your PIN and password.").replace("%1", name),
            [self.tr("Your card PIN"), self.tr("Your password")], parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.fields[0].text(), dialog.fields[1].text()

    def _ask_unblock(self, readers: list[str]) -> tuple[str, str, str] | None:
        dialog = SecretsDialog(
            self.tr("Unblock a PIN"),
            self.tr("Put the user's card in a reader. Its admin PIN sets a new PIN."),
            [self.tr("Admin PIN"), self.tr("New PIN")], readers, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.reader is None:
            return None
        return (dialog.reader.currentText(), dialog.fields[0].text(),
                dialog.fields[1].text())

    def _ask_enrolment(self, readers: list[str]) -> Enrolment | None:
        dialog = SecretsDialog(
            self.tr("Enrol a user"),
            self.tr("Choose the reader for the new user's prepared card. With one reader, "
                    "choose yours: the next screen guides you through swapping the cards."),
            [], self._session_reader_first(readers), parent=self)
        name = QLineEdit()
        role = QComboBox()
        for r in (Role.CLERK, Role.DIRECTOR, Role.DEPUTY_CHIEF, Role.STAFF):
            role.addItem(role_name(r), r)
        form = dialog.findChild(QFormLayout)
        assert form is not None
        form.insertRow(0, self.tr("Name"), name)
        form.insertRow(1, self.tr("Role"), role)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.reader is None:
            return None
        return Enrolment(name.text().strip(), role.currentData(), dialog.reader.currentText())

    def _ask_replacement(self, name: str, readers: list[str]) -> Replacement | None:
        dialog = SecretsDialog(
            self.tr("Replace the card of %1").replace("%1", name),
            self.tr("Choose the reader for the new prepared card. With one reader, choose "
                    "yours: the next screen guides you through swapping the cards. Your card "
                    "signs the change, then renews the vault's keys."),
            [], self._session_reader_first(readers), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.reader is None:
            return None
        return Replacement(dialog.reader.currentText())

    def _session_reader_first(self, readers: list[str]) -> list[str]:
        own = self.card_swap.reader if self.card_swap is not None else None
        return sorted(readers, key=lambda r: r != own)

    def _refused(self, error: BaseException) -> None:
        self.result.setText(describe_error(error))

    def _run(self, call: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._worker.submit(call, done, self._refused, owner=self)
