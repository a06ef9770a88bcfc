"""The recovery code: 128 random bits, written for people.

Format: the 128 bits (followed by two zero bits) as 26 characters of the
RFC 4648 base32 alphabet (A–Z, 2–7), then one check character, grouped in
fours and joined by hyphens::

    ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ2C

Check character: the Damm algorithm over a totally anti-symmetric
quasigroup of order 32, ``x ∘ y = α·x ⊕ y`` in GF(2⁵) (modulus x⁵ + x² + 1,
α = x). Starting from 0, fold every character value in with ∘; the check
character c is the one that brings the fold to 0 (c = α·interim, since
⊕ is its own inverse). Because ``y ↦ x ∘ y`` and ``x ↦ x ∘ y`` are
bijections, every single-character substitution is caught; because
``(c∘x)∘y = (c∘y)∘x`` implies ``(α ⊕ 1)(x ⊕ y) = 0`` and α ≠ 1, every swap
of two adjacent characters (the check character included) is caught too.

Parsing accepts lower case, spaces and missing or extra hyphens, and
rejects anything else with InvalidRecoveryCode(problem, position)."""

from __future__ import annotations

import secrets

from desktop.vault.errors import InvalidRecoveryCode

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
CODE_BITS = 128
DATA_CHARS = 26  # ceil(128 / 5); the last character carries 3 bits and two zeros
GROUP = 4
_GF32_MODULUS = 0b100101  # x^5 + x^2 + 1


def _times_alpha(x: int) -> int:
    x <<= 1
    if x & 0b100000:
        x ^= _GF32_MODULUS
    return x


def _fold(values: list[int]) -> int:
    interim = 0
    for v in values:
        interim = _times_alpha(interim) ^ v
    return interim


def check_character(data: str) -> str:
    return ALPHABET[_times_alpha(_fold([_VALUE[c] for c in data]))]


def encode(secret: bytes) -> str:
    """16 bytes → the printed form with check character and hyphens."""
    if len(secret) != CODE_BITS // 8:
        raise ValueError("a recovery code holds exactly 16 bytes")
    n = int.from_bytes(secret, "big") << (DATA_CHARS * 5 - CODE_BITS)
    data = "".join(ALPHABET[(n >> (5 * (DATA_CHARS - 1 - i))) & 31] for i in range(DATA_CHARS))
    full = data + check_character(data)
    return "-".join(full[i : i + GROUP] for i in range(0, len(full), GROUP))


def generate() -> tuple[str, bytes]:
    """A fresh code: (printed form, the 16 secret bytes)."""
    secret = secrets.token_bytes(CODE_BITS // 8)
    return encode(secret), secret


def parse(text: str) -> bytes:
    """The printed form (any case, spaces, hyphens anywhere) → the 16 secret bytes."""
    chars = [c for c in text.upper() if c not in " -\t\n"]
    for position, c in enumerate(chars):
        if c not in _VALUE:
            raise InvalidRecoveryCode("character", position)
    if len(chars) != DATA_CHARS + 1:
        raise InvalidRecoveryCode("length")
    if _fold([_VALUE[c] for c in chars]) != 0:
        raise InvalidRecoveryCode("checksum")
    n = 0
    for c in chars[:DATA_CHARS]:
        n = (n << 5) | _VALUE[c]
    padding = DATA_CHARS * 5 - CODE_BITS
    if n & ((1 << padding) - 1):
        # Only a typo that the check character also missed could land here.
        raise InvalidRecoveryCode("checksum")
    return (n >> padding).to_bytes(CODE_BITS // 8, "big")


def normalise(text: str) -> str:
    """The canonical printed form of a typed code (raises like ``parse``)."""
    return encode(parse(text))
