"""Keyboard-wedge scanning: Code 128 / typed numbers checked by their check
character, QR payloads checked by their tag, keystrokes turned into lines."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.bags.scanning import (
    MAX_LINE,
    AuthenticQr,
    ForgedQr,
    ScannedNumber,
    ScanSource,
    ScanTooLong,
    WedgeBuffer,
    looks_like_qr,
    read_scan,
)
from desktop.bags.tag_key import qr_tag_key
from desktop.domain.confidential_number import (
    BadCheckCharacter,
    ConfidentialNumber,
    ConfidentialNumberError,
)
from desktop.domain.printables import CopyNumber
from desktop.domain.qr_tag import MalformedPayload, QrTagError, build_payload

DEK = bytes(range(32))
KEY = qr_tag_key(DEK)
NUMBER = ConfidentialNumber("110000", 2026, 42)


def test_tag_key_is_hkdf_of_the_dek() -> None:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    expected = HKDF(hashes.SHA256(), 32, None, b"leadvault qr tag v1").derive(DEK)
    assert expected == KEY and len(KEY) == 32
    assert qr_tag_key(bytearray(DEK)) == KEY
    assert qr_tag_key(os.urandom(32)) != KEY


def test_a_scanned_or_typed_number() -> None:
    for text in (str(NUMBER), str(NUMBER).replace("-", ""), f"  {NUMBER}  ",
                 str(NUMBER).replace("-", "－")):  # full-width hyphens from an IME
        assert read_scan(text, KEY) == ScannedNumber(NUMBER, ScanSource.TYPED_NUMBER)


def test_a_mistyped_number_names_the_expected_check_character() -> None:
    text = str(NUMBER)
    wrong = "0" if NUMBER.check_character != "0" else "1"
    with pytest.raises(BadCheckCharacter) as refused:
        read_scan(text[:-1] + wrong, KEY)
    assert refused.value.expected == NUMBER.check_character
    assert refused.value.found == wrong


def test_an_authentic_qr_and_a_forged_one() -> None:
    payload = build_payload(KEY, NUMBER, CopyNumber(7)).encode()
    assert looks_like_qr(payload)
    assert read_scan(payload, KEY) == AuthenticQr(NUMBER, CopyNumber(7))
    # The same payload typed through a Chinese IME (full-width colons) still reads.
    assert read_scan(payload.replace(":", "："), KEY) == AuthenticQr(NUMBER, CopyNumber(7))
    elsewhere = build_payload(qr_tag_key(os.urandom(32)), NUMBER, CopyNumber(7)).encode()
    assert read_scan(elsewhere, KEY) == ForgedQr(NUMBER, CopyNumber(7))
    # A genuine tag moved to another copy number does not verify either.
    moved = payload.replace(":000007:", ":000008:")
    assert read_scan(moved, KEY) == ForgedQr(NUMBER, CopyNumber(8))


def test_malformed_qr_text() -> None:
    for text in ("LV1:", "LV1:110000-2026-000042-0:000007", "LV1:x:000007:AAAAAAAAAAAAAAAA",
                 f"LV1:{NUMBER}:7:AAAAAAAAAAAAAAAA", f"LV1:{NUMBER}:000007:short"):
        with pytest.raises(MalformedPayload):
            read_scan(text, KEY)


def test_overlong_lines_are_refused() -> None:
    with pytest.raises(ScanTooLong) as refused:
        read_scan("1" * (MAX_LINE + 1), KEY)
    assert refused.value.maximum == MAX_LINE


def test_wedge_buffer_lines() -> None:
    buffer = WedgeBuffer()
    assert buffer.feed("110000-2026") == []
    assert buffer.pending() == "110000-2026"
    assert buffer.feed(f"-000042-{NUMBER.check_character}\r\n\nLV1:") == [str(NUMBER)]
    assert buffer.pending() == "LV1:"
    buffer.clear()
    assert buffer.feed("\r\n  \n") == []
    line = buffer.feed("9" * 10_000 + "\n")[0]  # a stuck key
    assert len(line) == MAX_LINE + 1
    with pytest.raises(ScanTooLong):
        read_scan(line, KEY)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=150))
def test_any_text_gives_a_result_or_a_typed_error(text: str) -> None:
    try:
        result = read_scan(text, KEY)
    except (ConfidentialNumberError, QrTagError, ScanTooLong, ValueError):
        return
    assert isinstance(result, ScannedNumber | AuthenticQr | ForgedQr)


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 999_999), st.integers(1, 999_999), st.integers(2000, 2099))
def test_every_printed_payload_reads_back(serial: int, copy: int, year: int) -> None:
    number = ConfidentialNumber("110000", year, serial)
    payload = build_payload(KEY, number, CopyNumber(copy)).encode()
    buffer = WedgeBuffer()
    lines = buffer.feed(payload + "\r") + buffer.feed(str(number) + "\n")
    assert [read_scan(line, KEY) for line in lines] == [
        AuthenticQr(number, CopyNumber(copy)), ScannedNumber(number)
    ]
