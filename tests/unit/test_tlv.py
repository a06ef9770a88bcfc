"""BER-TLV parsing and building as the OpenPGP client uses it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.card import tlv
from desktop.card.errors import MalformedResponse

# An application related data object shaped like a YubiKey 5's answer.
AID = bytes.fromhex("D2760001240103040006123456780000")
HISTORICAL = bytes.fromhex("0073C00005900000")
DISCRETIONARY = b"".join(
    [
        tlv.build(0xC0, bytes.fromhex("7D000BFE080000FF0000")),
        tlv.build(0xC1, bytes.fromhex("132A8648CE3D030107")),
        tlv.build(0xC2, bytes.fromhex("122A8648CE3D030107")),
        tlv.build(0xC3, bytes.fromhex("132A8648CE3D030107")),
        tlv.build(0xC4, bytes.fromhex("FF7F7F7F030003")),
        tlv.build(0xC5, b"\x11" * 20 + b"\x22" * 20 + bytes(20)),
        tlv.build(0xC6, bytes(60)),
        tlv.build(0xCD, bytes.fromhex("5F0000005F00000100000000")),
    ]
)
APP_DATA = tlv.build(
    0x6E,
    tlv.build(0x4F, AID)
    + tlv.build(0x5F52, HISTORICAL)
    + tlv.build(0x7F74, bytes.fromhex("810120"))
    + tlv.build(0x73, DISCRETIONARY),
)


def test_single_and_multi_byte_tags() -> None:
    items = tlv.parse(bytes.fromhex("5B03414243 5F2D027A68 7F4903860101"))
    assert [(i.tag, i.value) for i in items] == [
        (0x5B, b"ABC"),
        (0x5F2D, b"zh"),
        (0x7F49, bytes.fromhex("860101")),
    ]


def test_long_lengths_81_and_82() -> None:
    value = bytes(200)
    assert tlv.parse(b"\x53\x81\xc8" + value)[0].value == value
    big = bytes(300)
    assert tlv.parse(b"\x53\x82\x01\x2c" + big)[0].value == big


def test_build_chooses_length_form() -> None:
    assert tlv.build(0x5B, b"AB") == bytes.fromhex("5B024142")
    assert tlv.build(0x53, bytes(200))[:3] == bytes.fromhex("5381C8")
    assert tlv.build(0x53, bytes(300))[:4] == bytes.fromhex("5382012C")
    assert tlv.build(0x7F49, b"\x01")[:3] == bytes.fromhex("7F4901")


def test_find_descends_into_constructed_objects() -> None:
    assert APP_DATA[:4] == bytes.fromhex("6E81E64F")  # 81 long form on the outside
    assert tlv.find(APP_DATA, 0x4F) == AID
    assert tlv.find(APP_DATA, 0xC4) == bytes.fromhex("FF7F7F7F030003")
    assert tlv.find(APP_DATA, 0xC2) == bytes.fromhex("122A8648CE3D030107")
    assert tlv.find(APP_DATA, 0x5F52) == HISTORICAL
    assert tlv.find(APP_DATA, 0x81) == b"\x20"  # inside 7F74
    assert tlv.find(APP_DATA, 0x93) is None


def test_primitive_values_are_not_searched() -> None:
    # 5F52's value happens to look like TLV; being primitive it is opaque.
    assert tlv.find(bytes.fromhex("5F5203C10101"), 0xC1) is None


def test_require_names_the_missing_object() -> None:
    with pytest.raises(MalformedResponse, match="7F49"):
        tlv.require(b"\x5b\x00", 0x7F49)


@pytest.mark.parametrize(
    "data",
    [
        "5B05414243",  # value shorter than its length
        "5F",  # truncated multi-byte tag
        "7F",  # truncated multi-byte tag
        "5B",  # no length
        "5B81",  # truncated long length
        "5B8401000000",  # length of 4 bytes
        "5B80",  # indefinite length
        "7FFFFFFF0100",  # tag longer than 3 bytes
    ],
)
def test_malformed_input_raises_malformed_response(data: str) -> None:
    with pytest.raises(MalformedResponse):
        tlv.parse(bytes.fromhex(data))


def test_nested_malformed_object_is_reported_by_find() -> None:
    with pytest.raises(MalformedResponse):
        tlv.find(bytes.fromhex("6E03C10501"), 0xC4)


def test_hostile_nesting_is_malformed_not_a_recursion_error() -> None:
    nested = tlv.build(0x5B, b"name")
    for _ in range(tlv.MAX_DEPTH):
        nested = tlv.build(0x73, nested)
    assert tlv.find(nested, 0x5B) == b"name"  # deep, but within the limit
    for _ in range(3000):  # ~12 KB: fits in one extended answer
        nested = tlv.build(0x73, nested)
    with pytest.raises(MalformedResponse):
        tlv.find(nested, 0x5B)


tags = st.sampled_from([0x4F, 0x5B, 0x86, 0xC4, 0x5F52, 0x5F2D, 0x7F49, 0x7F66, 0x93])


@settings(max_examples=150)
@given(st.lists(st.tuples(tags, st.binary(max_size=300)), max_size=5))
def test_build_then_parse_round_trips(objects: list[tuple[int, bytes]]) -> None:
    encoded = b"".join(tlv.build(tag, value) for tag, value in objects)
    assert [(i.tag, i.value) for i in tlv.parse(encoded)] == objects


@settings(max_examples=200)
@given(st.binary(max_size=64), st.sampled_from([0x4F, 0x93, 0xC4, 0x7F49, 0x5F52]))
def test_arbitrary_bytes_give_a_value_or_malformed_response(data: bytes, tag: int) -> None:
    try:
        result = tlv.find(data, tag)
    except MalformedResponse:
        return
    assert result is None or isinstance(result, bytes)
