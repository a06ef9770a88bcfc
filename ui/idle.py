"""Idle lock: an application-wide event filter notes the last user input; a
one-second tick reports the time left and fires once when it runs out
(after KeePassXC's InactivityTimer)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop.app.workstation_checks import DEFAULT_IDLE_LOCK_SECONDS, seconds_until_lock

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent


def _activity_events() -> frozenset[QEvent.Type]:
    # Built on first use: QEvent's enum is large and not needed to show the window.
    from PySide6.QtCore import QEvent

    t = QEvent.Type
    return frozenset(
        {
            t.KeyPress,
            t.KeyRelease,
            t.MouseButtonPress,
            t.MouseButtonRelease,
            t.MouseMove,
            t.Wheel,
            t.TouchBegin,
            t.TouchUpdate,
            t.InputMethod,
        }
    )


class IdleWatcher(QObject):
    timed_out = Signal()
    ticked = Signal(int)  # seconds left

    def __init__(self, app: QCoreApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self.timeout_seconds: float = DEFAULT_IDLE_LOCK_SECONDS
        self._last = time.monotonic()
        self._activity: frozenset[QEvent.Type] = frozenset()
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._tick)
        self._fired = False

    def start(self, timeout_seconds: float) -> None:
        self.timeout_seconds = timeout_seconds
        self._last = time.monotonic()
        self._fired = False
        if not self._activity:
            self._activity = _activity_events()
        if not self._timer.isActive():
            # Only while unlocked: every event of the application passes through it.
            self._app.installEventFilter(self)
        self._timer.start()
        self._tick()

    def stop(self) -> None:
        self._timer.stop()
        self._app.removeEventFilter(self)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def seconds_left(self) -> int:
        return seconds_until_lock(self.timeout_seconds, time.monotonic() - self._last)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._activity:
            self._last = time.monotonic()
        return False

    def _tick(self) -> None:
        left = self.seconds_left()
        self.ticked.emit(left)
        if left == 0 and not self._fired:
            self._fired = True
            self.stop()
            self.timed_out.emit()

    def detach(self) -> None:
        self._timer.stop()
        self._app.removeEventFilter(self)
