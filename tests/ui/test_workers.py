"""The one way to run a job: Worker.submit runs work in order on one thread and
answers on the GUI thread; errors come back as they were raised; an answer to a
widget that is gone is dropped; a stopped worker takes no more jobs."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from ui.workers import Worker


class Refused(Exception):
    def __init__(self, remaining: int) -> None:
        super().__init__(remaining)
        self.remaining = remaining


def test_jobs_run_in_order_off_the_gui_thread_and_answer_on_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    worker = Worker("test")
    gui = threading.get_ident()
    ran_on: list[int] = []
    answered: list[tuple[int, int]] = []

    def work(n: int) -> int:
        ran_on.append(threading.get_ident())
        return n

    for n in range(5):
        worker.submit(lambda n=n: work(n),
                      lambda value: answered.append((value, threading.get_ident())),
                      lambda error: None)
    assert worker.busy
    qtbot.waitUntil(lambda: not worker.busy, timeout=5000)
    worker.stop()
    assert [value for value, _ in answered] == [0, 1, 2, 3, 4]
    assert {thread for _, thread in answered} == {gui}
    assert len(set(ran_on)) == 1 and gui not in ran_on


def test_errors_come_back_typed_with_their_data(qtbot) -> None:  # type: ignore[no-untyped-def]
    worker = Worker("test")
    errors: list[BaseException] = []

    def refuse() -> None:
        raise Refused(remaining=2)

    worker.submit(refuse, lambda _v: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    worker.stop()
    assert isinstance(errors[0], Refused) and errors[0].remaining == 2


def test_an_answer_to_a_widget_that_is_gone_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    worker = Worker("test")
    gate = threading.Event()
    answered: list[object] = []
    owner = QWidget()
    worker.submit(gate.wait, answered.append, answered.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: not worker.busy, timeout=5000)
    worker.stop()
    assert answered == []


def test_progress_reaches_the_gui_thread_and_a_stopped_worker_takes_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    worker = Worker("test")
    seen: list[float] = []
    progress = worker.progress(seen.append)

    def work() -> None:
        for fraction in (0.5, 1.0):
            progress(fraction)

    done: list[object] = []
    worker.submit(work, done.append, done.append)
    qtbot.waitUntil(lambda: bool(done) and seen[-1:] == [1.0], timeout=5000)
    worker.stop()
    assert not worker.running
    worker.submit(lambda: 1, done.append, done.append)
    assert not worker.busy and done == [None]


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(widget))
