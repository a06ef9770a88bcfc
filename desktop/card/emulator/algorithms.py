"""Algorithm attributes (DO C1–C3) and the card's key operations."""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, x25519
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed, decode_dss_signature

from desktop.card.model import Algorithm, KeySlot

OID_P256 = bytes.fromhex("2A8648CE3D030107")
OID_ED25519 = bytes.fromhex("2B06010401DA470F01")
OID_X25519 = bytes.fromhex("2B060104019755010501")

ATTRIBUTES: dict[Algorithm, bytes] = {
    Algorithm.P256_ECDSA: b"\x13" + OID_P256,
    Algorithm.P256_ECDH: b"\x12" + OID_P256,
    Algorithm.ED25519: b"\x16" + OID_ED25519,
    Algorithm.X25519: b"\x12" + OID_X25519,
}

# Which algorithms each slot may hold (signing slots sign, DEC agrees keys).
ALLOWED: dict[KeySlot, frozenset[Algorithm]] = {
    KeySlot.SIG: frozenset({Algorithm.P256_ECDSA, Algorithm.ED25519}),
    KeySlot.DEC: frozenset({Algorithm.P256_ECDH, Algorithm.X25519}),
    KeySlot.AUT: frozenset({Algorithm.P256_ECDSA, Algorithm.ED25519}),
}

DEFAULTS: dict[KeySlot, Algorithm] = {
    KeySlot.SIG: Algorithm.P256_ECDSA,
    KeySlot.DEC: Algorithm.P256_ECDH,
    KeySlot.AUT: Algorithm.P256_ECDSA,
}

_P256_P = 2**256 - 2**224 + 2**192 + 2**96 - 1
_P256_B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B


class AlgorithmError(ValueError):
    """Unknown attributes, a wrong key or point (status 6A80)."""


def parse_attributes(value: bytes, slot: KeySlot) -> Algorithm:
    """The algorithm named by a C1–C3 value (an optional trailing FF/00 byte
    only says the import format and is ignored)."""
    core = value[:-1] if value[-1:] in (b"\xff", b"\x00") and len(value) > 1 else value
    for algorithm, attributes in ATTRIBUTES.items():
        if core == attributes and algorithm in ALLOWED[slot]:
            return algorithm
    raise AlgorithmError("unsupported algorithm attributes")


def generate(algorithm: Algorithm) -> bytes:
    """A new private key as raw bytes (P-256 scalar or Curve25519 seed)."""
    if algorithm in (Algorithm.P256_ECDSA, Algorithm.P256_ECDH):
        scalar = ec.generate_private_key(ec.SECP256R1()).private_numbers().private_value
        return scalar.to_bytes(32, "big")
    if algorithm is Algorithm.ED25519:
        return ed25519.Ed25519PrivateKey.generate().private_bytes_raw()
    return x25519.X25519PrivateKey.generate().private_bytes_raw()


def _p256(private: bytes) -> ec.EllipticCurvePrivateKey:
    return ec.derive_private_key(int.from_bytes(private, "big"), ec.SECP256R1())


def public_point(algorithm: Algorithm, private: bytes) -> bytes:
    """P-256: 04‖X‖Y (65 bytes); Curve25519: the 32-byte public key."""
    raw = serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    if algorithm in (Algorithm.P256_ECDSA, Algorithm.P256_ECDH):
        return _p256(private).public_key().public_bytes(*raw)
    if algorithm is Algorithm.ED25519:
        return ed25519.Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()
    return x25519.X25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()


def sign(algorithm: Algorithm, private: bytes, data: bytes) -> bytes:
    """ECDSA P-256 over a digest (raw r‖s) or Ed25519 over the message."""
    if algorithm is Algorithm.ED25519:
        return ed25519.Ed25519PrivateKey.from_private_bytes(private).sign(data)
    if algorithm is not Algorithm.P256_ECDSA:
        raise AlgorithmError("not a signing key")
    # ECDSA uses the leftmost 256 bits of the hash; a shorter hash is the
    # same integer left-padded, so any length maps onto a 32-byte digest.
    digest = data[:32].rjust(32, b"\x00")
    der = _p256(private).sign(digest, ec.ECDSA(Prehashed(hashes.SHA256())))
    r, s = decode_dss_signature(der)
    return r.to_bytes(32, "big") + s.to_bytes(32, "big")


def agree(algorithm: Algorithm, private: bytes, peer: bytes, full_point: bool = False) -> bytes:
    """ECDH: the shared x-coordinate (or 04‖X‖Y with ``full_point``) / X25519."""
    if algorithm is Algorithm.X25519:
        if len(peer) == 33 and peer[0] == 0x40:  # OpenPGP's native-point prefix
            peer = peer[1:]
        if len(peer) != 32:
            raise AlgorithmError("X25519 point must be 32 bytes")
        try:
            # `cryptography` refuses a low-order point (all-zero secret) with ValueError.
            return x25519.X25519PrivateKey.from_private_bytes(private).exchange(
                x25519.X25519PublicKey.from_public_bytes(peer)
            )
        except ValueError as exc:
            raise AlgorithmError("low-order X25519 point") from exc
    if algorithm is not Algorithm.P256_ECDH:
        raise AlgorithmError("not a key agreement key")
    if len(peer) != 65 or peer[0] != 0x04:
        raise AlgorithmError("P-256 point must be 04‖X‖Y")
    try:
        peer_key = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), peer)
    except ValueError as exc:
        raise AlgorithmError("point not on P-256") from exc
    x = _p256(private).exchange(ec.ECDH(), peer_key)
    if not full_point:
        return x
    return b"\x04" + x + _p256_y(int.from_bytes(x, "big")).to_bytes(32, "big")


def _p256_y(x: int) -> int:
    # Only X is the shared secret; clients must ignore Y, so either root
    # (p ≡ 3 mod 4, so a square root is a single power) is a faithful answer.
    return pow((x**3 - 3 * x + _P256_B) % _P256_P, (_P256_P + 1) // 4, _P256_P)
