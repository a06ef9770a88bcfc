"""The card self-test behind `leadvault-admin card selftest`: the card signs a random
challenge and agrees an ECDH secret, and both are checked against its public keys.
Each step is reported as it ends; a CardError ends the test where it happened."""

from __future__ import annotations

import os
from collections.abc import Callable

from desktop.card import crypto
from desktop.card.errors import CardError
from desktop.card.model import KeySlot
from desktop.card.objects import PW1, PW1_SIGN
from desktop.card.session import OpenPgpSession

Report = Callable[[str, bool, str], None]  # step name, passed, detail


def run_selftest(session: OpenPgpSession, pin: str, report: Report) -> bool:
    """True when every step passed; a CardError (wrong PIN, removed card …) is
    reported against its step and raised."""
    info = session.info()
    report("card", True, f"{info.serial} ({info.cardholder_name or 'no name'})")
    sig_key = session.public_key(KeySlot.SIG)
    dec_key = session.public_key(KeySlot.DEC)
    challenge = os.urandom(32)

    def sign() -> bytes:
        session.verify_pin(pin, PW1_SIGN)
        return session.sign(challenge)

    signature = _step("verify PIN and sign a random challenge", sign, report,
                      lambda s: f"{sig_key.algorithm.value}, {len(s)} bytes")
    if not crypto.verify_signature(sig_key, challenge, signature):
        report("check the signature with the card's public key", False, "")
        return False
    report("check the signature with the card's public key", True, "")
    point, expected = crypto.ephemeral_ecdh(dec_key)

    def decipher() -> bytes:
        session.verify_pin(pin, PW1)
        return session.decipher(point)

    secret = _step("verify PIN and ECDH with the decryption key", decipher, report,
                   lambda _s: dec_key.algorithm.value)
    report("ECDH shared secret matches", secret == expected, "")
    return secret == expected


def _step(name: str, action: Callable[[], bytes], report: Report,
          detail: Callable[[bytes], str]) -> bytes:
    try:
        result = action()
    except CardError as error:
        report(name, False, type(error).__name__)
        raise
    report(name, True, detail(result))
    return result
