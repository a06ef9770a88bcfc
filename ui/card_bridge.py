"""Card events from the monitor thread → the GUI thread.

The events wait in a queue and a signal without arguments wakes the GUI
thread to take them (PySide's queued signals with Python objects as arguments
mis-count references)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from desktop.app.facts import CardEvent

if TYPE_CHECKING:
    import queue

    from desktop.app.ports import CardWatch


class CardBridge(QObject):
    card_event = Signal(object)  # CardEvent, emitted on the GUI thread
    _arrived = Signal()

    def __init__(self, watch: CardWatch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watch = watch
        self._events: queue.SimpleQueue[CardEvent] | None = None  # made at start
        self._arrived.connect(self._deliver)  # queued: emitted on the monitor thread

    def start(self) -> None:
        # After the first paint (see AppController.start): the queue module is
        # not needed to show the window.
        import queue

        self._events = queue.SimpleQueue()
        self._watch.start(self._forward)

    def _forward(self, event: CardEvent) -> None:
        # Runs on the monitor's thread.
        assert self._events is not None  # started
        self._events.put(event)
        self._arrived.emit()

    @Slot()
    def _deliver(self) -> None:
        events = self._events
        while events is not None and not events.empty():
            self.card_event.emit(events.get_nowait())  # only this thread takes them

    def stop(self) -> None:
        self._watch.stop()
