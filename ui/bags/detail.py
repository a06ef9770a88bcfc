"""One bag: its facts, its history, and the actions its state allows."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.bag_records import StoredBag, StoredEvent
from desktop.domain.bags import BagAction, BagState
from ui.bags.words import action_name, state_name

translate = QCoreApplication.translate

# Buttons of the detail pane: (key, what it needs the bag to allow, or None: any state)
PRINT_COVER = "print-cover"
PRINT_LABELS = "print-labels"
PRINT_SEALS = "print-seals"


def when(moment: datetime | None) -> str:
    return "—" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M")


def event_line(stored: StoredEvent) -> str:
    event = stored.event
    who = event.actor
    if event.action is BagAction.UNSEAL:
        who = translate("Bags", "chief procurator's card %1").replace("%1", event.actor[:16])
    extra = ""
    if event.detail("lead"):
        extra = translate("Bags", "lead %1").replace("%1", event.detail("lead") or "")
    elif event.detail("receiver"):
        extra = translate("Bags", "to %1").replace("%1", event.detail("receiver") or "")
    elif event.detail("items") is not None:
        extra = (
            translate("Bags", "%1 item(s), %2 page(s)")
            .replace("%1", event.detail("items") or "0")
            .replace("%2", event.detail("pages") or "0")
        )
    elif event.detail("reason"):
        extra = translate("Bags", "reason: %1").replace("%1", event.detail("reason") or "")
    what = action_name(event.action)
    if extra:
        what = translate("Bags", "%1 (%2)").replace("%1", what).replace("%2", extra)
    return "  ".join((when(event.at), what, who))


class BagDetail(QWidget):
    action_requested = Signal(str)  # a BagAction value or a PRINT_* key

    def __init__(self, clerk: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bagDetail")
        self.stored: StoredBag | None = None
        self.number = QLabel(translate("Bags", "Select a bag, or scan its label."))
        self.number.setObjectName("bagNumber")
        self.number.setStyleSheet("font-size: 22px; font-weight: bold; font-family: monospace;")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel("")
        self.state.setObjectName("bagState")
        self.state.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.facts = QFormLayout()
        self._fact: dict[str, QLabel] = {}
        for key, label in (
            ("sender", translate("Bags", "Sender:")),
            ("recipient", translate("Bags", "Recipient:")),
            ("leads", translate("Bags", "Leads:")),
            ("counts", translate("Bags", "Items / pages:")),
            ("sealed", translate("Bags", "Sealed:")),
            ("handed", translate("Bags", "Handed over:")),
            ("unsealed", translate("Bags", "Unsealed:")),
            ("void", translate("Bags", "Void reason:")),
        ):
            value = QLabel("")
            value.setObjectName(f"fact-{key}")
            value.setWordWrap(True)
            self._fact[key] = value
            self.facts.addRow(label, value)
        self.history = QListWidget()
        self.history.setObjectName("bagHistory")
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        actions: list[tuple[str, str]] = []
        if clerk:
            actions += [
                (BagAction.ADD_LEAD.value, translate("Bags", "Add lead…")),
                (BagAction.ADD_MATERIAL.value, translate("Bags", "Add materials…")),
                (BagAction.SEAL.value, translate("Bags", "Seal")),
                (BagAction.HAND_OVER.value, translate("Bags", "Hand over…")),
                (BagAction.RESEAL.value, translate("Bags", "Reseal")),
                (BagAction.RETURN_TO_SENDER.value, translate("Bags", "Return to sender")),
                (BagAction.VOID.value, translate("Bags", "Void…")),
                (PRINT_COVER, translate("Bags", "Print cover sheet…")),
                (PRINT_LABELS, translate("Bags", "Print bag labels…")),
                (PRINT_SEALS, translate("Bags", "Print seal labels…")),
            ]
        for index, (key, text) in enumerate(actions):
            button = QPushButton(text)
            button.setObjectName(f"action-{key}")
            button.clicked.connect(lambda _c=False, k=key: self.action_requested.emit(k))
            self.buttons[key] = button
            grid.addWidget(button, index // 5, index % 5)
        self.facts_box = QWidget()
        self.facts_box.setLayout(self.facts)
        history_box = QVBoxLayout()
        history = QLabel(translate("Bags", "History"))
        history.setStyleSheet("font-weight: bold;")
        history_box.addWidget(history)
        history_box.addWidget(self.history, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.facts_box, 2)
        middle.addLayout(history_box, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addWidget(self.state)
        layout.addLayout(middle, 1)
        layout.addLayout(grid)
        self.show_bag(None, [])

    def show_bag(self, stored: StoredBag | None, events: list[StoredEvent]) -> None:
        self.stored = stored
        self.history.clear()
        if stored is None:
            self.number.setText(translate("Bags", "Select a bag, or scan its label."))
            self.state.setText("")
            self.facts_box.hide()
            for button in self.buttons.values():
                button.setEnabled(False)
            return
        bag = stored.bag
        self.facts_box.show()
        self.number.setText(str(bag.number))
        self.state.setText(state_name(bag.state))
        colour = "#b00020" if bag.state is BagState.VOID else "#0d47a1"
        self.state.setStyleSheet(f"font-size: 15px; font-weight: bold; color: {colour};")
        f = self._fact
        f["sender"].setText(bag.sender)
        f["recipient"].setText(bag.recipient)
        # The list separator is the language's own: 、 in Chinese, ", " in English.
        f["leads"].setText(translate("Leads", ", ").join(bag.lead_numbers) or "—")
        f["counts"].setText(f"{bag.items} / {bag.pages}")
        sealed = when(bag.sealed_at)
        if bag.sealed_by:
            sealed += "  " + bag.sealed_by
        f["sealed"].setText(sealed)
        handed = when(bag.handed_over_at)
        if bag.holder and bag.handed_over_at is not None:
            handed += "  " + translate("Bags", "to %1").replace("%1", bag.holder)
        f["handed"].setText(handed)
        u = bag.unsealing
        f["unsealed"].setText(
            "—"
            if u is None
            else translate("Bags", "%1, signed by the chief procurator's card; audit head %2")
            .replace("%1", when(u.signed_at))
            .replace("%2", u.audit_head[:12])
        )
        f["void"].setText(bag.void_reason or "—")
        for stored_event in events:
            self.history.addItem(event_line(stored_event))
        for key, button in self.buttons.items():
            if key in (PRINT_COVER, PRINT_SEALS):
                button.setEnabled(bag.sealed_at is not None and bag.state is not BagState.VOID)
            elif key == PRINT_LABELS:
                button.setEnabled(bag.state is not BagState.VOID)
            else:
                button.setEnabled(bag.can(BagAction(key)))
