"""Parsing command APDUs, short and extended (ISO 7816-4 §5.1)."""

from __future__ import annotations

from dataclasses import dataclass


class LengthError(ValueError):
    """The APDU's length fields do not match its size (status 6700)."""


@dataclass(frozen=True)
class Command:
    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes
    le: int | None  # None: no Le field; 256/65536 for an Le of zero
    extended: bool

    @property
    def p1p2(self) -> int:
        return (self.p1 << 8) | self.p2


def parse_command(apdu: bytes) -> Command:
    if len(apdu) < 4:
        raise LengthError("shorter than a header")
    cla, ins, p1, p2 = apdu[0], apdu[1], apdu[2], apdu[3]
    body = apdu[4:]
    if not body:  # case 1
        return Command(cla, ins, p1, p2, b"", None, False)
    if len(body) == 1:  # case 2 short
        return Command(cla, ins, p1, p2, b"", body[0] or 256, False)
    if body[0] != 0:  # case 3 or 4 short
        lc = body[0]
        if len(body) == 1 + lc:
            return Command(cla, ins, p1, p2, bytes(body[1:]), None, False)
        if len(body) == 2 + lc:
            return Command(cla, ins, p1, p2, bytes(body[1 : 1 + lc]), body[-1] or 256, False)
        raise LengthError("Lc does not match the data")
    # Extended: a zero byte, then two-byte Lc and/or Le.
    if len(body) == 3:  # case 2 extended
        return Command(cla, ins, p1, p2, b"", int.from_bytes(body[1:3], "big") or 65536, True)
    if len(body) < 3:
        raise LengthError("truncated extended length")
    lc = int.from_bytes(body[1:3], "big")
    if lc == 0:
        raise LengthError("extended Lc of zero")
    if len(body) == 3 + lc:
        return Command(cla, ins, p1, p2, bytes(body[3:]), None, True)
    if len(body) == 5 + lc:
        le = int.from_bytes(body[-2:], "big") or 65536
        return Command(cla, ins, p1, p2, bytes(body[3 : 3 + lc]), le, True)
    raise LengthError("extended Lc does not match the data")
