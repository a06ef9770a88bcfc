"""The audit view's filters: a time range (local time on screen, UTC in the query),
a user, an action and a subject."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.audit.canonical import format_time
from desktop.domain.audit_query import AuditFilter
from ui.audit_words import action_codes


class AuditFilters(QWidget):
    """``applied`` when the chief asks for the records these select."""

    applied = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditFilters")
        rows = QVBoxLayout(self)  # two rows: the window stays 1100 px wide
        rows.setContentsMargins(0, 0, 0, 0)
        row, second = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(row)
        rows.addLayout(second)
        self.since_on = QCheckBox(self.tr("From"))
        self.since = self._moment("auditSince")
        self.until_on = QCheckBox(self.tr("to"))
        self.until = self._moment("auditUntil")
        now = QDateTime.currentDateTime()
        self.since.setDateTime(now.addDays(-7))
        self.until.setDateTime(now)
        self.user = QComboBox()
        self.user.setObjectName("auditUser")
        self.user.addItem(self.tr("Anyone"), "")
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.action.addItem(self.tr("Any action"), "")
        for code, words in action_codes():
            self.action.addItem(words, code)
            self.action.setItemData(self.action.count() - 1, code, 3)  # tooltip: the code
        self.subject = QLineEdit()
        self.subject.setObjectName("auditSubject")
        self.subject.setPlaceholderText(self.tr("Subject: lead number or id"))
        self.apply_button = QPushButton(self.tr("Show"))
        self.apply_button.setObjectName("auditApply")
        self.clear_button = QPushButton(self.tr("All records"))
        self.clear_button.setObjectName("auditClear")
        for widget in (self.since_on, self.since, self.until_on, self.until,
                       QLabel(self.tr("By:")), self.user):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.action, self.subject, self.apply_button, self.clear_button):
            second.addWidget(widget)
        second.addStretch(1)
        self.since_on.toggled.connect(self.since.setEnabled)
        self.until_on.toggled.connect(self.until.setEnabled)
        self.since.setEnabled(False)
        self.until.setEnabled(False)
        self.apply_button.clicked.connect(self.applied)
        self.subject.returnPressed.connect(self.applied)
        self.clear_button.clicked.connect(self.clear)

    def _moment(self, name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        return edit

    def set_people(self, people: list[tuple[str, str]]) -> None:
        for actor, name in people:
            self.user.addItem(name, actor)
        self.user.addItem(self.tr("The system"), "system")

    def clear(self) -> None:
        self.since_on.setChecked(False)
        self.until_on.setChecked(False)
        self.user.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.subject.clear()
        self.applied.emit()

    def chosen(self, subject: str = "") -> AuditFilter:
        """The filter as chosen; ``subject`` as the session resolved the typed one."""
        return AuditFilter(
            since=_utc(self.since.dateTime()) if self.since_on.isChecked() else "",
            until=_utc(self.until.dateTime()) if self.until_on.isChecked() else "",
            actor=str(self.user.currentData() or ""),
            action=str(self.action.currentData() or ""),
            subject=subject,
        )


def _utc(moment: QDateTime) -> str:
    local = datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC)
    return format_time(local)
