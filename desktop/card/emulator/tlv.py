"""Minimal BER-TLV for the emulator (kept apart from the client's parser so
the card does not trust the code it is meant to test)."""

from __future__ import annotations


class TlvError(ValueError):
    """Malformed TLV in a command's data field."""


def encode_length(length: int) -> bytes:
    if length < 0x80:
        return bytes([length])
    if length <= 0xFF:
        return bytes([0x81, length])
    return bytes([0x82]) + length.to_bytes(2, "big")


def tlv(tag: int, value: bytes) -> bytes:
    """Encode one TLV; ``tag`` is one or two bytes (e.g. 0x5F2D, 0x7F49)."""
    tag_bytes = tag.to_bytes(2, "big") if tag > 0xFF else bytes([tag])
    return tag_bytes + encode_length(len(value)) + value


def parse(data: bytes) -> list[tuple[int, bytes]]:
    """Split ``data`` into (tag, value) pairs at one level; raise TlvError."""
    items: list[tuple[int, bytes]] = []
    pos = 0
    while pos < len(data):
        tag = data[pos]
        pos += 1
        if tag & 0x1F == 0x1F:  # two-byte tag
            if pos >= len(data):
                raise TlvError("truncated tag")
            tag = (tag << 8) | data[pos]
            pos += 1
        if pos >= len(data):
            raise TlvError("missing length")
        first = data[pos]
        pos += 1
        if first < 0x80:
            length = first
        elif first in (0x81, 0x82):
            count = first - 0x80
            if pos + count > len(data):
                raise TlvError("truncated length")
            length = int.from_bytes(data[pos : pos + count], "big")
            pos += count
        else:
            raise TlvError("unsupported length form")
        if pos + length > len(data):
            raise TlvError("value runs past the end")
        items.append((tag, data[pos : pos + length]))
        pos += length
    return items


def find(data: bytes, tag: int) -> bytes:
    """The value of the first ``tag`` at the top level of ``data``."""
    for item_tag, value in parse(data):
        if item_tag == tag:
            return value
    raise TlvError(f"tag {tag:X} not found")
