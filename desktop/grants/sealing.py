"""HPKE base mode (RFC 9180: X25519, HKDF-SHA256, AES-256-GCM) from `cryptography`:
the one way anything is sealed to a grant key or to the inbox key. One AEAD pass
over the plaintext, so a package of large files costs about its bare AES-GCM."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

_SUITE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)


class SealBroken(ValueError):
    """The ciphertext does not open with this key and context."""


def new_key_pair() -> tuple[bytes, bytes]:
    """(public, private) raw X25519 bytes."""
    private = X25519PrivateKey.generate()
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return public, private.private_bytes_raw()


def seal(plaintext: bytes, public: bytes, info: bytes) -> bytes:
    return _SUITE.encrypt(plaintext, X25519PublicKey.from_public_bytes(public), info=info)


def open_sealed(sealed: bytes, private: bytes | bytearray, info: bytes) -> bytes:
    try:
        key = X25519PrivateKey.from_private_bytes(bytes(private))
        return _SUITE.decrypt(sealed, key, info=info)
    except (InvalidTag, ValueError) as exc:
        raise SealBroken(str(exc) or exc.__class__.__name__) from None


def package_id() -> str:
    return os.urandom(16).hex()
