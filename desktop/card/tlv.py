"""BER-TLV as OpenPGP cards use it: multi-byte tags, 81/82 long lengths.

Everything here is pure. Bad input raises MalformedResponse, never IndexError
or ValueError, because the bytes come from a card we do not trust.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from desktop.card.errors import MalformedResponse


@dataclass(frozen=True)
class Tlv:
    tag: int
    value: bytes

    @property
    def constructed(self) -> bool:
        return is_constructed(self.tag)


def is_constructed(tag: int) -> bool:
    """Bit 6 of the first tag byte marks a constructed (nested) object."""
    first = tag
    while first > 0xFF:
        first >>= 8
    return bool(first & 0x20)


def _read_tag(data: bytes, pos: int) -> tuple[int, int]:
    if pos >= len(data):
        raise MalformedResponse("TLV truncated in tag")
    first = data[pos]
    tag = first
    pos += 1
    if first & 0x1F == 0x1F:  # multi-byte tag: continue while bit 8 is set
        while True:
            if pos >= len(data):
                raise MalformedResponse("TLV truncated in multi-byte tag")
            byte = data[pos]
            tag = (tag << 8) | byte
            pos += 1
            if not byte & 0x80:
                break
            if tag > 0xFFFFFF:
                raise MalformedResponse("TLV tag longer than 3 bytes")
    return tag, pos


def _read_length(data: bytes, pos: int) -> tuple[int, int]:
    if pos >= len(data):
        raise MalformedResponse("TLV truncated in length")
    first = data[pos]
    pos += 1
    if first < 0x80:
        return first, pos
    count = first & 0x7F
    if count == 0 or count > 3:
        raise MalformedResponse(f"unsupported TLV length byte {first:02X}")
    if pos + count > len(data):
        raise MalformedResponse("TLV truncated in long length")
    return int.from_bytes(data[pos : pos + count], "big"), pos + count


def iter_tlv(data: bytes) -> Iterator[Tlv]:
    """The TLVs at one level of ``data``. Zero padding between objects (00 or
    FF, allowed by ISO 7816-4) is skipped."""
    pos = 0
    while pos < len(data):
        if data[pos] in (0x00, 0xFF):
            pos += 1
            continue
        tag, pos = _read_tag(data, pos)
        length, pos = _read_length(data, pos)
        end = pos + length
        if end > len(data):
            raise MalformedResponse(f"TLV {tag:X} claims {length} bytes, {len(data) - pos} left")
        yield Tlv(tag, bytes(data[pos:end]))
        pos = end


def parse(data: bytes) -> list[Tlv]:
    return list(iter_tlv(data))


# OpenPGP nests three levels deep (6E > 73 > C5); a hostile card could nest
# thousands and turn the recursion below into a RecursionError.
MAX_DEPTH = 16


def find(data: bytes, tag: int) -> bytes | None:
    """The value of the first ``tag`` at any depth (depth first), or None."""
    return _find(data, tag, 0)


def _find(data: bytes, tag: int, depth: int) -> bytes | None:
    if depth > MAX_DEPTH:
        raise MalformedResponse(f"TLV nested deeper than {MAX_DEPTH} levels")
    for item in iter_tlv(data):
        if item.tag == tag:
            return item.value
        if item.constructed:
            found = _find(item.value, tag, depth + 1)
            if found is not None:
                return found
    return None


def require(data: bytes, tag: int) -> bytes:
    value = find(data, tag)
    if value is None:
        raise MalformedResponse(f"data object {tag:X} missing from the card's answer")
    return value


def encode_tag(tag: int) -> bytes:
    if tag < 0:
        raise ValueError("negative tag")
    return tag.to_bytes(max(1, (tag.bit_length() + 7) // 8), "big")


def encode_length(length: int) -> bytes:
    if length < 0x80:
        return bytes([length])
    if length <= 0xFF:
        return bytes([0x81, length])
    if length <= 0xFFFF:
        return bytes([0x82]) + length.to_bytes(2, "big")
    raise ValueError(f"TLV value too long: {length}")


def build(tag: int, value: bytes) -> bytes:
    return encode_tag(tag) + encode_length(len(value)) + value
