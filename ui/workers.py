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
from typing import TYPE_CHECKING, Any, NamedTuple

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    import queue

Progress = Callable[[float], None]


class _Pending(NamedTuple):
    """A job the GUI waits for. The GUI holds every reference to it (the work too)
    until it is answered, so nothing of it is ever freed on the worker thread (a Qt
    object freed there could crash the interpreter)."""

    work: Callable[[], Any]
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None]
    owner: QObject | None


class _Answers(QObject):
    """Wakes the GUI thread for each answer. The answer itself waits in a queue: a
    signal without arguments, because PySide's queued signals with Python objects as
    arguments mis-count references."""

    arrived = Signal()

    def __init__(self, deliver: Callable[[], None]) -> None:
        super().__init__()
        self._deliver = deliver
        # This object lives on the GUI thread and the signal is emitted on the worker,
        # so Qt queues the call to the GUI thread (automatic connection).
        self.arrived.connect(self._wake)

    @Slot()
    def _wake(self) -> None:
        self._deliver()


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
        # Made on first use: the queue module is not needed to show the window.
        self._tasks: queue.SimpleQueue[tuple[int, Callable[[], Any]] | None] | None = None
        self._answers: queue.SimpleQueue[tuple[int, bool, Any]] | None = None
        self._signal: _Answers | None = None
        self._thread: threading.Thread | None = None
        self._pending: dict[int, _Pending] = {}
        self._tickets = 0
        self._closed = False

    @staticmethod
    def _serve(
        tasks: queue.SimpleQueue[tuple[int, Callable[[], Any]] | None],
        answers: queue.SimpleQueue[tuple[int, bool, Any]],
        wake: Callable[[], None],
    ) -> None:
        while (task := tasks.get()) is not None:
            ticket, work = task
            del task
            try:
                answer = (ticket, True, work())
            except Exception as error:  # handed to the GUI, which words it
                answer = (ticket, False, error)
            del work  # the GUI still holds it: its last reference goes there
            answers.put(answer)
            del answer
            wake()

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
        if self._tasks is None:
            self._start()
        assert self._tasks is not None
        self._tickets += 1
        self._pending[self._tickets] = _Pending(work, on_done, on_error, owner)
        self._tasks.put((self._tickets, work))

    def _start(self) -> None:
        import queue

        self._tasks, self._answers = queue.SimpleQueue(), queue.SimpleQueue()
        self._signal = _Answers(self._deliver)
        self._thread = threading.Thread(
            target=self._serve,
            args=(self._tasks, self._answers, self._signal.arrived.emit),
            name=self._name,
            daemon=True,
        )
        self._thread.start()

    def _deliver(self) -> None:
        """One answer per wake-up (one wake-up per answer), on the GUI thread."""
        assert self._answers is not None
        ticket, ok, value = self._answers.get_nowait()
        job = self._pending.pop(ticket)
        if job.owner is not None and not shiboken6.isValid(job.owner):
            return  # the widget that asked is gone
        if ok:
            job.on_done(value)
        else:
            job.on_error(value)

    def progress(self, on_progress: Progress) -> Progress:
        """A callable for ``work`` to report progress with; ``on_progress`` receives
        the fractions on the GUI thread. It is kept alive by the work that uses it."""
        return _Progress(on_progress).report

    @property
    def busy(self) -> bool:
        """A job is queued or running, or its answer has not reached the GUI yet."""
        return bool(self._pending)

    @property
    def running(self) -> bool:
        """The thread has not ended (after ``stop``, it may still be finishing)."""
        return self._thread is not None and self._thread.is_alive()

    def stop(self, wait: bool = True) -> None:
        """Take no more jobs; finish those already queued (a lock closing the vault),
        then end the thread. ``wait=False`` returns at once (the GUI does not wait on
        the vault's closing); ``join`` waits for it later."""
        self._closed = True
        if self._tasks is not None:
            self._tasks.put(None)
        if wait:
            self.join()

    def join(self) -> None:
        if self._thread is not None:
            self._thread.join()
