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
    """JB-XXXX-XXXX-XXXX: 60 random bits. A register of a million reports collides with
    odds of about 1 in 2 million (storage keeps codes unique and would refuse one)."""
    chars = base64.b32encode(secrets.token_bytes(10)).decode()[:12].translate(_TO_CROCKFORD)
    return f"{PREFIX}-{chars[:4]}-{chars[4:8]}-{chars[8:]}"
