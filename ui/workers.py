"""Blocking work off the GUI thread: one way to run a job.

A ``Worker`` is one thread with a queue of jobs, run in order. The controller has
two kinds: the card worker (card reading before an unlock, the unlock itself and
the set-up wizard), and one worker per unlocked session, made at the unlock and
stopped at the lock, on which every call into the session runs — reads, changes
and card signing alike — so the GUI thread never waits on SQL or on a card.

``submit(work, on_done, on_error, owner=...)``: ``work`` runs on the worker;
``on_done(value)`` or ``on_error(error)`` runs afterwards on the GUI thread,
unless ``owner`` (the widget that asked) is gone by then (the vault locked, the
tab closed): an answer to a dead widget is dropped."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
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

    _finished = Signal()

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        owner: QObject | None,
        release: Callable[[Job], None],
    ) -> None:
        super().__init__()
        self._on_done, self._on_error, self._owner = on_done, on_error, owner
        self._release = release
        self._outcome: tuple[bool, Any] | None = None
        # The job lives on the GUI thread and the signal is emitted on the worker, so
        # Qt queues the call to the GUI thread (automatic connection).
        self._finished.connect(self._finish)

    def succeed(self, value: Any) -> None:  # on the worker thread
        self._outcome = (True, value)
        self._finished.emit()

    def fail(self, error: BaseException) -> None:  # on the worker thread
        self._outcome = (False, error)
        self._finished.emit()

    @Slot()
    def _finish(self) -> None:
        assert self._outcome is not None
        ok, value = self._outcome
        self._outcome = None
        self._release(self)
        if self._owner is not None and not shiboken6.isValid(self._owner):
            return  # the widget that asked is gone
        if ok:
            self._on_done(value)
        else:
            self._on_error(value)


class _Progress(QObject):
    """Progress reports from the worker, delivered on the GUI thread (latest wins)."""

    _reported = Signal()

    def __init__(self, on_progress: Progress) -> None:
        super().__init__()
        self._on_progress = on_progress
        self._fraction = 0.0
        self._reported.connect(self._deliver)

    def report(self, fraction: float) -> None:  # on the worker thread
        self._fraction = fraction
        self._reported.emit()

    @Slot()
    def _deliver(self) -> None:
        self._on_progress(self._fraction)


class Worker:
    """One thread, one queue; jobs run in the order they were submitted."""

    def __init__(self, name: str) -> None:
        self._name = name
        # Both made on first use: the queue module is not needed to show the window.
        self._queue: queue.SimpleQueue[Callable[[], None] | None] | None = None
        self._thread: threading.Thread | None = None
        self._jobs: set[Job] = set()
        self._reporters: list[_Progress] = []
        self._closed = False

    @staticmethod
    def _serve(tasks: queue.SimpleQueue[Callable[[], None] | None]) -> None:
        while (task := tasks.get()) is not None:
            task()

    def submit(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        owner: QObject | None = None,
    ) -> None:
        """Run ``work`` on this worker; answer on the GUI thread (see the module)."""
        if self._closed:
            return  # stopped: late requests (a queued card event, a timer) are dropped
        job = Job(on_done, on_error, owner, self._jobs.discard)
        self._jobs.add(job)

        def body() -> None:
            try:
                value = work()
            except Exception as error:  # handed to the GUI, which words it
                job.fail(error)
            else:
                job.succeed(value)

        if self._queue is None or self._thread is None:
            import queue

            self._queue = queue.SimpleQueue()
            self._thread = threading.Thread(
                target=self._serve, args=(self._queue,), name=self._name, daemon=True
            )
            self._thread.start()
        self._queue.put(body)

    def progress(self, on_progress: Progress) -> Progress:
        """A callable for ``work`` to report progress with; ``on_progress`` receives
        the fractions on the GUI thread."""
        reporter = _Progress(on_progress)
        self._reporters = [*self._reporters[-3:], reporter]  # kept alive while in use
        return reporter.report

    @property
    def busy(self) -> bool:
        """A job is queued or running, or its answer has not reached the GUI yet."""
        return bool(self._jobs)

    @property
    def on_worker_thread(self) -> bool:
        return self._thread is not None and threading.current_thread() is self._thread

    def stop(self, wait: bool = True) -> None:
        """Take no more jobs; finish those already queued (a lock closing the vault),
        then end the thread. ``wait=False`` returns at once (the GUI does not wait on
        the vault's closing); ``join`` waits for it later."""
        self._closed = True
        if self._queue is not None:
            self._queue.put(None)
            self._queue = None
        if wait:
            self.join()

    def join(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
