"""Settings: the language for everyone; the idle-lock time for the chief only."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.app.workstation_checks import MAX_IDLE_LOCK_SECONDS, MIN_IDLE_LOCK_SECONDS
from desktop.domain.roles import Role
from desktop.policy import Action, allowed
from ui.i18n import CHINESE, ENGLISH


class SettingsView(QWidget):
    language_chosen = Signal(str)
    idle_timeout_chosen = Signal(int)  # seconds

    def __init__(
        self, role: Role, language: str, idle_seconds: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsView")
        self.work_settings: QWidget | None = None  # the leads' panel, added by the workspace
        self.backup_panel: QWidget | None = None  # added by the workspace
        self.password_panel: QWidget | None = None  # added by the workspace
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Settings"))
        heading.setStyleSheet("font-size: 20px; font-weight: bold;")
        layout.addWidget(heading)
        holder = QWidget()
        holder.setMaximumWidth(520)
        form = QFormLayout(holder)
        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        self.language.addItem("简体中文", CHINESE)
        self.language.addItem("English", ENGLISH)
        self.language.setCurrentIndex(0 if language == CHINESE else 1)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData())
        )
        form.addRow(self.tr("Language"), self.language)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("settingsIdleMinutes")
        self.idle_minutes.setRange(MIN_IDLE_LOCK_SECONDS // 60, MAX_IDLE_LOCK_SECONDS // 60)
        self.idle_minutes.setValue(idle_seconds // 60)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.may_change_idle = allowed(role, Action.CHANGE_IDLE_TIMEOUT)
        self.idle_minutes.setEnabled(self.may_change_idle)
        self.save_idle = QPushButton(self.tr("Apply"))
        self.save_idle.setObjectName("settingsIdleApply")
        self.save_idle.setVisible(self.may_change_idle)
        self.save_idle.clicked.connect(
            lambda: self.idle_timeout_chosen.emit(self.idle_minutes.value() * 60)
        )
        form.addRow(self.tr("Lock after inactivity"), self.idle_minutes)
        form.addRow("", self.save_idle)
        layout.addWidget(holder)
        if not self.may_change_idle:
            note = QLabel(self.tr("Only the chief procurator may change the idle-lock time."))
            note.setStyleSheet("color: #555;")
            note.setWordWrap(True)
            layout.addWidget(note)
        self.status = QLabel()
        self.status.setObjectName("settingsStatus")
        layout.addWidget(self.status)
        layout.addStretch(1)
