"""The virtual card's link to pcscd through vsmartcard's vpcd driver.

vpcd listens on TCP (127.0.0.1:35963 is reader "Virtual PCD 00 00", 35964
"Virtual PCD 00 01"); the card connects as a client. Each message is a
2-byte big-endian length and a payload: one byte is a control code (00 power
off, 01 power on, 02 reset, 04 send the ATR, the only one answered), more is
a command APDU answered with the response APDU. Connecting inserts the card,
closing the socket removes it.
"""

from __future__ import annotations

import contextlib
import socket
import threading

from desktop.card.emulator.applet import VirtualCard

DEFAULT_PORT = 35963
LOCALHOST = "127.0.0.1"
RETRY_SECONDS = 0.2

POWER_OFF, POWER_ON, RESET, GET_ATR = 0x00, 0x01, 0x02, 0x04


class _Closed(Exception):  # the peer (or we) closed the link
    pass


def reader_name(port: int) -> str:
    """The PC/SC reader name vpcd gives the slot on ``port``."""
    return f"Virtual PCD 00 {port - DEFAULT_PORT:02d}"


class VpcdLink:
    """Serves ``card`` to vpcd from a background thread.

    ``start()`` connects (retrying until vpcd listens) and serves until
    ``stop()``. ``remove()`` closes the socket (the reader sees the card
    leave) and ``insert()`` connects again. The card's ``drop_on_ins`` fault
    closes the link on that command without an answer; the card then stays
    removed, or comes back after ``reinsert_after_drop`` seconds if set.
    """

    def __init__(
        self,
        card: VirtualCard,
        port: int = DEFAULT_PORT,
        *,
        host: str = LOCALHOST,
        reinsert_after_drop: float | None = None,
    ) -> None:
        self.card = card
        self.port = port
        self.host = host
        self.reinsert_after_drop = reinsert_after_drop
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._connected = threading.Event()
        self._want_inserted = True
        self._stopping = False
        self._socket: socket.socket | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------ control

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    @property
    def reader(self) -> str:
        return reader_name(self.port)

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stopping = False
        self._thread = threading.Thread(
            target=self._run, name=f"vpcd-{self.port}", daemon=True
        )
        self._thread.start()

    def wait_connected(self, timeout: float = 5.0) -> bool:
        return self._connected.wait(timeout)

    def stop(self) -> None:
        self._stopping = True
        self._want_inserted = False
        self._disconnect()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def remove(self) -> None:
        """Pull the card: close the socket and stay out until ``insert()``."""
        self._want_inserted = False
        self._disconnect()

    def insert(self) -> None:
        self._want_inserted = True
        self._wake.set()

    def __enter__(self) -> VpcdLink:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------ the thread

    def _disconnect(self) -> None:
        with self._lock:
            sock = self._socket
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def _run(self) -> None:
        while not self._stopping:
            if not self._want_inserted:
                self._wake.wait(RETRY_SECONDS)
                self._wake.clear()
                continue
            try:
                sock = socket.create_connection((self.host, self.port), timeout=2)
            except OSError:  # vpcd not listening (yet): pcscd may be starting
                self._wake.wait(RETRY_SECONDS)
                self._wake.clear()
                continue
            sock.settimeout(None)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self._socket = sock
            if not self._want_inserted or self._stopping:  # removed while connecting
                self._close(sock)
                continue
            self.card.reset()
            self._connected.set()
            dropped = False
            try:
                dropped = self._serve(sock)
            except (_Closed, OSError):
                pass
            finally:
                self._close(sock)
            if dropped:
                self._after_drop()

    def _close(self, sock: socket.socket) -> None:
        with self._lock:
            self._socket = None
        self._connected.clear()
        self.card.reset()
        sock.close()

    def _after_drop(self) -> None:
        if self.reinsert_after_drop is None:
            self._want_inserted = False
            return
        self._wake.wait(self.reinsert_after_drop)
        self._wake.clear()

    def _serve(self, sock: socket.socket) -> bool:
        """Answer vpcd until the link closes; True if a fault dropped it."""
        while True:
            length = int.from_bytes(_receive(sock, 2), "big")
            message = _receive(sock, length)
            if len(message) == 1:
                code = message[0]
                if code == GET_ATR:
                    _send(sock, self.card.atr)
                elif code in (POWER_OFF, POWER_ON, RESET):
                    self.card.reset()
                continue
            if self.card.faults.take_drop(message):
                # pcscd then reports this transmit as successful with an
                # EMPTY answer (vpcd's quirk) and fails the next one; the
                # PC/SC adapter must read an answer under 2 bytes as removal.
                return True
            _send(sock, self.card.process(message))


def _receive(sock: socket.socket, count: int) -> bytes:
    """Read exactly ``count`` bytes. vpcd writes the length and the payload
    separately, so quick ACKs are re-armed before every read (the kernel
    clears the flag) or each APDU waits ~40 ms for a delayed ACK."""
    chunks = bytearray()
    while len(chunks) < count:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
        chunk = sock.recv(count - len(chunks))
        if not chunk:
            raise _Closed()
        chunks += chunk
    return bytes(chunks)


def _send(sock: socket.socket, payload: bytes) -> None:
    sock.sendall(len(payload).to_bytes(2, "big") + payload)
