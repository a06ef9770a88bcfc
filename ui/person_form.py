"""Enrolling one person in the setup wizard: name, their own card, password
(with a strength meter) and PIN. Card reads run on the card thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
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
from desktop.app.ports import WorkstationServices
from desktop.app.setup_wizard import Person
from desktop.domain.roles import Role
from desktop.password_strength import Weakness, estimate
from ui.messages import describe_error
from ui.wizard_messages import describe_weakness, strength_label
from ui.workers import Worker


class PersonForm(QWidget):
    changed = Signal()

    def __init__(
        self,
        role: Role,
        services: WorkstationServices,
        card_worker: Worker,
        readers: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.role = role
        self._services = services
        self._card_worker = card_worker
        self._readers = readers
        self.card: CardHolder | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("personName")
        self.name.setMaxLength(40)
        form.addRow(self.tr("Name"), self.name)
        card_row = QHBoxLayout()
        self.reader = QComboBox()
        self.reader.setObjectName("personReader")
        self.reader.setMinimumWidth(180)
        self.read_button = QPushButton(self.tr("Read card"))
        self.read_button.setObjectName("personReadCard")
        self.read_button.clicked.connect(self.read_card)
        self.prepare_button = QPushButton(self.tr("Prepare blank card"))
        self.prepare_button.setObjectName("personPrepareCard")
        self.prepare_button.setVisible(False)
        self.prepare_button.clicked.connect(self._prepare)
        card_row.addWidget(self.reader, 1)
        card_row.addWidget(self.read_button)
        card_row.addWidget(self.prepare_button)
        form.addRow(self.tr("Card"), card_row)
        self.card_status = QLabel(self.tr("No card read yet."))
        self.card_status.setObjectName("personCardStatus")
        self.card_status.setWordWrap(True)
        form.addRow("", self.card_status)
        self.password = QLineEdit()
        self.password.setObjectName("personPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setObjectName("personPasswordAgain")
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setObjectName("personStrength")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        self.meter_text = QLabel()
        self.meter_text.setObjectName("personStrengthText")
        self.meter_text.setWordWrap(True)
        self.pin = QLineEdit()
        self.pin.setObjectName("personPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.password_again)
        form.addRow(self.tr("Strength"), self.meter)
        form.addRow("", self.meter_text)
        form.addRow(self.tr("Card PIN"), self.pin)
        layout.addLayout(form)
        self.password.textChanged.connect(self._update_meter)
        for edit in (self.name, self.password, self.password_again, self.pin):
            edit.textChanged.connect(self.changed)
        self.refresh_readers()
        self._update_meter("")

    def refresh_readers(self) -> None:
        current = self.reader.currentText()
        self.reader.clear()
        for reader in self._readers():
            self.reader.addItem(reader)
        if current:
            self.reader.setCurrentText(current)
        self.read_button.setEnabled(self.reader.count() > 0)

    def _update_meter(self, text: str) -> None:
        strength = estimate(text)
        self.meter.setValue(strength.score)
        colour = ("#b71c1c", "#e65100", "#f9a825", "#558b2f", "#1b5e20")[strength.score]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        words = strength_label(strength.score)
        if strength.weaknesses and text:
            hints = "; ".join(describe_weakness(w) for w in strength.weaknesses)
            words = f"{words} — {hints}"
        self.meter_text.setText(words if text else describe_weakness(Weakness.TOO_SHORT))

    def read_card(self) -> None:
        reader = self.reader.currentText()
        if not reader:
            return
        self.card = None
        self.card_status.setText(self.tr("Reading the card…"))
        self.read_button.setEnabled(False)
        self._card_worker.submit(
            lambda: self._services.identify_card(reader), self._card_read, self._card_failed
        )

    def _card_read(self, holder: CardHolder) -> None:
        self.read_button.setEnabled(True)
        self.prepare_button.setVisible(holder.blank)
        if holder.blank:
            self.card = None
            self.card_status.setText(
                self.tr("Card %1 is blank. Prepare it to generate its keys.").replace(
                    "%1", holder.serial
                )
            )
            return
        if holder.user is not None:
            self.card = None
            self.card_status.setText(
                self.tr("Card %1 is already enrolled.").replace("%1", holder.serial)
            )
            return
        self.card = holder
        self.card_status.setText(
            self.tr("Card %1 (%2), PIN tries left: %3")
            .replace("%1", holder.serial)
            .replace("%2", holder.cardholder_name or "—")
            .replace("%3", str(holder.pin_retries))
        )
        self.changed.emit()

    def _card_failed(self, error: BaseException) -> None:
        self.read_button.setEnabled(True)
        self.card = None
        self.card_status.setText(describe_error(error))

    def _prepare(self) -> None:
        reader, name = self.reader.currentText(), self.name.text().strip()
        if not name:
            self.card_status.setText(self.tr("Enter the name first: it is written on the card."))
            return
        self.prepare_button.setEnabled(False)
        self.card_status.setText(self.tr("Generating keys on the card…"))
        self._card_worker.submit(
            lambda: self._services.provision_card(reader, name),
            self._prepared,
            self._card_failed,
        )

    def _prepared(self, holder: CardHolder) -> None:
        self.prepare_button.setEnabled(True)
        self._card_read(holder)

    def person(self) -> Person:
        return Person(
            name=self.name.text(),
            role=self.role,
            card_serial=self.card.serial if self.card else "",
            reader=self.card.reader if self.card else "",
            password=self.password.text(),
            password_again=self.password_again.text(),
            pin=self.pin.text(),
        )

    def clear(self) -> None:
        for edit in (self.name, self.password, self.password_again, self.pin):
            edit.clear()
        self.card = None
        self.card_status.setText(self.tr("No card read yet."))
        self.prepare_button.setVisible(False)
