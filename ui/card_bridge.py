"""Card events from the monitor thread → a Qt signal on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.app_services import CardEvent, CardWatch


class CardBridge(QObject):
    card_event = Signal(object)  # CardEvent; queued to the GUI thread

    def __init__(self, watch: CardWatch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watch = watch

    def start(self) -> None:
        self._watch.start(self._forward)

    def _forward(self, event: CardEvent) -> None:
        # Runs on the monitor's thread; emitting is thread-safe and the
        # receivers (GUI objects) get it queued.
        self.card_event.emit(event)

    def stop(self) -> None:
        self._watch.stop()
