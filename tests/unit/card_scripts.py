"""A scripted transport for card-client unit tests: answers from a list or a
function, records every APDU sent. Real-card behaviour is tested beside it
against the virtual card (test_card_session.py) and through pcscd (e2e)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

from desktop.card.errors import CardRemoved

Answer = tuple[bytes, int]


class ScriptedTransport:
    def __init__(self, answer: Callable[[bytes], Answer] | list[Answer]) -> None:
        self.sent: list[bytes] = []
        self.holds = 0
        self.resets = 0
        self.closed = False
        if isinstance(answer, list):
            queue = list(answer)

            def next_answer(_apdu: bytes) -> Answer:
                if not queue:
                    raise AssertionError("the script ran out of answers")
                return queue.pop(0)

            self._answer: Callable[[bytes], Answer] = next_answer
        else:
            self._answer = answer

    def send_and_receive(self, apdu: bytes) -> Answer:
        if self.closed:
            raise CardRemoved()
        self.sent.append(apdu)
        return self._answer(apdu)

    def exclusive(self) -> AbstractContextManager[None]:
        return self._hold()

    @contextmanager
    def _hold(self) -> Iterator[None]:
        self.holds += 1
        yield

    def reset(self) -> None:
        if self.closed:
            raise CardRemoved()
        self.resets += 1

    def close(self) -> None:
        self.closed = True
