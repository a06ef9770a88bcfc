"""The PC/SC adapter: the only module that imports pyscard.

Uses pyscard's thin `smartcard.scard` layer (the WinSCard API) so every
result code is ours to map onto the typed card errors, and so the
transaction calls (SCardBeginTransaction/EndTransaction) are available.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any

from smartcard import scard

from desktop.card.errors import (
    CardError,
    CardInUse,
    CardRemoved,
    CardReset,
    CardServiceUnavailable,
    NoCard,
    PcscFailure,
    ReaderNotFound,
)

_SERVICE_GONE = {scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED}
_CARD_GONE = {
    scard.SCARD_W_REMOVED_CARD,
    scard.SCARD_W_RESET_CARD,
    scard.SCARD_W_UNPOWERED_CARD,
    scard.SCARD_W_UNRESPONSIVE_CARD,
    scard.SCARD_F_COMM_ERROR,
    scard.SCARD_E_COMM_DATA_LOST,
    scard.SCARD_E_NOT_TRANSACTED,
    scard.SCARD_E_INVALID_HANDLE,
    scard.SCARD_E_READER_UNAVAILABLE,
    scard.SCARD_E_NO_SMARTCARD,
}
SERVICE_MESSAGE = (
    "the PC/SC service (pcscd) is not running; start it "
    "(systemctl start pcscd.socket) and try again"
)


def _code(hresult: int) -> int:
    return hresult & 0xFFFFFFFF


def _fail(hresult: int, operation: str, reader: str | None = None) -> CardError:
    """The typed error for a failed PC/SC call outside a command."""
    code = _code(hresult)
    if code in _SERVICE_GONE:
        return CardServiceUnavailable(SERVICE_MESSAGE)
    if code == _code(scard.SCARD_E_NO_READERS_AVAILABLE):
        return ReaderNotFound(None)
    if code in (_code(scard.SCARD_E_UNKNOWN_READER), _code(scard.SCARD_E_READER_UNAVAILABLE)):
        return ReaderNotFound(reader)
    if code in (_code(scard.SCARD_E_NO_SMARTCARD), _code(scard.SCARD_W_REMOVED_CARD)):
        return NoCard(f"no card in {reader}" if reader else "no card")
    if code == _code(scard.SCARD_W_UNRESPONSIVE_CARD):
        return NoCard(f"the card in {reader} does not answer")
    if code == _code(scard.SCARD_E_SHARING_VIOLATION):
        return CardInUse(f"another program holds the card in {reader}")
    return PcscFailure(code, operation)


def _fail_in_command(hresult: int, operation: str) -> CardError:
    """The typed error for a failed call on a connected card."""
    code = _code(hresult)
    if code in _SERVICE_GONE:
        return CardServiceUnavailable(SERVICE_MESSAGE)
    if code in {_code(c) for c in _CARD_GONE}:
        return CardRemoved(f"card removed or reset during {operation}")
    if code == _code(scard.SCARD_E_SHARING_VIOLATION):
        return CardInUse("another program holds the card")
    return PcscFailure(code, operation)


class _Context:
    """One SCARDCONTEXT; released on close."""

    def __init__(self) -> None:
        hresult, handle = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        if hresult != scard.SCARD_S_SUCCESS:
            raise _fail(hresult, "establish context")
        self.handle: Any = handle

    def readers(self) -> list[str]:
        hresult, readers = scard.SCardListReaders(self.handle, [])
        if _code(hresult) == _code(scard.SCARD_E_NO_READERS_AVAILABLE):
            return []
        if hresult != scard.SCARD_S_SUCCESS:
            raise _fail(hresult, "list readers")
        return list(readers)

    def status(self, states: list[tuple[str, int]], timeout_ms: int) -> list[Any] | None:
        """SCardGetStatusChange; None on timeout."""
        hresult, new_states = scard.SCardGetStatusChange(self.handle, timeout_ms, states)
        if _code(hresult) == _code(scard.SCARD_E_TIMEOUT):
            return None
        if hresult != scard.SCARD_S_SUCCESS:
            raise _fail(hresult, "get status change")
        return list(new_states)

    def close(self) -> None:
        scard.SCardReleaseContext(self.handle)


@dataclass(frozen=True)
class ReaderState:
    reader: str
    present: bool
    atr: bytes
    events: int  # pcsc-lite's insertion/removal counter for the reader


def _reader_state(entry: Any) -> ReaderState:
    reader, event_state, atr = entry
    present = bool(event_state & scard.SCARD_STATE_PRESENT)
    return ReaderState(reader, present, bytes(atr) if present else b"", event_state >> 16)


def reader_states() -> list[ReaderState]:
    """Every reader and whether a card is in it."""
    context = _Context()
    try:
        readers = context.readers()
        if not readers:
            return []
        states = context.status([(r, scard.SCARD_STATE_UNAWARE) for r in readers], 0) or []
        return [_reader_state(entry) for entry in states]
    finally:
        context.close()


def list_readers() -> list[str]:
    context = _Context()
    try:
        return context.readers()
    finally:
        context.close()


def default_reader() -> str:
    """The first reader holding a card."""
    states = reader_states()
    if not states:
        raise ReaderNotFound(None)
    for state in states:
        if state.present:
            return state.reader
    raise NoCard("no card in any reader")


class PcscTransport:
    """desktop.card.transport.Transport over one PC/SC card handle."""

    def __init__(self, reader: str) -> None:
        self.reader = reader
        self._context = _Context()
        try:
            if reader not in self._context.readers():
                raise ReaderNotFound(reader)
            hresult, card, protocol = scard.SCardConnect(
                self._context.handle,
                reader,
                scard.SCARD_SHARE_SHARED,
                scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
            )
            if hresult != scard.SCARD_S_SUCCESS:
                raise _fail(hresult, "connect", reader)
        except BaseException:
            self._context.close()
            raise
        self._card: Any = card
        self._protocol: int = protocol
        self._depth = 0
        self._closed = False

    @property
    def atr(self) -> bytes:
        hresult, _reader, _state, _protocol, atr = scard.SCardStatus(self._card)
        if hresult != scard.SCARD_S_SUCCESS:
            raise _fail_in_command(hresult, "status")
        return bytes(atr)

    def send_and_receive(self, apdu: bytes) -> tuple[bytes, int]:
        if self._closed:
            raise CardRemoved("the connection is closed")
        hresult, response = scard.SCardTransmit(self._card, self._protocol, list(apdu))
        if _code(hresult) == _code(scard.SCARD_W_RESET_CARD) and self._depth == 0:
            self._reconnect()
        if hresult != scard.SCARD_S_SUCCESS:
            raise _fail_in_command(hresult, "transmit")
        if len(response) < 2:
            # Every card answers at least SW1 SW2; an empty answer is the
            # reader telling us the card went away mid-command (vpcd does so).
            raise CardRemoved("the reader returned no status word")
        return bytes(response[:-2]), (response[-2] << 8) | response[-1]

    def _reconnect(self) -> None:
        """Another program reset the card: take it back (unselected, no PIN
        verified) and say so with CardReset."""
        self._reconnect_with(scard.SCARD_LEAVE_CARD, "reconnect")
        raise CardReset("another program reset the card")

    def reset(self) -> None:
        """Warm-reset the card (SCardReconnect with SCARD_RESET_CARD), also
        inside our own transaction, so no other process sees a verified PIN."""
        if self._closed:
            raise CardRemoved("the connection is closed")
        self._reconnect_with(scard.SCARD_RESET_CARD, "reset")

    def _reconnect_with(self, disposition: int, operation: str) -> None:
        hresult, protocol = scard.SCardReconnect(
            self._card,
            scard.SCARD_SHARE_SHARED,
            scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
            disposition,
        )
        if hresult != scard.SCARD_S_SUCCESS:
            raise _fail_in_command(hresult, operation)
        self._protocol = protocol

    def exclusive(self) -> AbstractContextManager[None]:
        return self._transaction()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._depth == 0:
            hresult = scard.SCardBeginTransaction(self._card)
            if hresult != scard.SCARD_S_SUCCESS:
                raise _fail_in_command(hresult, "begin transaction")
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0 and not self._closed:
                # Fails harmlessly when the card already left.
                scard.SCardEndTransaction(self._card, scard.SCARD_LEAVE_CARD)

    def close(self, reset: bool = False) -> None:
        """Disconnect; ``reset`` power-cycles the card, dropping every
        verified PIN (for cards that do not know VERIFY FF)."""
        if self._closed:
            return
        self._closed = True
        try:
            disposition = scard.SCARD_RESET_CARD if reset else scard.SCARD_LEAVE_CARD
            scard.SCardDisconnect(self._card, disposition)
        finally:
            self._context.close()


def connect(reader: str | None = None) -> PcscTransport:
    """Connect to ``reader``, or to the first reader holding a card."""
    return PcscTransport(reader if reader is not None else default_reader())


class StatusWatcher:
    """Polls PC/SC for reader and card changes (for desktop.card.monitor)."""

    def __init__(self) -> None:
        self._context = _Context()
        self._known: dict[str, ReaderState] = {}
        self._raw: dict[str, int] = {}

    def snapshot(self) -> dict[str, ReaderState]:
        return dict(self._known)

    def poll(self, timeout: float) -> list[tuple[str, ReaderState | None]]:
        """Wait up to ``timeout`` seconds for a change. Returns the changes
        as (reader, new state) pairs, None for a reader that disappeared;
        a card swapped between two polls shows as a state whose event
        counter moved."""
        readers = self._context.readers()
        changes: list[tuple[str, ReaderState | None]] = []
        for gone in set(self._known) - set(readers):
            del self._known[gone]
            self._raw.pop(gone, None)
            changes.append((gone, None))
        if not readers:
            return changes
        states = [(r, self._raw.get(r, scard.SCARD_STATE_UNAWARE)) for r in readers]
        new = self._context.status(states, max(0, int(timeout * 1000)))
        if new is None:
            return changes
        for entry in new:
            reader, event_state, _atr = entry
            self._raw[reader] = event_state & ~scard.SCARD_STATE_CHANGED
            state = _reader_state(entry)
            before = self._known.get(reader)
            if before is None or before.present != state.present or before.events != state.events:
                changes.append((reader, state))
            self._known[reader] = state
        return changes

    def close(self) -> None:
        self._context.close()
