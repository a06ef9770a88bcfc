"""Pseudonym codes: later steps replace a real-name informant's identity with a code
(Chapter III; 2016 Provisions Art 11). Random, not derived from anything."""

from __future__ import annotations

import base64
import secrets

# Crockford's base32 without I, L, O, U: nothing to confuse when read aloud or copied.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PREFIX = "JB"
_TO_CROCKFORD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", ALPHABET)


def new_pseudonym_code() -> str:
    """JB-XXXX-XXXX: 40 random bits, so collisions are rare; storage keeps them unique."""
    chars = base64.b32encode(secrets.token_bytes(5)).decode().translate(_TO_CROCKFORD)
    return f"{PREFIX}-{chars[:4]}-{chars[4:]}"
