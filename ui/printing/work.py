"""Blocking service calls off the GUI thread, answered on the GUI thread.

Reuses the shell's worker (ui.workers.CardThread: one thread, results through
queued signals). A view owns one Runner; answers that arrive after the view is
gone (the vault locked meanwhile) are dropped instead of touching dead widgets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from ui.workers import CardThread


class Runner:
    def __init__(self, owner: QObject) -> None:
        self._owner = owner
        self._thread = CardThread()
        self._running = 0
        owner.destroyed.connect(lambda *_: self._thread.shutdown())

    @property
    def busy(self) -> bool:
        return self._running > 0

    def run(
        self,
        work: Callable[[], Any],
        on_ok: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self._running += 1

        def ok(value: Any) -> None:
            self._running -= 1
            if shiboken6.isValid(self._owner):
                on_ok(value)

        def failed(error: BaseException) -> None:
            self._running -= 1
            if shiboken6.isValid(self._owner):
                on_error(error)

        self._thread.run(lambda _progress: work(), ok, failed)
