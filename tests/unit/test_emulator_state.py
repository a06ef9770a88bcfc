"""The virtual card's JSON state: creation, round trip, atomic saves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.card.emulator import VirtualCard
from desktop.card.emulator.state import CardState, StateFileError, load_or_create
from tests.unit.test_emulator_helpers import (
    PW1,
    PW3,
    apdu,
    generate,
    get_data,
    put_data,
    read_key,
    select,
    send,
    verify,
)


def test_missing_file_creates_a_blank_card_with_a_random_serial(tmp_path: Path) -> None:
    first = VirtualCard(tmp_path / "a.json")
    second = VirtualCard(tmp_path / "b.json")
    assert (tmp_path / "a.json").exists()
    assert first.serial != second.serial
    assert len(first.serial) == 8
    assert VirtualCard(tmp_path / "a.json").serial == first.serial


def test_everything_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "card.json"
    card = VirtualCard(path)
    select(card)
    verify(card, 0x83, PW3)
    put_data(card, 0x5B, b"Zhao<<Min")
    put_data(card, 0xC4, b"\x00")
    put_data(card, 0xC2, bytes.fromhex("122B060104019755010501"))
    sig_key = generate(card, 0xB6)[0]
    dec_key = generate(card, 0xB8)[0]
    put_data(card, 0xC7, b"\x07" * 20)  # after GENERATE, which clears the slot's fingerprint
    put_data(card, 0xCE, b"\x65\x00\x00\x01")
    send(card, apdu(0, 0x24, 0x00, 0x81, PW1 + b"246810"))
    verify(card, 0x81, b"246810")
    send(card, apdu(0, 0x2A, 0x9E, 0x9A, bytes(32), le=0))
    verify(card, 0x83, b"00000000")

    again = VirtualCard(path)
    select(again)
    assert again.serial == card.serial
    assert read_key(again, 0xB6)[0] == sig_key
    assert read_key(again, 0xB8)[0] == dec_key
    assert get_data(again, 0x65)[0][2:11] == b"Zhao<<Min"
    assert get_data(again, 0xC4)[0] == bytes([0, 127, 127, 127, 3, 0, 2])
    assert get_data(again, 0xC5)[0][:20] == b"\x07" * 20
    assert get_data(again, 0xCD)[0][:4] == b"\x65\x00\x00\x01"
    assert get_data(again, 0x93)[0] == b"\x00\x00\x01"
    assert get_data(again, 0xC2)[0] == bytes.fromhex("122B060104019755010501")
    assert verify(again, 0x81, b"246810") == 0x9000
    # Verification itself is volatile: a restarted card asks again.
    assert send(again, apdu(0, 0x20, 0x00, 0x83))[1] == 0x63C2


def test_json_round_trip_is_exact() -> None:
    state = CardState.blank(0x12345678)
    state.name = b"Sun<<Li"
    restored = CardState.from_json(json.loads(json.dumps(state.to_json())))
    assert restored == state


def test_saves_leave_no_temporary_files(tmp_path: Path) -> None:
    path = tmp_path / "card.json"
    card = VirtualCard(path)
    select(card)
    for _ in range(3):
        verify(card, 0x81, b"999999")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["card.json"]
    assert load_or_create(path).pw1_retries == 0


def test_given_state_is_written_to_the_path(tmp_path: Path) -> None:
    path = tmp_path / "card.json"
    VirtualCard(path, state=CardState.blank(0x0000ABCD))
    assert VirtualCard(path).serial == "0000ABCD"


def test_update_state_persists(tmp_path: Path) -> None:
    path = tmp_path / "card.json"
    card = VirtualCard(path)
    card.update_state(lambda s: setattr(s, "signature_counter", 41))
    assert load_or_create(path).signature_counter == 41


def test_corrupt_file_raises_state_file_error(tmp_path: Path) -> None:
    path = tmp_path / "card.json"
    path.write_text("{not json")
    with pytest.raises(StateFileError):
        VirtualCard(path)
