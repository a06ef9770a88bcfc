"""The requests table both screens show (newest first), in the user's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desktop.app.approvals import RequestFacts
from ui.approvals.words import kind_words, scope_words, state_words

translate = QCoreApplication.translate


class RequestsTable(QTableWidget):
    def __init__(self) -> None:
        super().__init__(0, 7)
        self.setObjectName("requestsTable")
        self.setHorizontalHeaderLabels([
            translate("Approvals", "No."), translate("Approvals", "Request"),
            translate("Approvals", "Leads / subject"), translate("Approvals", "Scope"),
            translate("Approvals", "Hours"), translate("Approvals", "Requested by"),
            translate("Approvals", "State"),
        ])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.facts: list[RequestFacts] = []

    def show_facts(self, facts: list[RequestFacts]) -> None:
        self.facts = facts
        self.setRowCount(len(facts))
        separator = translate("Leads", ", ")
        for row, f in enumerate(facts):
            requester = f.requester + (f" ({f.on_behalf})" if f.on_behalf else "")
            cells = (str(f.id), kind_words(f.kind), separator.join(f.subjects),
                     separator.join(scope_words(s) for s in f.scope) or "—", str(f.hours),
                     requester, state_words(f.state))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setToolTip(f.reason)  # the reason, in the requester's words
                self.setItem(row, column, item)
        self.resizeColumnsToContents()

    def selected(self) -> RequestFacts | None:
        rows = {i.row() for i in self.selectedIndexes()}
        return self.facts[rows.pop()] if len(rows) == 1 else None
