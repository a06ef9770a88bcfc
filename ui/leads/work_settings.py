"""The leads register's settings on the settings page: the work calendar of a year
(public holidays and weekend days worked in exchange, 调休 — from the kept library
where it knows the year, set by hand otherwise), the deadlines the Provisions leave
open, and the name of the discipline inspection department. Everyone reads them; only
the chief procurator changes them (refused and audited by the core otherwise)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.app.ports import SettingsPort
from desktop.app.settings import DeadlineSetting, WorkYear
from desktop.leads.deadlines import CHINA
from ui.leads.labels import deadline_label, problem_sentence
from ui.leads.prints_tab import ClassificationChoice
from ui.workers import Worker

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9}


def article_words(article: str) -> str:
    """"Art 62" / "Ch. III" (the rules table's) in the user's words."""
    kind, _, number = article.partition(" ")
    if kind == "Art":
        return QCoreApplication.translate("Leads", "Art %1").replace("%1", number)
    if kind == "Ch." and number in _ROMAN:
        return QCoreApplication.translate("Leads", "Chapter %1").replace(
            "%1", str(_ROMAN[number]))
    return article


def _days(days: tuple[date, ...]) -> str:
    return "\n".join(day.isoformat() for day in days)


class WorkSettingsPanel(QGroupBox):
    year_saved = Signal(int)  # the keyholders' calendar line follows

    def __init__(self, settings: Callable[[], SettingsPort], worker: Worker, may_change: bool,
                 clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workSettings")
        self.setTitle(self.tr("Leads register: work calendar and deadlines"))
        self._settings = settings
        self._worker = worker
        self.may_change = may_change
        self.deadline_rows: list[DeadlineSetting] = []
        layout = QVBoxLayout(self)
        year_row = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setObjectName("calendarYear")
        self.year.setRange(2000, 2099)
        self.year.setValue(clock().astimezone(CHINA).year)
        self.year.valueChanged.connect(self.load_year)
        self.source = QLabel()
        self.source.setObjectName("calendarSource")
        self.source.setWordWrap(True)
        year_row.addWidget(QLabel(self.tr("Year")))
        year_row.addWidget(self.year)
        year_row.addWidget(self.source, 1)
        layout.addLayout(year_row)
        days = QHBoxLayout()
        self.holidays = QPlainTextEdit()
        self.holidays.setObjectName("calendarHolidays")
        self.workdays = QPlainTextEdit()
        self.workdays.setObjectName("calendarWorkdays")
        for title, edit in ((self.tr("Public holidays (one date a line)"), self.holidays),
                            (self.tr("Weekend days worked in exchange"), self.workdays)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            edit.setMaximumHeight(150)
            edit.setReadOnly(not may_change)
            column.addWidget(edit)
            days.addLayout(column)
        layout.addLayout(days)
        self.save_year = QPushButton(self.tr("Save the days of this year"))
        self.save_year.setObjectName("calendarSave")
        self.save_year.clicked.connect(self.submit_year)
        layout.addWidget(self.save_year)
        self.deadlines = QTableWidget(0, 3)
        self.deadlines.setObjectName("deadlineSettings")
        self.deadlines.setHorizontalHeaderLabels(
            [self.tr("Deadline"), self.tr("Amount"), self.tr("Time unit")])
        self.deadlines.verticalHeader().setVisible(False)
        self.deadlines.horizontalHeader().setStretchLastSection(True)
        self.deadlines.setColumnWidth(0, 260)
        self.deadlines.setMaximumHeight(190)
        layout.addWidget(QLabel(self.tr(
            "Deadlines the Provisions leave to the centre (the others are fixed by them):")))
        layout.addWidget(self.deadlines)
        self.save_deadlines = QPushButton(self.tr("Save the deadlines"))
        self.save_deadlines.setObjectName("deadlinesSave")
        self.save_deadlines.clicked.connect(self.submit_deadlines)
        layout.addWidget(self.save_deadlines)
        department = QFormLayout()
        self.department = QLineEdit()
        self.department.setObjectName("disciplineDepartment")
        self.department.setReadOnly(not may_change)
        self.save_department = QPushButton(self.tr("Save"))
        self.save_department.setObjectName("departmentSave")
        self.save_department.clicked.connect(self.submit_department)
        row = QHBoxLayout()
        row.addWidget(self.department, 1)
        row.addWidget(self.save_department)
        department.addRow(self.tr("Discipline inspection department"), row)
        self.classification = ClassificationChoice()
        self.classification.setEnabled(may_change)
        self.save_classification = QPushButton(self.tr("Save"))
        self.save_classification.setObjectName("classificationSave")
        self.save_classification.clicked.connect(self.submit_classification)
        marks = QHBoxLayout()
        marks.addWidget(self.classification, 1)
        marks.addWidget(self.save_classification)
        department.addRow(self.tr("Default classification of prints"), marks)
        layout.addLayout(department)
        for button in (self.save_year, self.save_deadlines, self.save_department,
                       self.save_classification):
            button.setVisible(may_change)
        self.message = QLabel()
        self.message.setObjectName("workSettingsMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.load()

    def _run(self, call: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._worker.submit(call, done, self._refused, owner=self)

    def _refused(self, error: BaseException) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(problem_sentence(error))

    def _said(self, words: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(words)

    def load(self) -> None:
        self.load_year()
        settings = self._settings
        self._run(settings().deadlines, self._show_deadlines)
        self._run(settings().discipline_department, self.department.setText)
        self._run(settings().print_classification, self.classification.set_mark)

    def load_year(self) -> None:
        settings, year = self._settings, self.year.value()
        self._run(lambda: settings().work_year(year), self._show_year)

    def _show_year(self, work: WorkYear) -> None:
        self.holidays.setPlainText(_days(work.holidays))
        self.workdays.setPlainText(_days(work.workdays))
        if work.set_by_hand:
            words = self.tr("Set by hand for this year.")
        elif work.library_knows:
            words = self.tr("From the kept holiday calendar (State Council notices).")
        else:
            words = self.tr("The kept calendar does not know this year: enter its days "
                            "from the State Council's notice.")
        self.source.setText(words)

    def _show_deadlines(self, rows: list[DeadlineSetting]) -> None:
        self.deadline_rows = [row for row in rows if row.adjustable]
        self.deadlines.setRowCount(len(self.deadline_rows))
        for i, row in enumerate(self.deadline_rows):
            self.deadlines.setItem(i, 0, QTableWidgetItem(
                self.tr("%1 (%2)").replace("%1", deadline_label(row.code)).replace(
                    "%2", article_words(row.article))))
            amount = QSpinBox()
            amount.setRange(1, 366)
            amount.setValue(row.amount)
            amount.setEnabled(self.may_change)
            unit = QComboBox()
            for code, words in (("hours", self.tr("hours")), ("days", self.tr("days")),
                                ("working-days", self.tr("working days")),
                                ("months", self.tr("months"))):
                unit.addItem(words, code)
            unit.setCurrentIndex(unit.findData(row.unit))
            unit.setEnabled(self.may_change)
            self.deadlines.setCellWidget(i, 1, amount)
            self.deadlines.setCellWidget(i, 2, unit)

    def submit_year(self) -> None:
        settings, year = self._settings, self.year.value()
        holidays, workdays = self.holidays.toPlainText(), self.workdays.toPlainText()

        def saved(work: WorkYear) -> None:
            self._show_year(work)
            self._said(self.tr("The days of %1 were saved.").replace("%1", str(year)))
            self.year_saved.emit(year)

        self._run(lambda: settings().set_work_year(year, holidays, workdays), saved)

    def submit_deadlines(self) -> None:
        settings = self._settings
        changes = []
        for i, row in enumerate(self.deadline_rows):
            amount, unit = self.deadlines.cellWidget(i, 1), self.deadlines.cellWidget(i, 2)
            if (isinstance(amount, QSpinBox) and isinstance(unit, QComboBox)
                    and (amount.value(), unit.currentData()) != (row.amount, row.unit)):
                changes.append((row.code, amount.value(), str(unit.currentData())))

        def save() -> list[DeadlineSetting]:
            for code, amount, unit in changes:
                settings().set_deadline(code, amount, unit)
            return settings().deadlines()

        def saved(rows: list[DeadlineSetting]) -> None:
            self._show_deadlines(rows)
            self._said(self.tr("The deadlines were saved."))

        self._run(save, saved)

    def submit_department(self) -> None:
        settings, name = self._settings, self.department.text()
        self._run(lambda: settings().set_discipline_department(name),
                  lambda _r: self._said(self.tr("The department was saved.")))

    def submit_classification(self) -> None:
        settings, mark = self._settings, self.classification.mark()
        self._run(lambda: settings().set_print_classification(mark),
                  lambda _r: self._said(self.tr("The default classification was saved.")))
