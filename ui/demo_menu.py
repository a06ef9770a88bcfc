"""The Demo menu: put each virtual card in its reader or take it out, and show
the fictional demo credentials."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from desktop.app.ports import DemoControls


class DemoMenu(QMenu):
    def __init__(self, demo: DemoControls, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("demoMenu")
        self._demo = demo
        self._window = window
        self.card_actions: dict[str, QAction] = {}
        for card in demo.cards():
            action = QAction(self)
            action.setCheckable(True)
            action.setChecked(demo.is_inserted(card.reader))
            action.setData(card.reader)
            action.toggled.connect(lambda on, r=card.reader: self._toggle(r, on))
            self.card_actions[card.reader] = action
            self.addAction(action)
        self.addSeparator()
        self.credentials_action = QAction(self)
        self.credentials_action.triggered.connect(self.show_credentials)
        self.addAction(self.credentials_action)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Demo"))
        for card in self._demo.cards():
            self.card_actions[card.reader].setText(
                self.tr("Card of %1 in reader %2")
                .replace("%1", card.label)
                .replace("%2", card.reader)
            )
        self.credentials_action.setText(self.tr("Demo passwords and PINs…"))

    def _toggle(self, reader: str, inserted: bool) -> None:
        if inserted:
            self._demo.insert(reader)
        else:
            self._demo.remove(reader)

    def show_credentials(self) -> None:
        lines = [self.tr("All names and data in this demo are fictional.")]
        for card in self._demo.cards():
            password, pin = self._demo.password_and_pin(card.reader)
            lines.append(
                self.tr("%1: password %2, PIN %3")
                .replace("%1", card.label)
                .replace("%2", password)
                .replace("%3", pin)
            )
        QMessageBox.information(self._window, self.tr("Demo"), "\n".join(lines))
