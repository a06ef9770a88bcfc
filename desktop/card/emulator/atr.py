"""The ATR and historical bytes of the virtual card."""

from __future__ import annotations

from functools import reduce

# Historical bytes: category 00, card service data (31 C5: select by full
# and partial AID), card capabilities (73 C0 01 C0: command chaining and
# extended Lc/Le), status indicator (LCS 05 operational, SW 9000).
HISTORICAL_BYTES = bytes.fromhex("0031C573C001C0059000")

# T=1 interface bytes of a typical OpenPGP token (as in the YubiKey ATR);
# the TCK byte closes the ATR so that the XOR from T0 to TCK is zero.
_ATR_PREFIX = bytes.fromhex("3BDA18FF81B1FE751F03")


def _with_tck(body: bytes) -> bytes:
    return body + bytes([reduce(lambda a, b: a ^ b, body[1:], 0)])


ATR = _with_tck(_ATR_PREFIX + HISTORICAL_BYTES)
