"""A Transport straight into a VirtualCard, for unit tests and the demo."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

from desktop.card.emulator.applet import VirtualCard
from desktop.card.errors import CardRemoved


class InProcessTransport:
    """Implements desktop.card.transport.Transport over a VirtualCard.

    ``remove()`` and ``insert()`` pull and push the card (the demo's Demo
    menu, tests); a removed card, a closed transport and the card's
    ``drop_on_ins`` fault all raise CardRemoved, the fault also removing
    the card as a real pulled card would be. ``add_listener(callback)`` gets
    ``callback(present)`` on every removal and insertion (the demo's monitor).
    ``exclusive()`` is a re-entrant lock that ``send_and_receive`` also takes,
    so another thread waits while one holds the card, like a PC/SC transaction.
    """

    def __init__(self, card: VirtualCard) -> None:
        self.card = card
        self._present = True
        self._closed = False
        self._lock = threading.RLock()
        self._listeners: list[Callable[[bool], None]] = []

    @property
    def present(self) -> bool:
        return self._present

    def add_listener(self, callback: Callable[[bool], None]) -> None:
        self._listeners.append(callback)

    def remove(self) -> None:
        self._set_present(False)

    def insert(self) -> None:
        self._set_present(True)

    def _set_present(self, present: bool) -> None:
        changed = present != self._present
        self.card.reset()  # removal powers the card off; insertion powers it on
        self._present = present
        if changed:
            for callback in list(self._listeners):
                callback(present)

    def send_and_receive(self, apdu: bytes) -> tuple[bytes, int]:
        with self._lock:
            if self._closed or not self._present:
                raise CardRemoved()
            if self.card.faults.take_drop(apdu):
                self.remove()
                raise CardRemoved()
            response = self.card.process(apdu)
        return response[:-2], int.from_bytes(response[-2:], "big")

    def reset(self) -> None:
        with self._lock:
            if self._closed or not self._present:
                raise CardRemoved()
            self.card.reset()

    def exclusive(self) -> AbstractContextManager[None]:
        return self._exclusive()

    @contextmanager
    def _exclusive(self) -> Iterator[None]:
        with self._lock:
            yield

    def close(self) -> None:
        self._closed = True
