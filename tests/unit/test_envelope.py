"""The signed envelope: one byte string per meaning, anything else refused, and a card
signature that holds only over the prefixed, exact bytes."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.card.crypto import verify_signature
from desktop.card.emulator import InProcessTransport, VirtualCard
from desktop.card.model import KeySlot
from desktop.card.objects import PW1_SIGN
from desktop.card.session import OpenPgpSession
from desktop.domain.envelope import (
    SIGNING_PREFIX,
    Envelope,
    EnvelopeType,
    MalformedEnvelope,
    envelope_id,
    parse_envelope,
    signing_message,
)

ADMIN_PIN = "12345678"
PIN = "123456"
ENVELOPE = Envelope(
    type=EnvelopeType.CHECKPOINT,
    vault_id="8c1f6f0e-1d2a-4c33-9e55-0a1b2c3d4e5f",
    roster_hash="ab" * 32,
    sequence=12,
    audit_head="1287:" + "3f" * 32,
    previous="cd" * 32,
    signature_counter=41,
    time="2026-12-04T09:36:43.152000Z",
    body={"since": 1200, "actions": {"lead.view": 3, "lead.identity.view": 1}, "名": "张三"},
)


def test_round_trip_is_exact() -> None:
    data = ENVELOPE.to_bytes()
    assert parse_envelope(data) == ENVELOPE
    assert parse_envelope(data).to_bytes() == data
    assert b" " not in data and data.decode("utf-8")  # compact, UTF-8 (not \\u escapes)
    assert "张三".encode() in data


@pytest.mark.parametrize(
    ("spelling", "reason"),
    [
        (lambda d: d.replace(b'"sequence":12', b'"sequence":12.0'), "integer"),
        (lambda d: d.replace(b'"sequence":12', b'"sequence":1e1'), "integer"),
        (lambda d: d.replace(b'"sequence":12', b'"sequence":null'), "NoneType"),
        (lambda d: d.replace(b'"sequence":12', b'"sequence":NaN'), "integer"),
        (lambda d: d.replace(b'{"audit_head"', b'{"sequence":12,"audit_head"'), "duplicate"),
        (lambda d: d.replace(b'","', b'", "', 1), "canonical"),
        (lambda d: d.replace("张三".encode(), b"\\u5f20\\u4e09"), "canonical"),
        (lambda d: d + b"\n", "canonical"),
        (lambda d: d.replace(b'"type":"checkpoint"', b'"type":"bribe"'), "unknown type"),
        (lambda d: d.replace(b'"sequence":12', b'"sequence":-1'), "count"),
        (lambda d: d.replace(b'"sequence":12', b'"sequence":true'), "count"),
        (lambda d: b"\xff" + d, "UTF-8"),
        (lambda d: b"[]", "object"),
    ],
)
def test_other_spellings_are_refused(spelling, reason: str) -> None:
    with pytest.raises(MalformedEnvelope) as refused:
        parse_envelope(spelling(ENVELOPE.to_bytes()))
    assert reason in str(refused.value)


def test_a_missing_or_extra_field_is_refused() -> None:
    text = ENVELOPE.to_bytes().decode()
    with pytest.raises(MalformedEnvelope):
        parse_envelope(text.replace('"previous":"' + "cd" * 32 + '",', "").encode())
    with pytest.raises(MalformedEnvelope):
        parse_envelope(text.replace('{"audit_head"', '{"aa":"x","audit_head"').encode())


def test_values_the_format_cannot_carry_are_refused_when_made() -> None:
    for body in ({"x": None}, {"x": 1.5}, {"x": b"bytes"}, {1: "x"}):
        with pytest.raises(MalformedEnvelope):
            dataclasses.replace(ENVELOPE, body=body).to_bytes()  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_parse_or_are_refused_with_the_typed_error(data: bytes) -> None:
    try:
        envelope = parse_envelope(data)
    except MalformedEnvelope:
        return
    assert envelope.to_bytes() == data


def test_the_id_hashes_content_and_changes_with_it() -> None:
    data = ENVELOPE.to_bytes()
    assert envelope_id(data) == envelope_id(parse_envelope(data).to_bytes())
    assert envelope_id(data) != envelope_id(dataclasses.replace(ENVELOPE, sequence=13).to_bytes())
    assert len(envelope_id(data)) == 64


def _signing_card() -> tuple[OpenPgpSession, object]:
    session = OpenPgpSession(InProcessTransport(VirtualCard()))
    with session.transaction():
        session.verify_pin(ADMIN_PIN, 0x83)
        public = session.generate_key(KeySlot.SIG)
    return session, public


def test_a_card_signature_holds_only_over_the_prefixed_exact_bytes() -> None:
    session, public = _signing_card()
    data = ENVELOPE.to_bytes()
    session.verify_pin(PIN, PW1_SIGN)
    signature = session.sign(signing_message(data))
    assert signing_message(data).startswith(SIGNING_PREFIX)
    assert verify_signature(public, signing_message(data), signature)  # type: ignore[arg-type]
    # Domain separation: the same signature is not one over the bare bytes ...
    assert not verify_signature(public, data, signature)  # type: ignore[arg-type]
    # ... nor over any other envelope.
    other = dataclasses.replace(ENVELOPE, signature_counter=42).to_bytes()
    assert not verify_signature(public, signing_message(other), signature)  # type: ignore[arg-type]
