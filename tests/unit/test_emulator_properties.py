"""Property tests: whatever bytes arrive, the virtual card answers with a
status word it means (never an exception, never the 6F00 fallback)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.card.emulator import VirtualCard
from tests.unit.test_emulator_helpers import PW3, apdu, select, verify

KNOWN_INS = [0xA4, 0xCA, 0x20, 0x24, 0x2C, 0xDA, 0x47, 0x2A, 0x88, 0x84, 0xC0, 0xE6, 0x44]


def fresh_card() -> VirtualCard:
    card = VirtualCard()
    select(card)
    verify(card, 0x83, PW3)
    verify(card, 0x81, b"123456")
    verify(card, 0x82, b"123456")
    return card


CARD = fresh_card()
# One provisioned card shared by the examples (cheap; state is in memory).
for crt in (0xB6, 0xB8, 0xA4):
    CARD.process(apdu(0, 0x47, 0x80, 0x00, bytes([crt, 0]), le=0))


def check(response: bytes) -> None:
    assert len(response) >= 2
    sw = int.from_bytes(response[-2:], "big")
    assert sw != 0x6F00, "the card fell back on its catch-all"
    assert response[-2] in (0x90, 0x61, 0x62, 0x63, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6D, 0x6E)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_random_bytes_always_get_a_status_word(raw: bytes) -> None:
    check(CARD.process(raw))


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(
    cla=st.sampled_from([0x00, 0x10, 0x0C, 0x80]),
    ins=st.sampled_from(KNOWN_INS),
    p1=st.integers(0, 255) | st.sampled_from([0x00, 0x04, 0x80, 0x81, 0x9E, 0xFF]),
    p2=st.integers(0, 255) | st.sampled_from([0x00, 0x81, 0x82, 0x83, 0x9A, 0x86, 0x6E]),
    data=st.binary(max_size=80),
    le=st.none() | st.integers(0, 255),
)
def test_well_framed_commands_with_random_fields(
    cla: int, ins: int, p1: int, p2: int, data: bytes, le: int | None
) -> None:
    card = fresh_card() if ins in (0xE6, 0x44, 0x24, 0x2C) else CARD
    check(card.process(apdu(cla, ins, p1, p2, data, le)))
    select(CARD)
    verify(CARD, 0x83, PW3)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    tag=st.sampled_from([0xC1, 0xC2, 0xC3, 0xC4, 0x5B, 0x5F2D, 0x5F35, 0xC7, 0xCE, 0x5E]),
    value=st.binary(max_size=60),
)
def test_put_data_random_values_then_card_still_works(tag: int, value: bytes) -> None:
    card = fresh_card()
    check(card.process(apdu(0, 0xDA, tag >> 8, tag & 0xFF, value)))
    check(card.process(bytes.fromhex("00CA006E00")))
    check(card.process(bytes.fromhex("00CA006500")))
    check(card.process(apdu(0, 0x47, 0x80, 0x00, b"\xb6\x00", le=0)))


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=120))
def test_decipher_and_sign_with_random_data(data: bytes) -> None:
    verify(CARD, 0x81, b"123456")
    verify(CARD, 0x82, b"123456")
    check(CARD.process(apdu(0, 0x2A, 0x80, 0x86, data, le=0) if data else b"\x00\x2a\x80\x86"))
    check(CARD.process(apdu(0, 0x2A, 0x9E, 0x9A, data, le=0) if data else b"\x00\x2a\x9e\x9a"))
