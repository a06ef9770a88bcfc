"""The clerk's confidential bags: the register, one bag, its actions and prints.

Every change is one BagService call off the GUI thread; the view reloads from
what it returns. Refusals appear in plain words where the user acted."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.app.ports import BagsPort, UnlockedSession
from desktop.domain.bag_records import BagChangedMeanwhile, StoredBag, StoredEvent
from desktop.domain.bags import BagAction, BagState
from desktop.domain.confidential_number import parse_number
from ui.bags import jobs
from ui.bags.detail import PRINT_COVER, PRINT_LABELS, PRINT_SEALS, BagDetail, when
from ui.bags.dialogs import AddLeadForm, AddMaterialForm, BagForm, CreateBagForm, TextForm
from ui.bags.scan_bar import ScanBar
from ui.bags.words import describe_bag_error, state_name
from ui.printing.job import PrintJob
from ui.printing.preview_dialog import PrintPreviewDialog
from ui.workers import Worker

translate = QCoreApplication.translate


def bag_columns() -> list[str]:
    return [
        translate("Bags", "Confidential number"),
        translate("Bags", "State"),
        translate("Bags", "Recipient"),
        translate("Bags", "Leads"),
        translate("Bags", "Items"),
        translate("Bags", "Pages"),
        translate("Bags", "Sealed"),
        translate("Bags", "Handed over"),
        translate("Bags", "Holder"),
    ]


# A list of bags, the one selected (if any) and its events: read off the GUI thread.
BagListing = tuple[list[StoredBag], StoredBag | None, list[StoredEvent]]


def read_listing(service: BagsPort, rows: list[StoredBag], selected: str | None
                 ) -> BagListing:
    if selected is None:
        return rows, None, []
    number = parse_number(selected)
    return rows, service.get(number), service.events(number)


def fill_bag_table(
    table: QTableWidget, rows: list[StoredBag], selected: StoredBag | None = None
) -> None:
    """Show ``rows``; select the row of ``selected`` without emitting selection signals
    (the caller shows that bag's details itself)."""
    table.blockSignals(True)
    try:
        _fill_rows(table, rows)
        if selected is not None:
            for r, row in enumerate(rows):
                if row.bag.number == selected.bag.number:
                    table.selectRow(r)
    finally:
        table.blockSignals(False)


def _fill_rows(table: QTableWidget, rows: list[StoredBag]) -> None:
    table.setRowCount(len(rows))
    for r, stored in enumerate(rows):
        bag = stored.bag
        values = [
            str(bag.number),
            state_name(bag.state),
            bag.recipient,
            str(len(bag.lead_numbers)),
            str(bag.items),
            str(bag.pages),
            when(bag.sealed_at),
            when(bag.handed_over_at),
            bag.holder or "—",
        ]
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if c == 1 and bag.state is BagState.VOID:
                item.setForeground(Qt.GlobalColor.darkRed)
            table.setItem(r, c, item)


def new_bag_table() -> QTableWidget:
    table = QTableWidget(0, len(bag_columns()))
    table.setObjectName("bagTable")
    table.setHorizontalHeaderLabels(bag_columns())
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class BagsView(QWidget):
    loaded = Signal()  # the register (and the selected bag) were read again
    changed = Signal(str)  # a change succeeded: the bag's number

    def __init__(
        self, session: UnlockedSession, worker: Worker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bagsView")
        self.session = session
        self.worker = worker
        self.rows: list[StoredBag] = []
        self.form: BagForm | None = None  # the open action form
        self.print_dialog: PrintPreviewDialog | None = None

        title = QLabel(translate("Sections", "Confidential bags"))
        title.setObjectName("sectionTitle")
        title.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.new_button = QPushButton(translate("Bags", "New bag…"))
        self.new_button.setObjectName("newBag")
        self.register_button = QPushButton(translate("Bags", "Print the bag register…"))
        self.register_button.setObjectName("printRegister")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.register_button)
        top.addWidget(self.new_button)
        self.scan = ScanBar(session, worker)
        self.status = QLabel("")
        self.status.setObjectName("bagsStatus")
        self.status.setWordWrap(True)
        self.table = new_bag_table()
        self.detail = BagDetail(clerk=True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([280, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scan)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

        self.new_button.clicked.connect(self.create_bag)
        self.register_button.clicked.connect(lambda: self.open_print(jobs.register_job(session)))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.scan.opened.connect(self.open_bag)
        self.detail.action_requested.connect(self.act)
        self.reload()

    # -- reading ------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        bags = self.session.bags
        current = select or self.selected_number()

        def read() -> BagListing:
            service = bags()
            return read_listing(service, service.list_bags(), current)

        self.worker.submit(read, self._loaded, self._error, owner=self)

    def _loaded(self, result: BagListing) -> None:
        rows, stored, events = result
        self.rows = rows
        fill_bag_table(self.table, rows, stored)
        self.detail.show_bag(stored, events)
        self.loaded.emit()

    def selected_number(self) -> str | None:
        if self.detail.stored is not None:
            return str(self.detail.stored.bag.number)
        return None

    def _selection_changed(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected and selected[0].row() < len(self.rows):
            self.open_bag(str(self.rows[selected[0].row()].bag.number))

    def open_bag(self, number: str) -> None:
        self.reload(select=number)

    # -- changes ------------------------------------------------------------------

    def create_bag(self) -> None:
        form = CreateBagForm(self)
        bags = self.session.bags

        def submit() -> None:
            leads, items, pages = form.lead_numbers(), form.items.value(), form.pages.value()
            recipient = form.recipient.text().strip()
            self._change(
                lambda: bags().create(leads=leads, items=items, pages=pages, recipient=recipient),
                form,
                translate("Bags", "Bag %1 created."),
            )

        self._open_form(form, submit)

    def act(self, key: str) -> None:
        stored = self.detail.stored
        if stored is None:
            return
        number = stored.bag.number
        shown = str(number)
        bags = self.session.bags
        if key == PRINT_COVER:
            self.open_print(jobs.cover_sheet_job(self.session, number))
        elif key == PRINT_LABELS:
            self.open_print(jobs.bag_labels_job(self.session, number))
        elif key == PRINT_SEALS:
            self.open_print(jobs.seal_labels_job(self.session, number))
        elif key == BagAction.ADD_LEAD.value:
            lead_form = AddLeadForm(shown, self)
            self._open_form(
                lead_form,
                lambda: self._change(
                    lambda: bags().add_lead(number, lead_form.lead.text().strip()),
                    lead_form,
                    translate("Bags", "Lead added to bag %1."),
                ),
            )
        elif key == BagAction.ADD_MATERIAL.value:
            material = AddMaterialForm(shown, self)
            self._open_form(
                material,
                lambda: self._change(
                    lambda: bags().add_material(
                        number, material.items.value(), material.pages.value()
                    ),
                    material,
                    translate("Bags", "Materials added to bag %1."),
                ),
            )
        elif key == BagAction.SEAL.value:
            self._change(lambda: bags().seal(number), None, translate("Bags", "Bag %1 sealed."))
        elif key == BagAction.HAND_OVER.value:
            receiver = TextForm(
                translate("Bags", "Hand over bag %1").replace("%1", shown),
                translate("Bags", "Received by:"),
                translate(
                    "Bags",
                    "The person who takes the sealed bag, e.g. the chief "
                    "procurator's secretary. Their signature goes on the cover sheet.",
                ),
                self,
            )
            self._open_form(
                receiver,
                lambda: self._change(
                    lambda: bags().hand_over(number, receiver.value()),
                    receiver,
                    translate("Bags", "Bag %1 handed over."),
                ),
            )
        elif key == BagAction.RESEAL.value:
            self._change(lambda: bags().reseal(number), None, translate("Bags", "Bag %1 resealed."))
        elif key == BagAction.RETURN_TO_SENDER.value:
            self._change(
                lambda: bags().return_to_sender(number), None, translate("Bags", "Bag %1 returned.")
            )
        elif key == BagAction.VOID.value:
            reason = TextForm(
                translate("Bags", "Void bag %1").replace("%1", shown),
                translate("Bags", "Reason:"),
                translate(
                    "Bags",
                    "The number stays in the register as voided and is never "
                    "issued again. Do not write names or report content here.",
                ),
                self,
            )
            self._open_form(
                reason,
                lambda: self._change(
                    lambda: bags().void(number, reason.value()),
                    reason,
                    translate("Bags", "Bag %1 voided."),
                ),
            )

    def _open_form(self, form: BagForm, submit: Callable[[], None]) -> None:
        self.form = form
        form.buttons.accepted.connect(submit)
        form.open()

    def _change(self, work: Callable[[], Any], form: BagForm | None, done: str) -> None:
        if form is not None:
            form.set_busy(True)

        def ok(stored: StoredBag) -> None:
            number = str(stored.bag.number)
            if form is not None:
                form.accept()
            self._say(done.replace("%1", number), error=False)
            self.reload(select=number)
            self.changed.emit(number)

        def refused(error: BaseException) -> None:
            text = describe_bag_error(error)
            if form is not None and form.isVisible():
                form.show_error(text)
            else:
                self._say(text, error=True)
            if isinstance(error, BagChangedMeanwhile):
                self.reload()

        self.worker.submit(work, ok, refused, owner=self)

    # -- printing -----------------------------------------------------------------

    def open_print(self, job: PrintJob) -> None:
        dialog = PrintPreviewDialog(job, self.worker, self, describe_bag_error)
        dialog.finished.connect(lambda _r: self.reload())
        self.print_dialog = dialog
        dialog.open()

    # -- messages -----------------------------------------------------------------

    def _error(self, error: BaseException) -> None:
        self._say(describe_bag_error(error), error=True)

    def _say(self, text: str, error: bool) -> None:
        self.status.setStyleSheet(
            "color: #b00020; font-weight: bold;" if error else "color: #1b5e20;"
        )
        self.status.setText(text)
