"""A Transport straight into a VirtualCard, for unit tests and the demo."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

from desktop.card.emulator.applet import VirtualCard
from desktop.card.errors import CardRemoved


class InProcessTransport:
    """Implements desktop.card.transport.Transport over a VirtualCard.

    ``remove()`` and ``insert()`` pull and push the card (the demo's Demo
    menu, tests); a removed card, a closed transport and the card's
    ``drop_on_ins`` fault all raise CardRemoved, the fault also removing
    the card as a real pulled card would be.
    """

    def __init__(self, card: VirtualCard) -> None:
        self.card = card
        self._present = True
        self._closed = False
        self._lock = threading.RLock()

    @property
    def present(self) -> bool:
        return self._present

    def remove(self) -> None:
        self._present = False
        self.card.reset()

    def insert(self) -> None:
        self.card.reset()  # a freshly inserted card has just been powered on
        self._present = True

    def send_and_receive(self, apdu: bytes) -> tuple[bytes, int]:
        if self._closed or not self._present:
            raise CardRemoved()
        if self.card.faults.take_drop(apdu):
            self.remove()
            raise CardRemoved()
        response = self.card.process(apdu)
        return response[:-2], int.from_bytes(response[-2:], "big")

    def exclusive(self) -> AbstractContextManager[None]:
        return self._exclusive()

    @contextmanager
    def _exclusive(self) -> Iterator[None]:
        with self._lock:
            yield

    def close(self) -> None:
        self._closed = True
