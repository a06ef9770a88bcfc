"""The whole-file check of an unlocked vault, one slice per job on the session's
worker (desktop.vault.integrity): other work waits at most one slice. Its progress
shows in the status bar; a problem is reported through ``failed`` and the
controller locks the vault."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from desktop.app.ports import IntegrityPassPort, UnlockedSession
    from ui.workers import Worker


class IntegrityRunner(QObject):
    failed = Signal(object)  # the error (DatabaseCorrupt)

    def __init__(self, show: Callable[[float | None, bool], None], parent: QObject) -> None:
        """show(fraction, done): fraction None clears the status."""
        super().__init__(parent)
        self._show = show
        self._generation = 0  # a pass of a locked session, or an older pass, is dropped
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self, session: UnlockedSession, worker: Worker) -> None:
        """A new pass (after the unlock, or on demand); ignored while one runs."""
        if self._running:
            return
        self._generation += 1
        generation = self._generation
        self._running = True
        self._show(0.0, False)
        worker.submit(
            session.integrity_pass,
            lambda check: self._next(generation, worker, check),
            lambda error: self._stopped(generation, error),
        )

    def stop(self) -> None:
        """The vault locked: answers still on their way are dropped."""
        self._generation += 1
        self._running = False
        self._show(None, False)

    def _next(self, generation: int, worker: Worker, check: IntegrityPassPort) -> None:
        if generation != self._generation:
            return
        self._show(check.fraction, False)
        worker.submit(
            check.step,
            lambda done: self._stepped(generation, worker, check, done),
            lambda error: self._stopped(generation, error),
        )

    def _stepped(
        self, generation: int, worker: Worker, check: IntegrityPassPort, done: bool
    ) -> None:
        if generation != self._generation:
            return
        if done:
            self._running = False
            self._show(1.0, True)
            return
        self._next(generation, worker, check)

    def _stopped(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._running = False
        self._show(None, False)
        self.failed.emit(error)
