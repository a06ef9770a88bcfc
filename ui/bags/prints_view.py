"""The clerk's print register: every copy the bags' documents were issued as,
with its six-digit copy number (reprints are new copies with new numbers)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.app.ports import UnlockedSession
from desktop.domain.bag_records import PrintedCopy
from desktop.domain.documents import DocumentKind
from ui.bags import jobs
from ui.bags.detail import when
from ui.bags.words import describe_bag_error
from ui.printing.preview_dialog import PrintPreviewDialog
from ui.workers import Worker

translate = QCoreApplication.translate


def document_name(document: DocumentKind) -> str:
    return {
        DocumentKind.COVER_SHEET: translate("Bags", "Cover sheet"),
        DocumentKind.BAG_LABEL: translate("Bags", "Bag label"),
        DocumentKind.SEAL_LABELS: translate("Bags", "Seal labels"),
        DocumentKind.BAG_REGISTER: translate("Bags", "Bag register"),
    }.get(document, document.value)


class PrintsView(QWidget):
    loaded = Signal()

    def __init__(
        self, session: UnlockedSession, worker: Worker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printsView")
        self.session = session
        self.worker = worker
        self.copies: list[PrintedCopy] = []
        self.print_dialog: PrintPreviewDialog | None = None
        title = QLabel(translate("Sections", "Prints"))
        title.setObjectName("sectionTitle")
        title.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.register_button = QPushButton(translate("Bags", "Print the bag register…"))
        self.register_button.setObjectName("printRegister")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.register_button)
        note = QLabel(
            translate(
                "Bags",
                "Every printed copy has its own copy number and an audit record. "
                "Print cover sheets and labels from the bag itself.",
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        headers = [
            translate("Bags", "Copy No."),
            translate("Bags", "Document"),
            translate("Bags", "Bag"),
            translate("Bags", "Printed"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("copiesTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.register_button.clicked.connect(self.print_register)
        self.reload()

    def reload(self) -> None:
        bags = self.session.bags

        def read() -> list[PrintedCopy]:
            service = bags()
            found = [c for s in service.list_bags() for c in service.copies(s.bag.number)]
            return sorted(found, key=lambda c: c.copy_number.value, reverse=True)

        self.worker.submit(read, self._loaded, self._error, owner=self)

    def _loaded(self, copies: list[PrintedCopy]) -> None:
        self.copies = copies
        self.table.setRowCount(len(copies))
        for r, copy in enumerate(copies):
            values = [
                str(copy.copy_number),
                document_name(copy.document),
                copy.subject.removeprefix("bag:"),
                when(copy.printed_at),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.loaded.emit()

    def print_register(self) -> None:
        dialog = PrintPreviewDialog(
            jobs.register_job(self.session), self.worker, self, describe_bag_error
        )
        dialog.finished.connect(lambda _r: self.reload())
        self.print_dialog = dialog
        dialog.open()

    def _error(self, error: BaseException) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(describe_bag_error(error))
