"""The chief procurator's approvals inbox: pending, decided or all requests; a
request's reason shown; approve (narrower parts or a shorter time allowed) or refuse,
signed by his card after its PIN; an approval revoked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.app.approvals import RequestFacts
from desktop.app.ports import UnlockedSession
from ui.approvals.table import RequestsTable
from ui.approvals.words import SCOPES, kind_words, scope_words
from ui.checkpoint_panel import WitnessSheetDialog
from ui.messages import describe_error
from ui.workers import Worker


class InboxView(QWidget):
    def __init__(self, session: UnlockedSession, worker: Worker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inboxView")
        self._session = session
        self._worker = worker
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Approvals inbox"))
        heading.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.filter = QComboBox()
        self.filter.setObjectName("inboxFilter")
        for key, words in (("pending", self.tr("Pending")), ("decided", self.tr("Decided")),
                           ("all", self.tr("All"))):
            self.filter.addItem(words, key)
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.filter)
        layout.addLayout(top)
        self.table = RequestsTable()
        layout.addWidget(self.table, 1)
        self.detail = QLabel()
        self.detail.setObjectName("inboxDetail")
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        parts = QHBoxLayout()
        parts.addWidget(QLabel(self.tr("Grant:")))
        self.scope = {s: QCheckBox(scope_words(s)) for s in SCOPES}
        for box in self.scope.values():
            parts.addWidget(box)
        parts.addWidget(QLabel(self.tr("for (hours):")))
        self.hours = QSpinBox()
        self.hours.setRange(1, 24 * 90)
        parts.addWidget(self.hours)
        parts.addStretch(1)
        layout.addLayout(parts)
        row = QHBoxLayout()
        self.reader = QComboBox()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN of your card"))
        self.approve_button = QPushButton(self.tr("Approve and sign"))
        self.approve_button.setObjectName("approveRequest")
        self.refuse_button = QPushButton(self.tr("Refuse and sign"))
        self.refuse_button.setObjectName("refuseRequest")
        self.revoke_button = QPushButton(self.tr("Revoke the approval"))
        self.sheet_button = QPushButton(self.tr("Print the decision sheet…"))
        self.sheet_button.setObjectName("decisionSheet")
        self.dialog: WitnessSheetDialog | None = None
        for widget in (self.reader, self.pin, self.approve_button, self.refuse_button,
                       self.revoke_button, self.sheet_button):
            row.addWidget(widget)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("inboxStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.reader.addItems(session.cards().readers())
        self.filter.currentIndexChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selected)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.refuse_button.clicked.connect(lambda: self.decide(False))
        self.revoke_button.clicked.connect(self.revoke)
        self.sheet_button.clicked.connect(self.print_sheet)
        self._selected()
        self.refresh()

    def _run(self, work: Callable[[], Any], on_ok: Callable[[Any], None]) -> None:
        def failed(error: BaseException) -> None:
            self._selected()
            self.status.setText(describe_error(error))

        self._worker.submit(work, on_ok, failed, owner=self)

    def refresh(self) -> None:
        state = str(self.filter.currentData())
        self._run(lambda: self._session.approvals().listed(state), self._show)

    def _show(self, facts: list[RequestFacts]) -> None:
        self.table.show_facts(facts)
        self._selected()

    def _selected(self) -> None:
        chosen = self.table.selected()
        pending = chosen is not None and chosen.state == "pending"
        for widget in (self.approve_button, self.refuse_button):
            widget.setEnabled(pending)
        self.revoke_button.setEnabled(chosen is not None and chosen.state == "approved")
        self.sheet_button.setEnabled(chosen is not None and chosen.state != "pending")
        if chosen is None:
            self.detail.setText(self.tr("Choose a request to read its reason and decide it."))
            return
        self.detail.setText(
            self.tr("%1 — asked by %2: “%3”").replace("%1", kind_words(chosen.kind))
            .replace("%2", chosen.requester).replace("%3", chosen.reason)
        )
        for scope, box in self.scope.items():
            box.setChecked(scope in chosen.scope)
            box.setEnabled(scope in chosen.scope)  # narrower only, never wider
        self.hours.setMaximum(chosen.hours)
        self.hours.setValue(chosen.hours)

    def decide(self, approve: bool) -> None:
        chosen = self.table.selected()
        reader, pin = self.reader.currentText(), self.pin.text()
        self.pin.clear()  # handed to the card thread, not kept in the form
        if chosen is None or not reader or not pin:
            self.status.setText(self.tr("Choose a request and your card, and type its PIN."))
            return
        scope = [s for s, box in self.scope.items() if box.isChecked()]
        hours = self.hours.value()
        for widget in (self.approve_button, self.refuse_button):
            widget.setEnabled(False)
        self.status.setText(self.tr("Signing with the card…"))

        def decided(facts: RequestFacts) -> None:
            words = self.tr("approved") if facts.state == "approved" else self.tr("refused")
            self.status.setText(
                self.tr("Request %1 %2; your card signed the decision.")
                .replace("%1", str(facts.id)).replace("%2", words)
            )
            self.refresh()

        request_id = chosen.id
        self._run(lambda: self._session.approvals().decide(
            request_id, reader, pin, approve, scope if approve else None,
            hours if approve else None), decided)

    def print_sheet(self) -> None:
        chosen = self.table.selected()
        if chosen is None:
            return
        request_id = chosen.id

        def rendered(pdf: bytes) -> None:
            self.dialog = WitnessSheetDialog(pdf, self, self.tr("Decision sheet"))
            self.dialog.show()

        self._run(lambda: self._session.approvals().decision_sheet(request_id), rendered)

    def revoke(self) -> None:
        chosen = self.table.selected()
        if chosen is None:
            return
        request_id = chosen.id

        def revoked(_: object) -> None:
            self.status.setText(self.tr("The approval of request %1 is revoked.").replace(
                "%1", str(request_id)))
            self.refresh()

        self._run(lambda: self._session.approvals().revoke(request_id), revoked)
