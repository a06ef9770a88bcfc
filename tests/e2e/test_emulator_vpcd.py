"""The virtual card through real pcscd + vpcd, spoken to with pyscard:
what any PC/SC application sees."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from smartcard import scard

from desktop.card.emulator import Faults, VirtualCard
from desktop.card.emulator.atr import ATR
from desktop.card.emulator.vpcd import VpcdLink, reader_name
from tests.e2e.conftest import VpcdCardFactory, port_lock, wait_card_absent, wait_card_present

SELECT = bytes.fromhex("00A4040006D27600012401")


class Connection:
    """A thin pyscard session (shared mode, T=1) that returns (data, sw)."""

    def __init__(self, reader: str) -> None:
        hresult, self.context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        assert hresult == scard.SCARD_S_SUCCESS
        hresult, self.handle, self.protocol = scard.SCardConnect(
            self.context, reader, scard.SCARD_SHARE_SHARED, scard.SCARD_PROTOCOL_T1
        )
        assert hresult == scard.SCARD_S_SUCCESS, scard.SCardGetErrorMessage(hresult)

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        hresult, response = scard.SCardTransmit(self.handle, self.protocol, list(apdu))
        if hresult != scard.SCARD_S_SUCCESS:
            raise ConnectionError(scard.SCardGetErrorMessage(hresult))
        if len(response) < 2:  # vpcd's answer when the card went away mid-command
            raise ConnectionError("no answer")
        return bytes(response[:-2]), response[-2] << 8 | response[-1]

    def atr(self) -> bytes:
        hresult, _reader, _state, _protocol, atr = scard.SCardStatus(self.handle)
        assert hresult == scard.SCARD_S_SUCCESS
        return bytes(atr)

    def close(self) -> None:
        scard.SCardDisconnect(self.handle, scard.SCARD_LEAVE_CARD)
        scard.SCardReleaseContext(self.context)


@contextmanager
def connected(reader: str) -> Iterator[Connection]:
    connection = Connection(reader)
    try:
        yield connection
    finally:
        connection.close()


def test_select_get_data_verify_through_pcscd(virtual_card: VpcdLink, tmp_path: Path) -> None:
    link = virtual_card
    with connected(link.reader) as card:
        assert card.atr() == ATR
        assert card.transmit(SELECT) == (b"", 0x9000)
        aid, sw = card.transmit(bytes.fromhex("00CA004F00"))
        assert sw == 0x9000 and aid == link.card.aid
        assert aid[10:14].hex().upper() == link.card.serial
        assert card.transmit(bytes.fromhex("0020008100"))[1] == 0x63C3
        assert card.transmit(bytes.fromhex("0020008106") + b"000000")[1] == 0x63C2
        assert card.transmit(bytes.fromhex("0020008106") + b"123456")[1] == 0x9000
        assert card.transmit(bytes.fromhex("0020008100"))[1] == 0x9000
        status, sw = card.transmit(bytes.fromhex("00CA00C400"))
        assert (status[4], status[6], sw) == (3, 3, 0x9000)
    # The state file saw the wrong attempt and the reset counter.
    assert VirtualCard(tmp_path / "card.json").state.pw1_retries == 3


def test_extended_and_chained_answers_through_pcscd(vpcd_card: VpcdCardFactory) -> None:
    link = vpcd_card()
    with connected(link.reader) as card:
        card.transmit(SELECT)
        data, sw = card.transmit(bytes.fromhex("00CA006E000000"))  # extended Le
        assert sw == 0x9000 and len(data) > 200
        first, sw = card.transmit(bytes.fromhex("00CA006E40"))  # short Le 64
        assert sw >> 8 == 0x61 and len(first) == 64
        rest = b""
        while sw >> 8 == 0x61:
            chunk, sw = card.transmit(bytes.fromhex("00C0000040"))
            rest += chunk
        assert first + rest == data


def test_removal_and_insertion_are_seen_by_pcscd(vpcd_card: VpcdCardFactory) -> None:
    link = vpcd_card()
    link.remove()
    assert wait_card_absent(link.reader, 2.0) < 2.0
    with pytest.raises(AssertionError):
        Connection(link.reader)
    link.insert()
    assert wait_card_present(link.reader, 2.0) < 2.0
    with connected(link.reader) as card:
        assert card.transmit(SELECT)[1] == 0x9000


def test_drop_mid_command_is_a_removal(vpcd_card: VpcdCardFactory) -> None:
    link = vpcd_card(VirtualCard(faults=Faults(drop_on_ins=0xCA)))
    with connected(link.reader) as card:
        assert card.transmit(SELECT)[1] == 0x9000
        with pytest.raises(ConnectionError):
            card.transmit(bytes.fromhex("00CA004F00"))
    wait_card_absent(link.reader, 2.0)
    link.insert()
    wait_card_present(link.reader, 2.0)
    with connected(link.reader) as card:  # the fault was one-shot
        card.transmit(SELECT)
        assert card.transmit(bytes.fromhex("00CA004F00"))[1] == 0x9000


def test_not_openpgp_fault_through_pcscd(vpcd_card: VpcdCardFactory) -> None:
    link = vpcd_card(VirtualCard(faults=Faults(not_openpgp=True)))
    with connected(link.reader) as card:
        assert card.transmit(SELECT) == (b"", 0x6A82)
        assert card.transmit(bytes.fromhex("00A4000C023F00"))[1] == 0x6A82


def test_second_port_and_round_trip_speed(vpcd_card: VpcdCardFactory) -> None:
    link = vpcd_card(port=35964)
    assert link.reader == "Virtual PCD 00 01"
    with connected(link.reader) as card:
        card.transmit(SELECT)
        start = time.perf_counter()
        for _ in range(50):
            assert card.transmit(bytes.fromhex("00CA00C400"))[1] == 0x9000
        per_apdu = (time.perf_counter() - start) / 50
    # TCP_QUICKACK keeps a round trip far below the 40 ms delayed-ACK stall.
    assert per_apdu < 0.01, f"{per_apdu * 1000:.1f} ms per APDU"


def test_secret_service_fixture_round_trips(secret_service: object) -> None:
    # The fixture itself stored, read back and deleted a probe secret.
    assert type(secret_service).__module__ == "keyring.backends.SecretService"


def test_card_emulate_command_serves_until_sigterm(pcscd: list[str], tmp_path: Path) -> None:
    state = tmp_path / "clerk.json"
    reader = reader_name(35964)
    with port_lock(35964):
        process = subprocess.Popen(
            [sys.executable, "-m", "desktop.cli", "card", "emulate", "--state", str(state),
             "--port", "35964", "--fault", "drop-on-ins=2A", "--reinsert-after", "0.3"],
            stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[2],
        )
        try:
            assert process.stdout is not None
            banner = process.stdout.readline()
            serial = VirtualCard(state).serial  # the blank card it created
            assert serial in banner and reader in banner
            wait_card_present(reader)
            with connected(reader) as card:
                card.transmit(SELECT)
                aid, _ = card.transmit(bytes.fromhex("00CA004F00"))
                assert aid[10:14].hex().upper() == serial
                with pytest.raises(ConnectionError):  # the fault pulls the card ...
                    card.transmit(bytes.fromhex("002A9E9A01AA00"))
            wait_card_present(reader, 3.0)  # ... and the command puts it back
            process.send_signal(signal.SIGTERM)
            assert process.wait(10) == 0
            wait_card_absent(reader)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
