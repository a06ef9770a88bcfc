"""Command APDU encoding and the chaining rules of ISO 7816-4.

`ApduChannel` sits on a Transport: it picks short or extended encoding from
the card's capabilities, splits long data with command chaining when the
card lacks extended length, and collects 61xx answers with GET RESPONSE.
It returns the final status word; interpreting it is the session's job.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.card import tlv
from desktop.card.errors import MalformedResponse
from desktop.card.transport import Transport

SW_OK = 0x9000
SHORT_MAX = 255
# A card that keeps answering 61xx forever would hang us; 64 KiB is more
# than any OpenPGP data object, and a card answering 61 00 with no data at all
# still stops after this many GET RESPONSE rounds (64 KiB in 256-byte pieces).
MAX_RESPONSE = 65536 + 256
MAX_GET_RESPONSES = MAX_RESPONSE // 256 + 1


@dataclass(frozen=True)
class Capabilities:
    """What the card says it can do (5F52 historical bytes, 7F66)."""

    command_chaining: bool = False
    extended_length: bool = False
    max_command_data: int = SHORT_MAX
    max_response_data: int = 256

    @staticmethod
    def from_card(historical: bytes | None, extended_info: bytes | None) -> Capabilities:
        chaining, extended = parse_historical_bytes(historical or b"")
        max_cmd, max_rsp = SHORT_MAX, 256
        if extended and extended_info:
            # 7F66 content: 02 02 <max command length> 02 02 <max response length>
            values = [item.value for item in tlv.iter_tlv(extended_info) if item.tag == 0x02]
            if len(values) >= 2:
                max_cmd = max(SHORT_MAX, int.from_bytes(values[0], "big"))
                max_rsp = max(256, int.from_bytes(values[1], "big"))
        elif extended:
            max_cmd = max_rsp = 65535
        return Capabilities(chaining, extended, max_cmd, max_rsp)


def parse_historical_bytes(historical: bytes) -> tuple[bool, bool]:
    """(command chaining, extended Lc/Le) from the compact-TLV card
    capabilities (tag 7, 3 bytes) of the historical bytes."""
    if not historical or historical[0] != 0x00:
        return False, False
    # Category 00: compact TLVs followed by a 3-byte status indicator.
    body = historical[1:-3] if len(historical) >= 4 else historical[1:]
    pos = 0
    while pos < len(body):
        header = body[pos]
        tag, length = header >> 4, header & 0x0F
        value = body[pos + 1 : pos + 1 + length]
        if len(value) < length:
            raise MalformedResponse("historical bytes truncated")
        if tag == 0x7 and length >= 3:
            return bool(value[2] & 0x80), bool(value[2] & 0x40)
        pos += 1 + length
    return False, False


def encode(
    cla: int,
    ins: int,
    p1: int,
    p2: int,
    data: bytes = b"",
    le: int | None = None,
    *,
    extended: bool = False,
) -> bytes:
    """One command APDU. ``le`` is the number of bytes expected: None for no
    Le field, 256 (short) or 65536 (extended) are encoded as zeros."""
    header = bytes([cla, ins, p1, p2])
    if not extended and len(data) > SHORT_MAX:
        raise ValueError(f"{len(data)} bytes need extended length or chaining")
    if not extended and le is not None and not 0 < le <= 256:
        raise ValueError(f"short Le out of range: {le}")
    if extended and (len(data) > 65535 or (le is not None and not 0 < le <= 65536)):
        raise ValueError("extended APDU out of range")
    if not extended:
        body = bytes([len(data)]) + data if data else b""
        if le is not None:
            body += bytes([le & 0xFF])
        return header + body
    if data:
        body = b"\x00" + len(data).to_bytes(2, "big") + data
        if le is not None:
            body += (le & 0xFFFF).to_bytes(2, "big")
    else:
        body = b"\x00" + (le & 0xFFFF).to_bytes(2, "big") if le is not None else b""
    return header + body


class ApduChannel:
    """Sends commands with chaining over one transport."""

    def __init__(self, transport: Transport, capabilities: Capabilities | None = None) -> None:
        self.transport = transport
        self.capabilities = capabilities or Capabilities()

    def transmit(
        self,
        ins: int,
        p1: int,
        p2: int,
        data: bytes = b"",
        le: int | None = None,
        cla: int = 0x00,
    ) -> tuple[bytes, int]:
        """Send one logical command; return (complete response data, final SW)."""
        caps = self.capabilities
        use_extended = caps.extended_length and (
            len(data) > SHORT_MAX or (le is not None and le > 256)
        )
        if use_extended or len(data) <= SHORT_MAX:
            if le is not None and not use_extended:
                le = min(le, 256)
            response, sw = self.transport.send_and_receive(
                encode(cla, ins, p1, p2, data, le, extended=use_extended)
            )
            if sw >> 8 == 0x6C and le is not None and not use_extended:
                # Wrong Le: the card names the right one; ask again once.
                response, sw = self.transport.send_and_receive(
                    encode(cla, ins, p1, p2, data, sw & 0xFF or 256)
                )
            return self._collect(response, sw)
        # Command chaining: every chunk but the last has CLA bit 0x10 set.
        # Cards that announce neither chaining nor extended length are still
        # tried with chaining; their status word says if they refuse.
        chunks = [data[i : i + SHORT_MAX] for i in range(0, len(data), SHORT_MAX)]
        for chunk in chunks[:-1]:
            response, sw = self.transport.send_and_receive(encode(cla | 0x10, ins, p1, p2, chunk))
            if sw != SW_OK:
                return self._collect(response, sw)
        response, sw = self.transport.send_and_receive(
            encode(cla, ins, p1, p2, chunks[-1], None if le is None else min(le, 256))
        )
        return self._collect(response, sw)

    def _collect(self, response: bytes, sw: int) -> tuple[bytes, int]:
        """Follow 61xx with GET RESPONSE until the card says it is done."""
        collected = bytearray(response)
        rounds = 0
        while sw >> 8 == 0x61:
            rounds += 1
            if len(collected) > MAX_RESPONSE or rounds > MAX_GET_RESPONSES:
                raise MalformedResponse("card keeps answering 61xx")
            remaining = sw & 0xFF or 256
            response, sw = self.transport.send_and_receive(
                encode(0x00, 0xC0, 0x00, 0x00, le=remaining)
            )
            collected += response
        return bytes(collected), sw
