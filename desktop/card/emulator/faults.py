"""Fault injection: what a misbehaving or unexpected card does."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Faults:
    """Switches read on every command; change them at any time.

    ``drop_on_ins``: the link receives an APDU with this INS and closes
    without answering (a card pulled mid-command); with ``drop_once`` the
    fault then clears itself. ``not_openpgp``: SELECT of the OpenPGP AID
    answers 6A82, like a card without the application. ``ecdh_full_point``:
    PSO:DECIPHER on P-256 answers 04‖X‖Y instead of X, as some cards do.
    ``refuse_pin_reset``: VERIFY FF (reset a verified PIN) answers 6B00, as
    cards older than version 3.4 do; only a power cycle forgets the PIN.
    """

    drop_on_ins: int | None = None
    drop_once: bool = True
    not_openpgp: bool = False
    ecdh_full_point: bool = False
    refuse_pin_reset: bool = False

    def take_drop(self, apdu: bytes) -> bool:
        """True if the link must drop this command (consumes a one-shot fault)."""
        if self.drop_on_ins is None or len(apdu) < 2 or apdu[1] != self.drop_on_ins:
            return False
        if self.drop_once:
            self.drop_on_ins = None
        return True
