"""The reported persons of a lead as an editable table: one row per person (name,
unit, post, rank, region), rows added and removed with buttons. Used by the entry form
(the persons after the first) and by the case card correction."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.leads import Rank, ReportedPerson
from ui.leads.labels import rank_label

_NAME, _UNIT, _POST, _RANK, _REGION = range(5)


class PersonsTable(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("personsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Unit"), self.tr("Post"), self.tr("Rank"),
            self.tr("Region")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(_UNIT, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(_NAME, 90)
        self.table.setColumnWidth(_POST, 80)
        self.table.setColumnWidth(_RANK, 150)
        self.table.setColumnWidth(_REGION, 80)
        self.table.setMinimumHeight(90)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a person"))
        self.add_button.setObjectName("addPerson")
        self.add_button.clicked.connect(lambda: self.add_person(ReportedPerson("")))
        self.remove_button = QPushButton(self.tr("Remove the selected person"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def add_person(self, person: ReportedPerson) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in ((_NAME, person.name), (_UNIT, person.unit),
                             (_POST, person.post), (_REGION, person.region)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        rank = QComboBox()
        for value in Rank:
            rank.addItem(rank_label(value), value)
        rank.setCurrentIndex(rank.findData(person.rank))
        self.table.setCellWidget(row, _RANK, rank)

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def set_persons(self, persons: tuple[ReportedPerson, ...] | list[ReportedPerson]) -> None:
        self.table.setRowCount(0)
        for person in persons:
            self.add_person(person)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return "" if item is None else item.text().strip()

    def persons(self) -> tuple[ReportedPerson, ...]:
        """Every row, blank rows left out."""
        found = []
        for row in range(self.table.rowCount()):
            rank = self.table.cellWidget(row, _RANK)
            person = ReportedPerson(
                self._text(row, _NAME), self._text(row, _UNIT), self._text(row, _POST),
                rank.currentData() if isinstance(rank, QComboBox) else Rank.UNKNOWN,
                self._text(row, _REGION))
            if any((person.name, person.unit, person.post, person.region)):
                found.append(person)
        return tuple(found)
