"""A print dialog's calls into the session, on the session's worker.

A thin adapter over ui.workers.Worker.submit that counts the dialog's own jobs (the
dialog is ready only when none of its own is in flight, whatever else the session's
worker is doing). Answers that arrive after the dialog is gone are dropped."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from ui.workers import Worker


class Runner:
    def __init__(self, owner: QObject, worker: Worker) -> None:
        self._owner = owner
        self._worker = worker
        self._running = 0

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
            on_ok(value)

        def failed(error: BaseException) -> None:
            self._running -= 1
            on_error(error)

        self._worker.submit(work, ok, failed, owner=self._owner)
