"""The QR payload and its authentication tag."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.confidential_number import BadCheckCharacter, ConfidentialNumber
from desktop.domain.printables import CopyNumber
from desktop.domain.qr_tag import (
    TAG_LENGTH,
    MalformedPayload,
    QrPayload,
    TagMismatch,
    WeakTagKey,
    build_payload,
    compute_tag,
    is_authentic,
    parse_payload,
    read_scan,
    verify_payload,
)

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
NUMBER = ConfidentialNumber("320100", 2026, 42)
COPY = CopyNumber(3)


def test_payload_text_is_plain_ascii_a_scanner_can_type() -> None:
    text = build_payload(KEY, NUMBER, COPY).encode()
    prefix, number, copy, tag = text.split(":")
    assert (prefix, number, copy) == ("LV1", str(NUMBER), "000003")
    assert len(tag) == TAG_LENGTH
    assert text.isascii()
    assert text.isprintable()


def test_round_trip_and_verify() -> None:
    payload = build_payload(KEY, NUMBER, COPY)
    scanned = parse_payload(payload.encode() + "\n")
    assert scanned == payload
    verify_payload(KEY, scanned)
    assert is_authentic(KEY, scanned)


def test_another_key_does_not_verify() -> None:
    payload = build_payload(OTHER_KEY, NUMBER, COPY)
    with pytest.raises(TagMismatch) as raised:
        verify_payload(KEY, payload)
    assert raised.value.number == NUMBER
    assert raised.value.copy_number == COPY
    assert not is_authentic(KEY, payload)


def test_the_tag_binds_number_and_copy_number() -> None:
    tag = compute_tag(KEY, NUMBER, COPY)
    assert not is_authentic(KEY, QrPayload(NUMBER, CopyNumber(4), tag))
    assert not is_authentic(KEY, QrPayload(ConfidentialNumber("320100", 2026, 43), COPY, tag))


def test_a_lower_case_tag_from_a_scanner_still_verifies() -> None:
    text = build_payload(KEY, NUMBER, COPY).encode()
    head, tag = text.rsplit(":", 1)
    assert is_authentic(KEY, parse_payload(f"{head}:{tag.lower()}"))


def test_short_keys_are_refused() -> None:
    with pytest.raises(WeakTagKey) as raised:
        build_payload(b"short", NUMBER, COPY)
    assert raised.value.length == 5


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "expected 4 fields"),
        ("320100-2026-000042-8", "expected 4 fields"),
        ("XX1:320100-2026-000042-8:000003:AAAAAAAAAAAAAAAA", "unknown prefix"),
        ("LV1:320100-2026-000042-1:000003:AAAAAAAAAAAAAAAA", "bad confidential number"),
        ("LV1:320100-2026-000042-8:3:AAAAAAAAAAAAAAAA", "bad copy number"),
        ("LV1:320100-2026-000042-8:000000:AAAAAAAAAAAAAAAA", "bad copy number"),
        ("LV1:320100-2026-000042-8:000003:AAAA", "bad tag"),
        ("LV1:320100-2026-000042-8:000003:AAAAAAAAAAAAAAA1", "bad tag"),
    ],
)
def test_malformed_payloads_say_why(text: str, reason: str) -> None:
    with pytest.raises(MalformedPayload) as raised:
        parse_payload(text)
    assert raised.value.reason.startswith(reason)


@settings(max_examples=150)
@given(
    serial=st.integers(1, 999_999),
    copy=st.integers(1, 999_999),
    key=st.binary(min_size=16, max_size=64),
)
def test_round_trip_property(serial: int, copy: int, key: bytes) -> None:
    payload = build_payload(key, ConfidentialNumber("110105", 2030, serial), CopyNumber(copy))
    assert parse_payload(payload.encode()) == payload
    assert is_authentic(key, payload)
    # (Not key + b"\0": HMAC pads short keys with zeros, so that is the same key.)
    other = bytes([key[0] ^ 1]) + key[1:]
    assert not is_authentic(other, payload)


@settings(max_examples=150)
@given(st.text(max_size=60))
def test_arbitrary_scans_give_a_payload_or_a_typed_error(text: str) -> None:
    try:
        payload = parse_payload(text)
    except MalformedPayload:
        return
    assert parse_payload(payload.encode()) == payload


def test_a_scan_is_a_payload_or_a_number() -> None:
    payload = build_payload(KEY, NUMBER, COPY)
    assert read_scan(payload.encode() + "\r\n") == payload
    assert read_scan(f" {NUMBER}\n") == NUMBER
    assert read_scan(str(NUMBER).lower()) == NUMBER


def test_a_bad_scan_raises_a_typed_error() -> None:
    with pytest.raises(MalformedPayload):
        read_scan("LV1:garbage")
    with pytest.raises(BadCheckCharacter):
        read_scan(str(NUMBER)[:-1] + ("0" if NUMBER.check_character != "0" else "1"))


def test_a_hand_built_payload_with_a_non_ascii_tag_is_simply_not_authentic() -> None:
    forged = QrPayload(NUMBER, CopyNumber(1), "Ä" * TAG_LENGTH)
    assert not is_authentic(KEY, forged)
    with pytest.raises(TagMismatch):
        verify_payload(KEY, forged)
