"""Host-side counterparts of the card's operations (with `cryptography`):
checking card signatures, the ephemeral half of an ECDH with the card's
decryption key, and OpenPGP v4 fingerprints of card keys.
"""

from __future__ import annotations

import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, x25519
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from desktop.card.errors import MalformedResponse, UnsupportedAlgorithm
from desktop.card.model import Algorithm, PublicKey
from desktop.card.objects import OID_ED25519, OID_P256, OID_X25519

# OpenPGP public-key algorithm ids (RFC 4880bis / RFC 6637).
_PGP_ALGORITHM = {
    Algorithm.P256_ECDSA: (19, OID_P256),
    Algorithm.P256_ECDH: (18, OID_P256),
    Algorithm.ED25519: (22, OID_ED25519),
    Algorithm.X25519: (18, OID_X25519),
}
# ECDH KDF parameters GnuPG uses for 256-bit curves: SHA-256, AES-128.
_ECDH_KDF = bytes([0x03, 0x01, 0x08, 0x07])


def _p256_public(point: bytes) -> ec.EllipticCurvePublicKey:
    try:
        return ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
    except ValueError as error:
        raise MalformedResponse(f"not a P-256 point: {error}") from error


def verify_signature(public_key: PublicKey, message: bytes, signature: bytes) -> bool:
    """Whether ``signature`` (as the card returns it) signs ``message``:
    ECDSA P-256 raw r‖s over SHA-256(message), or Ed25519."""
    if len(signature) != 64:
        return False
    try:
        if public_key.algorithm is Algorithm.P256_ECDSA:
            der = encode_dss_signature(
                int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big")
            )
            _p256_public(public_key.point).verify(der, message, ec.ECDSA(hashes.SHA256()))
            return True
        if public_key.algorithm is Algorithm.ED25519:
            ed25519.Ed25519PublicKey.from_public_bytes(public_key.point).verify(signature, message)
            return True
    except (InvalidSignature, ValueError, MalformedResponse):
        return False
    raise UnsupportedAlgorithm("sig", public_key.algorithm.value.encode())


def ephemeral_ecdh(card_dec_public_key: PublicKey) -> tuple[bytes, bytes]:
    """A fresh ephemeral key agreed with the card's decryption key.

    Returns (ephemeral public point, shared secret). Giving the point to the
    card's decipher() yields the same 32-byte secret: the x-coordinate for
    P-256, the X25519 output for Curve25519. The ephemeral private key is
    discarded here."""
    if card_dec_public_key.algorithm is Algorithm.P256_ECDH:
        peer = _p256_public(card_dec_public_key.point)
        private = ec.generate_private_key(ec.SECP256R1())
        secret = private.exchange(ec.ECDH(), peer)
        point = private.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
        return point, secret
    if card_dec_public_key.algorithm is Algorithm.X25519:
        try:
            x_peer = x25519.X25519PublicKey.from_public_bytes(card_dec_public_key.point)
        except ValueError as error:
            raise MalformedResponse(f"not an X25519 key: {error}") from error
        x_private = x25519.X25519PrivateKey.generate()
        try:
            x_secret = x_private.exchange(x_peer)
        except ValueError as error:  # a low-order point: the secret would be all zeros
            raise MalformedResponse("the card's X25519 key is a low-order point") from error
        x_point = x_private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        return x_point, x_secret
    raise UnsupportedAlgorithm("dec", card_dec_public_key.algorithm.value.encode())


def _mpi(value: bytes) -> bytes:
    value = value.lstrip(b"\x00")
    return int.from_bytes(value, "big").bit_length().to_bytes(2, "big") + value


def public_key_packet_body(public_key: PublicKey, created: int) -> bytes:
    """The v4 public-key packet body (RFC 4880 §5.5.2, RFC 6637 §9) GnuPG
    builds for a card key created at ``created`` (seconds since the epoch)."""
    algorithm_id, oid = _PGP_ALGORITHM[public_key.algorithm]
    point = public_key.point
    if public_key.algorithm in (Algorithm.ED25519, Algorithm.X25519):
        point = b"\x40" + point  # native point format prefix
    body = (
        b"\x04" + created.to_bytes(4, "big") + bytes([algorithm_id, len(oid)]) + oid + _mpi(point)
    )
    if algorithm_id == 18:
        body += _ECDH_KDF
    return body


def openpgp_fingerprint(public_key: PublicKey, created: int) -> bytes:
    """The 20-byte OpenPGP v4 fingerprint that GnuPG computes for this key."""
    body = public_key_packet_body(public_key, created)
    packet = b"\x99" + len(body).to_bytes(2, "big") + body
    return hashlib.sha1(packet, usedforsecurity=False).digest()
