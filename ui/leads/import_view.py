"""Importing a register kept so far in a spreadsheet (docs/LEADS-IMPORT.md), as the
CLI does it: the chosen CSV file is checked first (a dry run) and every problem listed
by line and column; only a file without any problem can be imported, all or nothing,
in one transaction. Afterwards the clerk is reminded to destroy the file, which holds
identities in clear."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.app.ports import LeadsPort
from desktop.domain.leads import LeadNumber
from desktop.leads.errors import InvalidField
from desktop.leads.importer import ImportRejected
from desktop.leads.model import ImportCheck
from ui.i18n import sentences
from ui.leads.labels import describe_lead_error, field_label, problem_text
from ui.workers import Worker

FILE_LIMIT = 200 * 1024 * 1024  # far above 100,000 rows


class ImportView(QWidget):
    imported = Signal(int)  # how many leads: the lists refresh

    def __init__(self, leads: LeadsPort, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importView")
        self._leads = leads
        self._worker = worker
        self._raw: bytes | None = None
        self.file_name = ""
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Import a register kept so far in a spreadsheet, saved as CSV (UTF-8 or "
            "GB18030). The file is checked first; only a file without any problem is "
            "imported, all rows or none."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose a CSV file…"))
        self.choose_button.setObjectName("chooseCsv")
        self.choose_button.clicked.connect(self._choose)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importCsv")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        row.addWidget(self.choose_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.problems = QTableWidget(0, 3)
        self.problems.setObjectName("importProblems")
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Column"), self.tr("Problem")])
        self.problems.verticalHeader().setVisible(False)
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.setColumnWidth(1, 200)
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.problems, 1)
        self.reminder = QLabel()
        self.reminder.setObjectName("importReminder")
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet("color: #b71c1c; font-weight: bold;")
        layout.addWidget(self.reminder)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a CSV file"), "",
                                              self.tr("CSV files (*.csv)"))
        if path:
            with open(path, "rb") as source:
                self.load(Path(path).name, source.read(FILE_LIMIT + 1))

    def load(self, file_name: str, raw: bytes) -> None:
        """Check the file on the worker (a dry run): nothing is imported yet."""
        self._raw, self.file_name = raw, file_name
        self.import_button.setEnabled(False)
        self.reminder.setText("")
        self.problems.setRowCount(0)
        self.status.setText(self.tr("Checking %1…").replace("%1", file_name))
        self._busy(True)
        leads = self._leads
        self._worker.submit(lambda: leads.check_import(raw), self._checked, self._rejected,
                            owner=self)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0 if busy else 1)  # moving while the worker runs
        self.choose_button.setEnabled(not busy)

    def _checked(self, check: ImportCheck) -> None:
        self._busy(False)
        self.status.setText(self.tr(
            "%1: %2 rows, all good (%3). Nothing is imported until you press Import.")
            .replace("%1", self.file_name).replace("%2", str(check.rows))
            .replace("%3", check.encoding.upper()))
        self.import_button.setEnabled(check.rows > 0)

    def _rejected(self, error: BaseException) -> None:
        self._busy(False)
        self.import_button.setEnabled(False)
        if not isinstance(error, ImportRejected):
            self.status.setText(describe_lead_error(error))
            return
        words = [describe_lead_error(error)]
        if error.encoding:
            words.append(self.tr("The file is neither UTF-8 nor GB18030."))
        if error.malformed:
            words.append(self.tr("It is not a CSV table."))
        self.status.setText(sentences(*words))
        self.problems.setRowCount(len(error.problems))
        for i, problem in enumerate(error.problems):
            for column, text in enumerate((
                    str(problem.line), field_label(problem.column),
                    problem_text(InvalidField(problem.column, problem.problem)))):
                self.problems.setItem(i, column, QTableWidgetItem(text))

    def start_import(self) -> None:
        raw = self._raw
        if raw is None:
            return
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Importing…"))
        self._busy(True)
        leads = self._leads
        self._worker.submit(lambda: leads.import_csv(raw), self._imported, self._rejected,
                            owner=self)

    def _imported(self, numbers: list[LeadNumber]) -> None:
        self._busy(False)
        self.progress.setVisible(True)
        self.progress.setValue(1)
        self._raw = None
        first, last = (str(min(numbers)), str(max(numbers))) if numbers else ("", "")
        self.status.setText(self.tr("%1 leads were imported: %2 to %3.")
                            .replace("%1", str(len(numbers))).replace("%2", first)
                            .replace("%3", last))
        self.reminder.setText(self.tr(
            "Now destroy the file %1 and every copy of it (USB stick, download folder, "
            "recycle bin): it holds informants' identities in clear. The register keeps "
            "them encrypted.").replace("%1", self.file_name))
        self.imported.emit(len(numbers))
