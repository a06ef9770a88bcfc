"""Pseudonym codes: later steps replace a real-name informant's identity with a code
(Chapter III; 2016 Provisions Art 11). Random, not derived from anything."""

from __future__ import annotations

import secrets

from desktop.leads.random_pool import Random

# Crockford's base32 without I, L, O, U: nothing to confuse when read aloud or copied.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PREFIX = "JB"
_BYTE_TO_CHAR = bytes(ord(ALPHABET[b % 32]) for b in range(256))


def new_pseudonym_code(random: Random = secrets.token_bytes) -> str:
    """JB-XXXX-XXXX-XXXX: 60 random bits. A register of a million reports collides with
    odds of about 1 in 2 million (storage keeps codes unique and would refuse one)."""
    # 256 is a multiple of 32, so byte -> ALPHABET[byte % 32] keeps every character
    # equally likely; translate() does it in C.
    chars = random(12).translate(_BYTE_TO_CHAR).decode()
    return f"{PREFIX}-{chars[:4]}-{chars[4:8]}-{chars[8:]}"
