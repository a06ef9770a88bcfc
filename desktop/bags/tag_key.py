"""The key of the QR authentication tags, derived from the DEK.

Only a session holding the DEK can make or check a tag, so a label printed
elsewhere is detected when scanned. A rekey (new DEK) changes the key: tags
printed before it no longer verify and are flagged like foreign ones."""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

INFO = b"leadvault qr tag v1"
KEY_BYTES = 32


def qr_tag_key(dek: bytes | bytearray) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=INFO).derive(
        bytes(dek)
    )
