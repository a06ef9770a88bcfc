"""Envelopes signed by a card, as stored (in the header's roster chain, in
checkpoint audit records), and the two operations on them: have a card sign one
now, and check one against a key the roster names (DESIGN.md §6)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.card.crypto import verify_signature
from desktop.card.errors import UnsupportedAlgorithm
from desktop.card.model import Algorithm, PublicKey
from desktop.domain.envelope import (
    Envelope,
    MalformedEnvelope,
    envelope_id,
    parse_envelope,
    signing_message,
)
from desktop.domain.roster import RosterEntry
from desktop.ports import SmartCard
from desktop.vault.base64_text import b64, unb64

SIGN_PIN = 0x81
_PIECE = 192


@dataclass(frozen=True)
class SignedEnvelope:
    """The exact envelope bytes, the card's raw signature and the signer's card serial."""

    data: bytes
    signature: bytes
    signer: str

    @property
    def id(self) -> str:
        return envelope_id(self.data)

    def envelope(self) -> Envelope:
        return parse_envelope(self.data)

    def to_json(self) -> dict[str, Any]:
        # The envelope's base64 in pieces: audit details hold no text longer than
        # 200 characters (content does not fit there; a checkpoint is not content).
        text = b64(self.data)
        pieces = [text[i:i + _PIECE] for i in range(0, len(text), _PIECE)]
        return {"envelope": pieces, "signature": b64(self.signature), "signer": self.signer}

    @classmethod
    def from_json(cls, value: Any) -> SignedEnvelope:
        if not isinstance(value, dict) or not isinstance(value.get("signer"), str):
            raise ValueError("a signed envelope must name its signer")
        pieces = value.get("envelope")
        if not isinstance(pieces, list) or not all(isinstance(p, str) for p in pieces):
            raise ValueError("the envelope must be base64 text in pieces")
        return cls(unb64("".join(pieces)), unb64(value.get("signature"), 64), value["signer"])


def sign_now(card: SmartCard, pin: str, build: Callable[[int], Envelope]) -> SignedEnvelope:
    """VERIFY PW1/81 and sign the envelope ``build(counter)`` makes, where counter
    is what the card's signature counter (DO 7A/93) will read after this signature:
    a counter ahead of what the log explains shows signatures made elsewhere."""
    info = card.info()
    data = build(info.signature_counter + 1).to_bytes()
    card.verify_pin(pin, SIGN_PIN)
    return SignedEnvelope(data, card.sign(signing_message(data)), info.serial)


def signed_by(signed: SignedEnvelope, entry: RosterEntry) -> bool:
    """Whether ``entry``'s enrolled signature key signed these exact bytes."""
    if signed.signer != entry.card_serial:
        return False
    try:
        key = PublicKey(Algorithm(entry.sig_algorithm), unb64(entry.sig_public))
        return verify_signature(key, signing_message(signed.data), signed.signature)
    except (ValueError, UnsupportedAlgorithm):
        return False


def parse_signed(signed: SignedEnvelope) -> Envelope | None:
    try:
        return signed.envelope()
    except MalformedEnvelope:
        return None
