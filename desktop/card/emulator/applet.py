"""The OpenPGP card application 3.4, as a command processor.

``VirtualCard.process`` takes a raw command APDU and returns the response
APDU (data ‖ SW1 SW2). Every malformed command gets a status word; no input
raises. Layouts follow the OpenPGP Smart Card Application specification
3.4.1 (see ../shared/OPENPGP-CARD.md).
"""

from __future__ import annotations

import hmac
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.card.emulator import algorithms, tlv
from desktop.card.emulator.atr import ATR
from desktop.card.emulator.command import Command, LengthError, parse_command
from desktop.card.emulator.data_objects import (
    MAX_CHALLENGE,
    MAX_PIN_LENGTH,
    MAX_SPECIAL_DO,
    PRIVATE_DO_ACCESS,
    read_data_object,
)
from desktop.card.emulator.faults import Faults
from desktop.card.emulator.state import MAX_RETRIES, CardState, load_or_create, save
from desktop.card.model import Algorithm, KeySlot

OPENPGP_RID_APP = bytes.fromhex("D27600012401")  # RID + application 01
VERSION = (3, 4)

SW_OK = 0x9000
SW_TERMINATED = 0x6285
SW_WRONG_LENGTH = 0x6700
SW_LAST_COMMAND_EXPECTED = 0x6883
SW_SECURITY = 0x6982
SW_BLOCKED = 0x6983
SW_CONDITIONS = 0x6985
SW_WRONG_DATA = 0x6A80
SW_NOT_FOUND = 0x6A82
SW_NO_DATA = 0x6A88
SW_WRONG_P1P2 = 0x6B00
SW_INS = 0x6D00
SW_CLA = 0x6E00
SW_UNKNOWN = 0x6F00

MIN_PIN_LENGTH = {0x81: 6, 0x83: 8}
MAX_CHAIN = 4096  # 7F66 advertises less; a longer chain is a client bug

SLOT_BY_CRT = {0xB6: KeySlot.SIG, 0xB8: KeySlot.DEC, 0xA4: KeySlot.AUT}
ATTRIBUTE_TAG = {KeySlot.SIG: 0xC1, KeySlot.DEC: 0xC2, KeySlot.AUT: 0xC3}
FINGERPRINT_TAG = {0xC7: KeySlot.SIG, 0xC8: KeySlot.DEC, 0xC9: KeySlot.AUT}
CA_FINGERPRINT_TAG = {0xCA: KeySlot.SIG, 0xCB: KeySlot.DEC, 0xCC: KeySlot.AUT}
TIME_TAG = {0xCE: KeySlot.SIG, 0xCF: KeySlot.DEC, 0xD0: KeySlot.AUT}



class _Status(Exception):  # a control-flow signal, not an error
    """Abort a command with this status word."""

    def __init__(self, sw: int) -> None:
        super().__init__(f"{sw:04X}")
        self.sw = sw


@dataclass
class _Session:
    """Volatile state, lost on power-off, reset and removal."""

    selected: bool = False
    pw1_81: bool = False
    pw1_82: bool = False
    pw3: bool = False
    pending: bytes = b""
    chain_header: tuple[int, int, int] | None = None
    chain_data: bytes = b""


class VirtualCard:
    """A virtual OpenPGP card; thread-safe. ``state_path=None`` keeps the
    card in memory only (a fresh blank card unless ``state`` is given)."""

    atr = ATR

    def __init__(
        self,
        state_path: Path | str | None = None,
        *,
        state: CardState | None = None,
        faults: Faults | None = None,
    ) -> None:
        self._path = Path(state_path) if state_path is not None else None
        if state is not None:
            self.state = state
            self._save()
        elif self._path is not None:
            self.state = load_or_create(self._path)
        else:
            self.state = CardState.blank()
        self.faults = faults if faults is not None else Faults()
        self._lock = threading.RLock()
        self._session = _Session()
        self._handlers: dict[int, Callable[[Command], tuple[bytes, int]]] = {
            0xA4: self._select,
            0xCA: self._get_data,
            0x20: self._verify,
            0x24: self._change_reference_data,
            0x2C: self._reset_retry_counter,
            0xDA: self._put_data,
            0x47: self._generate,
            0x2A: self._pso,
            0x88: self._internal_authenticate,
            0x84: self._get_challenge,
            0xC0: self._get_response,
            0xE6: self._terminate,
            0x44: self._activate,
        }

    # ------------------------------------------------------------ public API

    @property
    def state_path(self) -> Path | None:
        return self._path

    @property
    def serial(self) -> str:
        """The serial as printed on the card: 8 hex digits."""
        return f"{self.state.serial:08X}"

    @property
    def aid(self) -> bytes:
        return (
            OPENPGP_RID_APP
            + bytes(VERSION)
            + self.state.manufacturer.to_bytes(2, "big")
            + self.state.serial.to_bytes(4, "big")
            + b"\x00\x00"
        )

    def reset(self) -> None:
        """Power cycle: forget the selection and every verified PIN."""
        with self._lock:
            self._session = _Session()

    def block_pin(self, reference: int = 0x81) -> None:
        """Fault: set the retry counter of PW1 (0x81/0x82) or PW3 (0x83) to 0."""
        with self._lock:
            if reference == 0x83:
                self.state.pw3_retries = 0
                self._session.pw3 = False
            else:
                self.state.pw1_retries = 0
                self._session.pw1_81 = self._session.pw1_82 = False
            self._save()

    def update_state(self, change: Callable[[CardState], None]) -> None:
        """Change the persistent state directly (tests, provisioning helpers)."""
        with self._lock:
            change(self.state)
            self._save()

    def process(self, apdu: bytes) -> bytes:
        """Answer one command APDU with its response APDU (data ‖ SW)."""
        with self._lock:
            try:
                data, sw = self._process(bytes(apdu))
            except _Status as status:
                data, sw = b"", status.sw
            except Exception:  # a bug must still look like a card answer
                data, sw = b"", SW_UNKNOWN
            return data + sw.to_bytes(2, "big")

    # ------------------------------------------------------------ framing

    def _process(self, apdu: bytes) -> tuple[bytes, int]:
        try:
            command = parse_command(apdu)
        except LengthError:
            return b"", SW_WRONG_LENGTH
        if command.cla & ~0x10 != 0:
            return b"", SW_CLA
        handler = self._handlers.get(command.ins)
        if handler is None:
            return b"", SW_INS
        if command.ins != 0xC0:
            self._session.pending = b""
        command = self._unchain(command)
        if command.cla & 0x10:
            return b"", SW_OK
        if self.state.terminated and command.ins not in (0xA4, 0x44, 0xC0):
            return b"", SW_CONDITIONS
        if not self._session.selected and command.ins not in (0xA4, 0xC0, 0x44):
            return b"", SW_CONDITIONS
        data, sw = handler(command)
        return self._limit(data, sw, command)

    def _unchain(self, command: Command) -> Command:
        """Collect a command chain (CLA 10); return the whole command at its end."""
        session = self._session
        header = (command.ins, command.p1, command.p2)
        if session.chain_header is not None and session.chain_header != header:
            session.chain_header, session.chain_data = None, b""
            if command.cla & 0x10:
                raise _Status(SW_LAST_COMMAND_EXPECTED)
        if command.cla & 0x10:
            if len(session.chain_data) + len(command.data) > MAX_CHAIN:
                session.chain_header, session.chain_data = None, b""
                raise _Status(SW_WRONG_LENGTH)
            session.chain_header = header
            session.chain_data += command.data
            return command
        if session.chain_header is None:
            return command
        data = session.chain_data + command.data
        session.chain_header, session.chain_data = None, b""
        return Command(0x00, command.ins, command.p1, command.p2, data, command.le, True)

    def _limit(self, data: bytes, sw: int, command: Command) -> tuple[bytes, int]:
        """Split an answer longer than Le into 61xx + GET RESPONSE chunks."""
        size = command.le if command.le is not None else (65536 if command.extended else 256)
        if sw != SW_OK or len(data) <= size:
            return data, sw
        rest = data[size:]
        self._session.pending = rest
        # SW2 says how many bytes remain; 00 means 256 or more.
        return data[:size], 0x6100 | (len(rest) if len(rest) < 256 else 0)

    def _get_response(self, command: Command) -> tuple[bytes, int]:
        if command.p1p2 != 0:
            return b"", SW_WRONG_P1P2
        pending = self._session.pending
        if not pending:
            return b"", SW_CONDITIONS
        self._session.pending = b""
        return pending, SW_OK  # _limit chunks it again by this Le

    def _save(self) -> None:
        if self._path is not None:
            save(self.state, self._path)

    # ------------------------------------------------------------ SELECT

    def _select(self, command: Command) -> tuple[bytes, int]:
        is_openpgp = (
            command.p1 == 0x04
            and len(command.data) >= len(OPENPGP_RID_APP)
            and self.aid.startswith(command.data)
        )
        if not is_openpgp or self.faults.not_openpgp:
            return b"", SW_NOT_FOUND  # a failed SELECT keeps the current selection
        if command.p2 & ~0x0C:
            return b"", SW_WRONG_P1P2
        self._session = _Session(selected=True)
        return b"", SW_TERMINATED if self.state.terminated else SW_OK

    # ------------------------------------------------------------ GET DATA

    def _get_data(self, command: Command) -> tuple[bytes, int]:
        if command.data:
            return b"", SW_WRONG_LENGTH
        if command.p1p2 in PRIVATE_DO_ACCESS:
            return self._private_do(command.p1p2, None)
        value = read_data_object(self.state, command.p1p2, self.aid)
        if value is None:
            return b"", SW_NO_DATA
        return value, SW_OK

    # ------------------------------------------------------------ PINs

    def _pin(self, reference: int) -> tuple[bytes, int]:
        if reference == 0x83:
            return self.state.pw3, self.state.pw3_retries
        return self.state.pw1, self.state.pw1_retries

    def _verified(self, reference: int) -> bool:
        session = self._session
        return {0x81: session.pw1_81, 0x82: session.pw1_82, 0x83: session.pw3}[reference]

    def _set_verified(self, reference: int, value: bool) -> None:
        if reference == 0x81:
            self._session.pw1_81 = value
        elif reference == 0x82:
            self._session.pw1_82 = value
        else:
            self._session.pw3 = value

    def _set_retries(self, reference: int, retries: int) -> None:
        if reference == 0x83:
            self.state.pw3_retries = retries
        else:
            self.state.pw1_retries = retries

    def _check_pin(self, reference: int, candidate: bytes) -> None:
        """Compare ``candidate``; a mismatch spends a try (63Cx), none left 6983."""
        pin, retries = self._pin(reference)
        if retries == 0:
            raise _Status(SW_BLOCKED)
        if hmac.compare_digest(candidate, pin):
            if retries != MAX_RETRIES:
                self._set_retries(reference, MAX_RETRIES)
                self._save()
            return
        self._set_retries(reference, retries - 1)
        if reference == 0x83:
            self._session.pw3 = False
        else:
            self._session.pw1_81 = self._session.pw1_82 = False
        self._save()
        raise _Status(0x63C0 | (retries - 1))

    def _verify(self, command: Command) -> tuple[bytes, int]:
        reference = command.p2
        if command.p1 not in (0x00, 0xFF) or reference not in (0x81, 0x82, 0x83):
            return b"", SW_WRONG_P1P2
        if command.p1 == 0xFF:
            if self.faults.refuse_pin_reset:
                return b"", SW_WRONG_P1P2
            if command.data:
                return b"", SW_WRONG_LENGTH
            self._set_verified(reference, False)
            return b"", SW_OK
        if not command.data:  # status query: spends no attempt
            if self._verified(reference):
                return b"", SW_OK
            retries = self._pin(reference)[1]
            return b"", SW_BLOCKED if retries == 0 else 0x63C0 | retries
        self._check_pin(reference, command.data)
        self._set_verified(reference, True)
        return b"", SW_OK

    def _change_reference_data(self, command: Command) -> tuple[bytes, int]:
        reference = command.p2
        if command.p1 != 0x00 or reference not in (0x81, 0x83):
            return b"", SW_WRONG_P1P2
        if not command.data:
            return b"", SW_WRONG_LENGTH
        pin, _ = self._pin(reference)
        self._check_pin(reference, command.data[: len(pin)])
        new = command.data[len(pin) :]
        if not MIN_PIN_LENGTH[reference] <= len(new) <= MAX_PIN_LENGTH:
            return b"", SW_WRONG_DATA
        if reference == 0x83:
            self.state.pw3 = new
            self._session.pw3 = False
        else:
            self.state.pw1 = new
            self._session.pw1_81 = self._session.pw1_82 = False
        self._save()
        return b"", SW_OK

    def _reset_retry_counter(self, command: Command) -> tuple[bytes, int]:
        if command.p2 != 0x81 or command.p1 not in (0x00, 0x02):
            return b"", SW_WRONG_P1P2
        if command.p1 == 0x00:
            return b"", SW_BLOCKED  # no resetting code is set (C4 shows 0 tries)
        if not self._session.pw3:
            return b"", SW_SECURITY
        if not MIN_PIN_LENGTH[0x81] <= len(command.data) <= MAX_PIN_LENGTH:
            return b"", SW_WRONG_DATA if command.data else SW_WRONG_LENGTH
        self.state.pw1 = command.data
        self.state.pw1_retries = MAX_RETRIES
        self._save()
        return b"", SW_OK

    # ------------------------------------------------------------ PUT DATA

    def _put_data(self, command: Command) -> tuple[bytes, int]:
        tag, value, state = command.p1p2, command.data, self.state
        if tag in PRIVATE_DO_ACCESS:
            return self._private_do(tag, value)
        setter = self._put_setter(tag, value)
        if setter is None:
            return b"", SW_NO_DATA
        if not self._session.pw3:
            return b"", SW_SECURITY
        setter(state)
        self._save()
        return b"", SW_OK

    def _private_do(self, tag: int, value: bytes | None) -> tuple[bytes, int]:
        """GET DATA (value None) or PUT DATA of private-use DO 0101-0104 under the
        OpenPGP 3.4 access rules (PRIVATE_DO_ACCESS)."""
        state = self.state
        if not state.private_dos_supported:
            return b"", SW_NO_DATA
        read_pin, write_pin = PRIVATE_DO_ACCESS[tag]
        needed = read_pin if value is None else write_pin
        if needed is not None and not self._verified(needed):
            return b"", SW_SECURITY
        if value is None:
            return state.private_dos.get(tag & 0xFF, b""), SW_OK
        if len(value) > MAX_SPECIAL_DO:
            return b"", SW_WRONG_LENGTH
        state.private_dos[tag & 0xFF] = bytes(value)
        self._save()
        return b"", SW_OK

    def _put_setter(self, tag: int, value: bytes) -> Callable[[CardState], None] | None:
        """Validate ``value`` for DO ``tag``; None for a DO that cannot be written."""

        def need(ok: bool, sw: int = SW_WRONG_LENGTH) -> None:
            if not ok:
                raise _Status(sw)

        def put(attribute: str) -> Callable[[CardState], None]:
            return lambda state: setattr(state, attribute, value)

        if tag in (0xC1, 0xC2, 0xC3):
            slot = next(s for s, t in ATTRIBUTE_TAG.items() if t == tag)
            need(bool(value))
            try:
                algorithms.parse_attributes(value, slot)
            except algorithms.AlgorithmError:
                raise _Status(SW_WRONG_DATA) from None
            return lambda state: self._set_attributes(slot, value)
        if tag == 0xC4:
            need(1 <= len(value) <= 4)
            need(value[0] in (0x00, 0x01), SW_WRONG_DATA)
            return lambda state: setattr(state, "pw1_one_signature", value[0] == 0x00)
        limits = {0x5B: (0, 39, "name"), 0x5F2D: (0, 8, "language"), 0x5F35: (0, 1, "sex"),
                  0x5F50: (0, MAX_SPECIAL_DO, "url"), 0x5E: (0, MAX_SPECIAL_DO, "login")}
        if tag in limits:
            low, high, attribute = limits[tag]
            need(low <= len(value) <= high)
            if tag == 0x5F35:
                need(value in (b"", b"0", b"1", b"2", b"9"), SW_WRONG_DATA)
            return put(attribute)
        for table, attribute in ((FINGERPRINT_TAG, "fingerprints"),
                                 (CA_FINGERPRINT_TAG, "ca_fingerprints")):
            if tag in table:
                need(len(value) == 20)
                slot = table[tag]
                return lambda state: getattr(state, attribute).__setitem__(slot, value)
        if tag in TIME_TAG:
            need(len(value) == 4)
            slot = TIME_TAG[tag]
            return lambda state: state.times.__setitem__(slot, int.from_bytes(value, "big"))
        return None

    def _set_attributes(self, slot: KeySlot, value: bytes) -> None:
        state = self.state
        before = algorithms.parse_attributes(state.attributes[slot], slot)
        state.attributes[slot] = value
        if algorithms.parse_attributes(value, slot) is not before:
            # A key of another algorithm is gone, as on real cards.
            self._clear_slot(slot)

    def _clear_slot(self, slot: KeySlot) -> None:
        self.state.keys[slot] = None
        self.state.fingerprints[slot] = bytes(20)
        self.state.times[slot] = 0

    # ------------------------------------------------------------ keys

    def _algorithm(self, slot: KeySlot) -> Algorithm:
        return algorithms.parse_attributes(self.state.attributes[slot], slot)

    def _generate(self, command: Command) -> tuple[bytes, int]:
        if command.p1 not in (0x80, 0x81) or command.p2 != 0x00:
            return b"", SW_WRONG_P1P2
        if not command.data:
            return b"", SW_WRONG_LENGTH
        try:
            crt = tlv.parse(command.data)[0][0]
        except (tlv.TlvError, IndexError):
            return b"", SW_WRONG_DATA
        slot = SLOT_BY_CRT.get(crt)
        if slot is None:
            return b"", SW_WRONG_DATA
        algorithm = self._algorithm(slot)
        if command.p1 == 0x80:
            if not self._session.pw3:
                return b"", SW_SECURITY
            self._clear_slot(slot)
            self.state.keys[slot] = algorithms.generate(algorithm)
            if slot is KeySlot.SIG:
                self.state.signature_counter = 0
            self._save()
        private = self.state.keys[slot]
        if private is None:
            return b"", SW_NO_DATA
        point = algorithms.public_point(algorithm, private)
        return tlv.tlv(0x7F49, tlv.tlv(0x86, point)), SW_OK

    def _private_key(self, slot: KeySlot) -> tuple[Algorithm, bytes]:
        private = self.state.keys[slot]
        if private is None:
            raise _Status(SW_NO_DATA)
        return self._algorithm(slot), private

    def _pso(self, command: Command) -> tuple[bytes, int]:
        if command.p1p2 == 0x9E9A:
            return self._sign(command)
        if command.p1p2 == 0x8086:
            return self._decipher(command)
        return b"", SW_WRONG_P1P2

    def _sign(self, command: Command) -> tuple[bytes, int]:
        if not self._session.pw1_81:
            return b"", SW_SECURITY
        algorithm, private = self._private_key(KeySlot.SIG)
        if not command.data or (algorithm is Algorithm.P256_ECDSA and len(command.data) > 64):
            return b"", SW_WRONG_LENGTH
        signature = algorithms.sign(algorithm, private, command.data)
        if self.state.pw1_one_signature:
            self._session.pw1_81 = False
        self.state.signature_counter = min(self.state.signature_counter + 1, 0xFFFFFF)
        self._save()
        return signature, SW_OK

    def _decipher(self, command: Command) -> tuple[bytes, int]:
        if not self._session.pw1_82:
            return b"", SW_SECURITY
        algorithm, private = self._private_key(KeySlot.DEC)
        if not command.data:
            return b"", SW_WRONG_LENGTH
        try:
            point = tlv.find(tlv.find(tlv.find(command.data, 0xA6), 0x7F49), 0x86)
            shared = algorithms.agree(algorithm, private, point, self.faults.ecdh_full_point)
        except (tlv.TlvError, algorithms.AlgorithmError):
            return b"", SW_WRONG_DATA
        return shared, SW_OK

    def _internal_authenticate(self, command: Command) -> tuple[bytes, int]:
        if command.p1p2 != 0:
            return b"", SW_WRONG_P1P2
        if not self._session.pw1_82:
            return b"", SW_SECURITY
        algorithm, private = self._private_key(KeySlot.AUT)
        if not command.data or (algorithm is Algorithm.P256_ECDSA and len(command.data) > 64):
            return b"", SW_WRONG_LENGTH
        return algorithms.sign(algorithm, private, command.data), SW_OK

    # ------------------------------------------------------------ misc

    def _get_challenge(self, command: Command) -> tuple[bytes, int]:
        if command.p1p2 != 0:
            return b"", SW_WRONG_P1P2
        if command.data or command.le is None or command.le > MAX_CHALLENGE:
            return b"", SW_WRONG_LENGTH
        return secrets.token_bytes(command.le), SW_OK

    def _terminate(self, command: Command) -> tuple[bytes, int]:
        if command.p1p2 != 0:
            return b"", SW_WRONG_P1P2
        if not (self._session.pw3 or self.state.pw3_retries == 0):
            return b"", SW_SECURITY
        self.state.terminated = True
        self._save()
        self._session = _Session(selected=True)
        return b"", SW_OK

    def _activate(self, command: Command) -> tuple[bytes, int]:
        if command.p1p2 != 0:
            return b"", SW_WRONG_P1P2
        if self.state.terminated:
            # Factory reset: same serial, everything else blank.
            self.state = CardState.blank(self.state.serial)
            self._save()
            self._session = _Session()
        return b"", SW_OK
