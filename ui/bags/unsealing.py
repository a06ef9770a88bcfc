"""The chief procurator's bags awaiting unsealing, and the unsealing dialog.

He selects the bag (or scans its label), checks what he is about to sign,
enters his PIN, and his card signs the canonical unsealing record. The PIN
goes straight to the card on the session's worker (where every call into the
session runs, the signing included) and is never kept; the service
verifies the signature against his enrolled key before recording anything.
Any other card is refused in plain words and the bag stays sealed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.app.ports import UnlockedSession
from desktop.bags.errors import UnsealingRefused
from desktop.bags.unsealing import UnsealingRequest
from desktop.domain.bag_records import StoredBag
from desktop.domain.bags import BagState
from desktop.domain.confidential_number import ConfidentialNumber
from ui.bags.bags_view import BagListing, fill_bag_table, new_bag_table, read_listing
from ui.bags.detail import BagDetail, when
from ui.bags.scan_bar import ScanBar
from ui.bags.words import describe_bag_error
from ui.workers import Worker

translate = QCoreApplication.translate
PIN_MAX = 127


class UnsealDialog(QDialog):
    unsealed = Signal(str)  # the number, once the service recorded the unsealing
    refused = Signal(str)  # the message shown

    def __init__(
        self,
        session: UnlockedSession,
        worker: Worker,
        stored: StoredBag,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unsealDialog")
        self.setWindowTitle(translate("Bags", "Unseal a confidential bag"))
        self.setMinimumWidth(560)
        self.session = session
        self.number: ConfidentialNumber = stored.bag.number
        self.worker = worker
        self.request: UnsealingRequest | None = None
        bag = stored.bag

        heading = QLabel(translate("Bags", "Unseal bag %1").replace("%1", str(bag.number)))
        heading.setObjectName("unsealHeading")
        heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        facts = QFormLayout()
        facts.addRow(translate("Bags", "Sender:"), QLabel(bag.sender))
        facts.addRow(translate("Bags", "Recipient:"), QLabel(bag.recipient))
        facts.addRow(
            translate("Bags", "Sealed:"), QLabel(f"{when(bag.sealed_at)}  {bag.sealed_by or ''}")
        )
        facts.addRow(
            translate("Bags", "Handed over:"),
            QLabel(f"{when(bag.handed_over_at)}  {bag.holder or ''}"),
        )
        facts.addRow(translate("Bags", "Items / pages:"), QLabel(f"{bag.items} / {bag.pages}"))
        self.record_label = QLabel(translate("Bags", "Preparing the unsealing record…"))
        self.record_label.setObjectName("unsealRecord")
        self.record_label.setWordWrap(True)
        facts.addRow(translate("Bags", "You sign:"), self.record_label)
        self.reader = QComboBox()
        self.reader.setObjectName("signingReader")
        facts.addRow(translate("Bags", "Card reader:"), self.reader)
        self.pin = QLineEdit()
        self.pin.setObjectName("unsealPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(PIN_MAX)
        self.pin.setPlaceholderText(translate("Bags", "The PIN of the chief procurator's card"))
        facts.addRow(translate("Bags", "PIN:"), self.pin)
        note = QLabel(
            translate(
                "Bags",
                "Only the chief procurator's own card can unseal a bag. The card signs "
                "this record after the PIN; the signature is checked against his "
                "enrolled key and kept in the bag's history.",
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.message = QLabel("")
        self.message.setObjectName("unsealMessage")
        self.message.setWordWrap(True)
        self.sign_button = QPushButton(translate("Bags", "Sign and unseal"))
        self.sign_button.setObjectName("signAndUnseal")
        self.sign_button.setEnabled(False)
        cancel = QPushButton(translate("Bags", "Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.sign_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(facts)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        cancel.clicked.connect(self.reject)
        self.sign_button.clicked.connect(self.sign)
        self.pin.returnPressed.connect(self.sign)

        bags, number = session.bags, self.number
        self.worker.submit(
            lambda: (bags().prepare_unsealing(number), session.cards().readers()),
            self._prepared,
            self._refused,
            owner=self,
        )

    def _prepared(self, result: tuple[UnsealingRequest, list[str]]) -> None:
        request, readers = result
        self._show_request(request)
        self.reader.clear()
        self.reader.addItems(readers)
        self.sign_button.setEnabled(bool(readers))
        if not readers:
            self._show(translate("Bags", "Insert the chief procurator's card."), error=True)
        self.pin.setFocus()

    def _show_request(self, request: UnsealingRequest) -> None:
        self.request = request
        self.record_label.setText(
            translate("Bags", "the unsealing of %1 at %2, on audit record %3")
            .replace("%1", str(request.number))
            .replace("%2", when(request.at))
            .replace("%3", request.audit_head.short)
        )

    def sign(self) -> None:
        request = self.request
        if not self.sign_button.isEnabled() or request is None:
            return
        pin = self.pin.text()
        self.pin.clear()  # the PIN goes to the card and is not kept here
        reader = self.reader.currentText()
        bags, session, number = self.session.bags, self.session, self.number
        self.sign_button.setEnabled(False)
        self._show(translate("Bags", "The card is signing…"), error=False)

        def unseal() -> StoredBag:
            # The card signs exactly the record shown above; the service refuses
            # it if anything was audited since (then it is shown again, re-signed).
            approval = session.cards().sign(reader, pin, request.record)
            return bags().unseal(number, approval)

        self.worker.submit(unseal, self._done, self._refused, owner=self)

    def _done(self, stored: StoredBag) -> None:
        self.unsealed.emit(str(stored.bag.number))
        self.accept()

    def _refused(self, error: BaseException) -> None:
        text = describe_bag_error(error)
        if isinstance(error, UnsealingRefused):
            # Every refusal is audited, so the record shown (which names the audit
            # head) is stale now: prepare the current one before any signing.
            self.request = None
            bags, number = self.session.bags, self.number
            self.worker.submit(
                lambda: bags().prepare_unsealing(number),
                self._reprepared,
                self._refused,
                owner=self,
            )
        else:
            self.sign_button.setEnabled(self.reader.count() > 0)
        self._show(text, error=True)
        self.refused.emit(text)

    def _reprepared(self, request: UnsealingRequest) -> None:
        self._show_request(request)
        self.sign_button.setEnabled(self.reader.count() > 0)

    def _show(self, text: str, error: bool) -> None:
        self.message.setStyleSheet("color: #b00020; font-weight: bold;" if error else "")
        self.message.setText(text)


class AwaitingUnsealingView(QWidget):
    """The chief procurator's section: bags handed over and not yet opened."""

    loaded = Signal()
    unsealed = Signal(str)

    def __init__(
        self, session: UnlockedSession, worker: Worker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("awaitingUnsealingView")
        self.session = session
        self.worker = worker
        self.rows: list[StoredBag] = []
        self.dialog: UnsealDialog | None = None

        title = QLabel(translate("Sections", "Bags awaiting unsealing"))
        title.setObjectName("sectionTitle")
        title.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.unseal_button = QPushButton(translate("Bags", "Unseal…"))
        self.unseal_button.setObjectName("unsealButton")
        self.unseal_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.unseal_button)
        self.scan = ScanBar(session, worker)
        self.status = QLabel("")
        self.status.setObjectName("unsealStatus")
        self.status.setWordWrap(True)
        self.empty = QLabel(translate("Bags", "No bag is waiting to be unsealed."))
        self.empty.setObjectName("noBagsAwaiting")
        self.empty.setStyleSheet("color: #555; font-size: 15px;")
        self.table = new_bag_table()
        self.detail = BagDetail(clerk=False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([260, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scan)
        layout.addWidget(self.status)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.empty.hide()

        self.unseal_button.clicked.connect(self.unseal_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.scan.opened.connect(self.open_scanned)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        bags = self.session.bags

        def read() -> BagListing:
            service = bags()
            return read_listing(service, service.awaiting_unsealing(), select)

        self.worker.submit(read, self._loaded, self._error, owner=self)

    def _loaded(self, result: BagListing) -> None:
        rows, stored, events = result
        self.rows = rows
        fill_bag_table(self.table, rows, stored)
        self.empty.setVisible(not rows)
        self.detail.show_bag(stored, events)
        self.unseal_button.setEnabled(
            stored is not None and stored.bag.state is BagState.HANDED_OVER
        )
        self.loaded.emit()

    def _selection_changed(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected and selected[0].row() < len(self.rows):
            self.reload(select=str(self.rows[selected[0].row()].bag.number))

    def open_scanned(self, number: str) -> None:
        """A scanned label selects its bag and, if it awaits unsealing, asks to unseal it."""

        def then() -> None:
            self.loaded.disconnect(then)
            stored = self.detail.stored
            if stored is not None and stored.bag.state is BagState.HANDED_OVER:
                self.unseal_selected()
            elif stored is not None:
                self._say(
                    translate("Bags", "Bag %1 is not waiting to be unsealed.").replace(
                        "%1", number
                    ),
                    error=True,
                )

        self.loaded.connect(then)
        self.reload(select=number)

    def unseal_selected(self) -> None:
        stored = self.detail.stored
        if stored is None:
            return
        dialog = UnsealDialog(self.session, self.worker, stored, self)
        dialog.unsealed.connect(self._unsealed)
        self.dialog = dialog
        dialog.open()

    def _unsealed(self, number: str) -> None:
        self._say(
            translate("Bags", "Bag %1 was unsealed; the signature is recorded.").replace(
                "%1", number
            ),
            error=False,
        )
        self.reload(select=number)
        self.unsealed.emit(number)

    def _error(self, error: BaseException) -> None:
        self._say(describe_bag_error(error), error=True)

    def _say(self, text: str, error: bool) -> None:
        self.status.setStyleSheet(
            "color: #b00020; font-weight: bold;" if error else "color: #1b5e20;"
        )
        self.status.setText(text)
