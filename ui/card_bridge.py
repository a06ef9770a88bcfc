"""Card events from the monitor thread → the GUI thread.

The events wait in a queue and a signal without arguments wakes the GUI
thread to take them (PySide's queued signals with Python objects as arguments
mis-count references)."""

from __future__ import annotations

import queue

from PySide6.QtCore import QObject, Signal, Slot

from desktop.app_services import CardEvent, CardWatch


class CardBridge(QObject):
    card_event = Signal(object)  # CardEvent, emitted on the GUI thread
    _arrived = Signal()

    def __init__(self, watch: CardWatch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watch = watch
        self._events: queue.SimpleQueue[CardEvent] = queue.SimpleQueue()
        self._arrived.connect(self._deliver)  # queued: emitted on the monitor thread

    def start(self) -> None:
        self._watch.start(self._forward)

    def _forward(self, event: CardEvent) -> None:
        # Runs on the monitor's thread.
        self._events.put(event)
        self._arrived.emit()

    @Slot()
    def _deliver(self) -> None:
        while True:
            try:
                event = self._events.get_nowait()
            except queue.Empty:
                return
            self.card_event.emit(event)

    def stop(self) -> None:
        self._watch.stop()
