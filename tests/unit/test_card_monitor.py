"""CardMonitor's bookkeeping with a scripted watcher (the real PC/SC path is
tests/e2e/test_card_monitor.py): swaps between polls, pcscd going away,
listeners that raise."""

from __future__ import annotations

import queue
import threading
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.card.errors import CardError, CardServiceUnavailable
from desktop.card.monitor import CardMonitor, ReaderSnapshot


@dataclass(frozen=True)
class State:
    present: bool
    atr: bytes = b""
    events: int = 0


class ScriptedWatcher:
    """Plays one list of poll results per watcher instance, then idles."""

    def __init__(self, polls: list[list[tuple[str, State | None]] | CardError]) -> None:
        self.polls = polls
        self.closed = threading.Event()

    def poll(self, timeout: float) -> Sequence[tuple[str, ReaderSnapshot | None]]:
        if not self.polls:
            self.closed.wait(timeout)
            return []
        step = self.polls.pop(0)
        if isinstance(step, CardError):
            raise step
        return step

    def close(self) -> None:
        self.closed.set()


def run(watchers: list[ScriptedWatcher], expected: int) -> tuple[list[tuple[str, ...]], list[str]]:
    events: queue.Queue[tuple[str, ...]] = queue.Queue()
    errors: list[str] = []
    pending = list(watchers)
    monitor = CardMonitor(
        lambda reader, atr: events.put(("inserted", reader, atr.hex())),
        lambda reader: events.put(("removed", reader)),
        on_error=lambda error: errors.append(type(error).__name__),
        interval=0.01,
        watcher_factory=lambda: pending.pop(0) if pending else ScriptedWatcher([]),
    )
    with monitor:
        seen = [events.get(timeout=5) for _ in range(expected)]
    return seen, errors


def test_insert_remove_and_swap_between_polls() -> None:
    watcher = ScriptedWatcher(
        [
            [("A", State(False)), ("B", State(True, b"\x3b", 1))],
            [("A", State(True, b"\x3b\x01", 1))],
            [("A", State(True, b"\x3b\x02", 3))],  # pulled and re-inserted unseen
            [("B", None)],  # reader unplugged
            [("A", State(False, events=4))],
        ]
    )
    seen, errors = run([watcher], 6)
    assert seen == [
        ("inserted", "B", "3b"),
        ("inserted", "A", "3b01"),
        ("removed", "A"),
        ("inserted", "A", "3b02"),
        ("removed", "B"),
        ("removed", "A"),
    ]
    assert errors == []


def test_service_loss_removes_present_cards_and_recovers() -> None:
    first = ScriptedWatcher([[("A", State(True, b"\x3b", 1))], CardServiceUnavailable("gone")])
    second = ScriptedWatcher([[("A", State(True, b"\x3b", 1))]])
    seen, errors = run([first, second], 3)
    assert seen == [("inserted", "A", "3b"), ("removed", "A"), ("inserted", "A", "3b")]
    assert errors == ["CardServiceUnavailable"]


def test_a_raising_listener_does_not_stop_the_monitor() -> None:
    events: queue.Queue[str] = queue.Queue()
    calls = 0

    def flaky(reader: str, atr: bytes) -> None:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("listener bug")
        events.put(reader)

    watcher = ScriptedWatcher(
        [
            [("A", State(True, b"\x3b", 1))],
            [("A", State(False, events=2))],
            [("A", State(True, b"\x3b", 3))],
        ]
    )
    monitor = CardMonitor(
        flaky, lambda reader: None, interval=0.01, watcher_factory=lambda: watcher
    )
    with monitor:
        assert events.get(timeout=5) == "A"
    assert calls == 2
