"""The transport seam: everything above it is pure, everything below is I/O.

A transport sends one command APDU and returns the response data and status
word. Chaining (61xx / command chaining) is done above, in apdu.py, so a
transport never interprets status words.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Protocol


class Transport(Protocol):
    def send_and_receive(self, apdu: bytes) -> tuple[bytes, int]:
        """Send one command APDU; return (response data, SW1SW2 as an int).

        Raises CardRemoved when the card leaves or the link drops."""
        ...

    def exclusive(self) -> AbstractContextManager[None]:
        """Hold the card for this process (a PC/SC transaction) so no other
        process interleaves between VERIFY and the operation it unlocks."""
        ...

    def reset(self) -> None:
        """Power-cycle the card: it forgets the selected application and every
        verified PIN. For cards older than 3.4, which refuse VERIFY FF."""
        ...

    def close(self) -> None: ...
