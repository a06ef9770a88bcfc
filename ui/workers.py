"""Blocking work off the GUI thread.

All card I/O and Argon2id run on ONE card thread (a card cannot interleave
two conversations); results come back to the GUI thread through queued
signals, so the window never freezes and widgets are touched only there."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    import queue

Progress = Callable[[float], None]


class Job(QObject):
    """One piece of work; its callbacks run on the GUI thread.

    The result does not travel inside the signal: PySide's queued signals with
    Python-object arguments mis-count references (a None result could crash the
    interpreter later). The worker stores the outcome here, then emits a signal
    without arguments; the GUI thread picks the outcome up."""

    _progressed = Signal(float)
    _finished = Signal()

    def __init__(
        self,
        on_ok: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[float], None] | None,
        on_done: Callable[[Job], None],
    ) -> None:
        super().__init__()
        self._on_ok, self._on_error, self._on_progress = on_ok, on_error, on_progress
        self._on_done = on_done
        self._outcome: tuple[bool, Any] | None = None
        # The job lives on the GUI thread and the signals are emitted on the card
        # thread, so Qt queues these calls to the GUI thread (automatic connection).
        self._progressed.connect(self._progress)
        self._finished.connect(self._finish)

    def succeed(self, value: Any) -> None:  # on the worker thread
        self._outcome = (True, value)
        self._finished.emit()

    def fail(self, error: BaseException) -> None:  # on the worker thread
        self._outcome = (False, error)
        self._finished.emit()

    @Slot(float)
    def _progress(self, fraction: float) -> None:
        if self._on_progress is not None:
            self._on_progress(fraction)

    @Slot()
    def _finish(self) -> None:
        assert self._outcome is not None
        ok, value = self._outcome
        self._outcome = None
        self._on_done(self)
        if ok:
            self._on_ok(value)
        else:
            self._on_error(value)


class CardThread:
    """The single worker thread for card I/O and key derivation."""

    def __init__(self) -> None:
        # Both made on first use: nothing runs on this thread before an unlock,
        # and the queue module is not needed to show the window.
        self._queue: queue.SimpleQueue[Callable[[], None] | None] | None = None
        self._thread: threading.Thread | None = None
        self._jobs: set[Job] = set()
        self._closed = False

    def _serve(self, tasks: queue.SimpleQueue[Callable[[], None] | None]) -> None:
        while (task := tasks.get()) is not None:
            task()

    def run(
        self,
        work: Callable[[Progress], Any],
        on_ok: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[float], None] | None = None,
    ) -> Job:
        job = Job(on_ok, on_error, on_progress, self._jobs.discard)
        if self._closed:
            return job  # shutting down: late requests (a queued card event) are dropped
        self._jobs.add(job)

        def body() -> None:
            try:
                value = work(job._progressed.emit)
            except Exception as error:  # handed to the GUI, which words it
                job.fail(error)
            else:
                job.succeed(value)

        if self._queue is None or self._thread is None:
            import queue

            self._queue = queue.SimpleQueue()
            self._thread = threading.Thread(
                target=self._serve, args=(self._queue,), name="card", daemon=True
            )
            self._thread.start()
        self._queue.put(body)
        return job

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def shutdown(self) -> None:
        """Finish the work already queued (a lock closing the vault), then stop."""
        self._closed = True
        if self._queue is not None and self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None
            self._queue = None
