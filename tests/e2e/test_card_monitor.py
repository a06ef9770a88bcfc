"""CardMonitor through real pcscd + vpcd: the virtual card's insertion and
removal reach the callbacks within 2 seconds."""

from __future__ import annotations

import queue
import time

from desktop.card.emulator import VirtualCard
from desktop.card.emulator.atr import ATR
from desktop.card.monitor import CardMonitor
from tests.e2e.conftest import VpcdCardFactory, port_lock, wait_card_absent

READER = "Virtual PCD 00 00"
Event = tuple[str, str, bytes, float]


def next_event(events: queue.Queue[Event], timeout: float = 3.0) -> Event:
    """The next event for our reader (other engineers' tests use the other slot)."""
    deadline = time.monotonic() + timeout
    while True:
        event = events.get(timeout=max(0.01, deadline - time.monotonic()))
        if event[1] == READER:
            return event


def test_monitor_sees_insertion_and_removal_within_two_seconds(
    vpcd_card: VpcdCardFactory, pcscd: list[str]
) -> None:
    events: queue.Queue[Event] = queue.Queue()
    monitor = CardMonitor(
        lambda reader, atr: events.put(("inserted", reader, atr, time.monotonic())),
        lambda reader: events.put(("removed", reader, b"", time.monotonic())),
        interval=0.25,
    )
    with port_lock(35963):
        wait_card_absent(READER)
    monitor.start()
    try:
        time.sleep(0.5)  # let it take its first look at an empty reader
        inserted_at = time.monotonic()
        link = vpcd_card(VirtualCard())
        kind, _, atr, seen = next_event(events)
        assert (kind, atr) == ("inserted", ATR)
        assert seen - inserted_at < 2.0

        for _ in range(2):
            removed_at = time.monotonic()
            link.remove()
            kind, _, _, seen = next_event(events)
            assert kind == "removed" and seen - removed_at < 2.0
            inserted_at = time.monotonic()
            link.insert()
            kind, _, atr, seen = next_event(events)
            assert (kind, atr) == ("inserted", ATR) and seen - inserted_at < 2.0
        assert READER in monitor.present_readers()
    finally:
        monitor.stop()
    assert not monitor.running


def test_monitor_reports_a_card_already_present(vpcd_card: VpcdCardFactory) -> None:
    link = vpcd_card(VirtualCard())
    events: queue.Queue[Event] = queue.Queue()
    with CardMonitor(
        lambda reader, atr: events.put(("inserted", reader, atr, time.monotonic())),
        lambda reader: events.put(("removed", reader, b"", time.monotonic())),
    ):
        kind, reader, atr, _ = next_event(events, timeout=2.0)
        assert (kind, reader, atr) == ("inserted", link.reader, ATR)
