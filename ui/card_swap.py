"""The one exception to "the session locks when its card leaves the reader"
(DESIGN §2): a flow that needs a second card with one reader (enrolling a user,
replacing a card) may ask for a swap. Only the controller's current session, only
while that flow is on screen, and only for ``seconds``: the flow finishes the swap
once the session's own card is back (read and checked), or the session locks —
when time runs out, or when the flow is cancelled with that card still out."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QObject, QTimer, Signal

# Long enough for the new user to type her password twice and her PIN.
SWAP_SECONDS = 120


class CardSwap(QObject):
    # A CardEvent while a swap is on (instead of locking). Not named "event": that
    # would shadow QObject.event(), and Qt would hand every event of this object
    # to Python (converting each, ~1.5 ms for the first).
    card_event = Signal(object)
    ticked = Signal(int)  # seconds left
    failed = Signal()  # out of time, or abandoned with the card out: the controller locks
    finished = Signal()  # the flow says the session's card is back: the controller checks
    ending = Signal()  # the session is locking, for whatever reason: held secrets go

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = SWAP_SECONDS
        self.reader: str | None = None  # the session's reader; None while locked
        self._deadline: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._tick)

    @property
    def active(self) -> bool:
        return self._deadline is not None

    def begin(self) -> None:
        """Suspend the card-removal lock of this session for ``seconds``."""
        if self.reader is None:
            raise RuntimeError("no session to swap a card in")
        self._deadline = time.monotonic() + self.seconds
        self._timer.start()
        self.ticked.emit(self.seconds)

    def left(self) -> int:
        if self._deadline is None:
            return 0
        return max(0, math.ceil(self._deadline - time.monotonic()))

    def finish(self) -> None:
        if self._stop():
            self.finished.emit()

    def abandon(self) -> None:
        if self._stop():
            self.failed.emit()

    def session_ended(self) -> None:
        """The controller's, at every lock: no swap outlives its session."""
        self._stop()
        self.reader = None
        self.ending.emit()

    def _tick(self) -> None:
        left = self.left()
        self.ticked.emit(left)
        if left <= 0:
            self.abandon()

    def _stop(self) -> bool:
        was = self.active
        self._deadline = None
        self._timer.stop()
        return was
