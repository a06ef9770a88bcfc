"""Fault injection and the in-process transport."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop.card.emulator import Faults, InProcessTransport, VirtualCard
from desktop.card.errors import CardRemoved
from tests.unit.test_emulator_helpers import OPENPGP_AID, PW1, apdu, select, send, verify


def transport_select(transport: InProcessTransport) -> int:
    return transport.send_and_receive(apdu(0, 0xA4, 0x04, 0x00, OPENPGP_AID))[1]


def test_in_process_transport_returns_data_and_status() -> None:
    card = VirtualCard()
    transport = InProcessTransport(card)
    assert transport_select(transport) == 0x9000
    data, sw = transport.send_and_receive(bytes.fromhex("00CA004F00"))
    assert (data, sw) == (card.aid, 0x9000)
    with transport.exclusive(), transport.exclusive():  # re-entrant in one thread
        assert transport.send_and_receive(bytes.fromhex("0020008100"))[1] == 0x63C3


def test_removed_card_raises_and_insertion_powers_it_on_again() -> None:
    transport = InProcessTransport(VirtualCard())
    transport_select(transport)
    transport.send_and_receive(apdu(0, 0x20, 0x00, 0x82, PW1))
    transport.remove()
    assert not transport.present
    with pytest.raises(CardRemoved):
        transport.send_and_receive(bytes.fromhex("00CA004F00"))
    transport.insert()
    assert transport.send_and_receive(bytes.fromhex("00CA004F00"))[1] == 0x6985  # not selected
    transport_select(transport)
    assert transport.send_and_receive(bytes.fromhex("0020008200"))[1] == 0x63C3


def test_closed_transport_raises() -> None:
    transport = InProcessTransport(VirtualCard())
    transport.close()
    with pytest.raises(CardRemoved):
        transport_select(transport)


def test_drop_on_ins_pulls_the_card_mid_command_once() -> None:
    card = VirtualCard(faults=Faults(drop_on_ins=0x2A))
    transport = InProcessTransport(card)
    transport_select(transport)
    assert transport.send_and_receive(apdu(0, 0x20, 0x00, 0x82, PW1))[1] == 0x9000
    with pytest.raises(CardRemoved):
        transport.send_and_receive(apdu(0, 0x2A, 0x80, 0x86, b"\xa6\x00"))
    assert not transport.present
    transport.insert()
    transport_select(transport)
    assert transport.send_and_receive(apdu(0, 0x2A, 0x80, 0x86, b"\xa6\x00"))[1] == 0x6982


def test_persistent_drop_fault_fires_every_time() -> None:
    faults = Faults(drop_on_ins=0xCA, drop_once=False)
    transport = InProcessTransport(VirtualCard(faults=faults))
    for _ in range(2):
        transport.insert()
        transport_select(transport)
        with pytest.raises(CardRemoved):
            transport.send_and_receive(bytes.fromhex("00CA004F00"))


def test_not_openpgp_fault_refuses_the_application() -> None:
    card = VirtualCard(faults=Faults(not_openpgp=True))
    assert select(card) == 0x6A82
    assert send(card, bytes.fromhex("00CA004F00"))[1] == 0x6985
    card.faults.not_openpgp = False
    assert select(card) == 0x9000


def test_block_pin_fault_persists(tmp_path: Path) -> None:
    path = tmp_path / "card.json"
    card = VirtualCard(path)
    card.block_pin(0x81)
    card.block_pin(0x83)
    again = VirtualCard(path)
    select(again)
    assert verify(again, 0x81, PW1) == 0x6983
    assert verify(again, 0x83, b"12345678") == 0x6983
    assert send(again, bytes.fromhex("00CA00C400"))[0][4:] == bytes([0, 0, 0])


def test_listeners_hear_removal_and_insertion_once_each() -> None:
    transport = InProcessTransport(VirtualCard())
    events: list[bool] = []
    transport.add_listener(events.append)
    transport.remove()
    transport.remove()
    transport.insert()
    assert events == [False, True]


def test_exclusive_blocks_other_threads() -> None:
    transport = InProcessTransport(VirtualCard())
    transport_select(transport)
    order: list[str] = []

    def other() -> None:
        transport.send_and_receive(bytes.fromhex("00CA004F00"))
        order.append("other")

    with transport.exclusive():
        thread = threading.Thread(target=other)
        thread.start()
        thread.join(0.2)
        order.append("holder")
    thread.join(2)
    assert order == ["holder", "other"]


def test_refuse_pin_reset_fault_keeps_the_pin_verified_until_a_reset() -> None:
    card = VirtualCard(faults=Faults(refuse_pin_reset=True))
    transport = InProcessTransport(card)
    transport_select(transport)
    assert transport.send_and_receive(apdu(0, 0x20, 0x00, 0x82, PW1))[1] == 0x9000
    assert transport.send_and_receive(bytes.fromhex("0020FF82"))[1] == 0x6B00  # as before 3.4
    assert transport.send_and_receive(bytes.fromhex("00200082"))[1] == 0x9000  # still verified
    transport.reset()
    transport_select(transport)
    assert transport.send_and_receive(bytes.fromhex("00200082"))[1] == 0x63C3


def test_reset_of_a_removed_card_raises() -> None:
    transport = InProcessTransport(VirtualCard())
    transport.remove()
    with pytest.raises(CardRemoved):
        transport.reset()
