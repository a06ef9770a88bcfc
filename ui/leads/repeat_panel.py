"""The entry form's duplicate suggestion: leads already about the same reported
person and unit. The clerk may add the report being entered to one of them as a repeat
report (one case card, many report events) instead of recording a new lead."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app.ports import LeadsPort
from desktop.domain.leads import DuplicateCandidate, NewReport, Report, ReportedPerson
from ui.workers import Worker


class RepeatPanel(QGroupBox):
    """`report` builds the report being entered, or returns None (and shows why)."""

    added = Signal(object)  # the stored Report

    def __init__(self, leads: LeadsPort, worker: Worker,
                 report: Callable[[], NewReport | None],
                 refused: Callable[[BaseException], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repeatPanel")
        self.setTitle(self.tr("Possible repeat report"))
        self._leads = leads
        self._worker = worker
        self._report = report
        self._refused = refused
        self.candidates: list[DuplicateCandidate] = []
        layout = QVBoxLayout(self)
        self.words = QLabel()
        self.words.setWordWrap(True)
        layout.addWidget(self.words)
        row = QHBoxLayout()
        self.lead = QComboBox()
        self.lead.setObjectName("repeatLead")
        self.new_content = QCheckBox(self.tr("Brings new content"))
        self.new_content.setObjectName("repeatNewContent")
        self.add_button = QPushButton(self.tr("Add as a report to this lead"))
        self.add_button.setObjectName("addRepeat")
        self.add_button.clicked.connect(self.add_to_lead)
        layout.addWidget(self.lead)
        row.addWidget(self.new_content)
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.setVisible(False)

    def look_for(self, persons: tuple[ReportedPerson, ...]) -> None:
        """Ask the register (on the worker) for leads about the same person and unit."""
        if not any(p.name.strip() and p.unit.strip() for p in persons):
            self.show_candidates([])
            return
        leads = self._leads
        self._worker.submit(lambda: leads.duplicates(persons), self.show_candidates,
                            lambda _error: None, owner=self)

    def show_candidates(self, found: list[DuplicateCandidate]) -> None:
        seen: dict[int, DuplicateCandidate] = {}
        for candidate in found:
            seen.setdefault(int(candidate.lead_id), candidate)
        self.candidates = list(seen.values())
        self.lead.clear()
        for candidate in self.candidates:
            person = candidate.person
            self.lead.addItem(self.tr("Lead %1: %2, %3").replace(
                "%1", str(candidate.number)).replace("%2", person.name).replace(
                "%3", person.unit), int(candidate.lead_id))
        self.words.setText(self.tr(
            "The register already holds %1 lead(s) about this person and unit. If this is the "
            "same matter, add the report to that lead instead of recording a new one.").replace(
            "%1", str(len(self.candidates))))
        self.setVisible(bool(self.candidates))

    def add_to_lead(self) -> None:
        report = self._report()
        lead_id = self.lead.currentData()
        if report is None or lead_id is None:
            return
        leads, new_content = self._leads, self.new_content.isChecked()
        self.add_button.setEnabled(False)
        self._worker.submit(lambda: leads.add_report(lead_id, report, new_content),
                            self._added, self._failed, owner=self)

    def _added(self, stored: Report) -> None:
        self.add_button.setEnabled(True)
        self.show_candidates([])
        self.added.emit(stored)

    def _failed(self, error: BaseException) -> None:
        self.add_button.setEnabled(True)
        self._refused(error)
