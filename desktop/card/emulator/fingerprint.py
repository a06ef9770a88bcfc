"""OpenPGP v4 fingerprints (RFC 4880 §12.2) of card keys, so a provisioned
virtual card carries the C7/C8/C9 values GnuPG would compute."""

from __future__ import annotations

import hashlib

from desktop.card.emulator.algorithms import OID_ED25519, OID_P256, OID_X25519
from desktop.card.model import Algorithm

_PUBKEY_ALGORITHM = {
    Algorithm.P256_ECDSA: 19,
    Algorithm.P256_ECDH: 18,
    Algorithm.ED25519: 22,
    Algorithm.X25519: 18,
}
_OID = {
    Algorithm.P256_ECDSA: OID_P256,
    Algorithm.P256_ECDH: OID_P256,
    Algorithm.ED25519: OID_ED25519,
    Algorithm.X25519: OID_X25519,
}
# ECDH KDF parameters GnuPG uses for these curves: SHA-256 (08), AES-128 (07).
_KDF = bytes([3, 1, 8, 7])


def _mpi(value: bytes) -> bytes:
    stripped = value.lstrip(b"\x00")
    bits = len(stripped) * 8 - (8 - stripped[0].bit_length()) if stripped else 0
    return bits.to_bytes(2, "big") + stripped


def public_key_packet_body(algorithm: Algorithm, point: bytes, created: int) -> bytes:
    """The v4 public-key packet body. ``point``: P-256 04‖X‖Y, Curve25519 raw
    32 bytes (written with OpenPGP's 0x40 native-point prefix)."""
    if algorithm in (Algorithm.ED25519, Algorithm.X25519):
        point = b"\x40" + point
    oid = _OID[algorithm]
    body = (
        bytes([4])
        + created.to_bytes(4, "big")
        + bytes([_PUBKEY_ALGORITHM[algorithm], len(oid)])
        + oid
        + _mpi(point)
    )
    if _PUBKEY_ALGORITHM[algorithm] == 18:
        body += _KDF
    return body


def v4_fingerprint(algorithm: Algorithm, point: bytes, created: int) -> bytes:
    body = public_key_packet_body(algorithm, point, created)
    return hashlib.sha1(b"\x99" + len(body).to_bytes(2, "big") + body).digest()  # noqa: S324
