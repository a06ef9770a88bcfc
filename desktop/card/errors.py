"""Typed card errors. They carry data; only ui/ turns them into words."""

from __future__ import annotations


class CardError(Exception):
    """Base class of every error the card layer raises."""


class WrongPin(CardError):
    """The PIN was rejected; ``remaining`` tries are left before it blocks."""

    def __init__(self, remaining: int, reference: int = 0x82) -> None:
        super().__init__(f"wrong PIN, {remaining} tries remaining")
        self.remaining = remaining
        self.reference = reference


class PinBlocked(CardError):
    """The PIN's retry counter is zero."""

    def __init__(self, reference: int = 0x82) -> None:
        super().__init__("PIN blocked")
        self.reference = reference


class CardRemoved(CardError):
    """The card left the reader (or the link dropped) during a command."""


class NotAnOpenPgpCard(CardError):
    """The card in the reader has no OpenPGP application."""


class KeyMissing(CardError):
    """The key slot (``"sig"``, ``"dec"`` or ``"aut"``) holds no key."""

    def __init__(self, slot: str) -> None:
        super().__init__(f"no key in slot {slot}")
        self.slot = slot


class UnexpectedStatus(CardError):
    """The card answered a status word the client did not expect."""

    def __init__(self, sw: int) -> None:
        super().__init__(f"unexpected status word {sw:04X}")
        self.sw = sw


class MalformedResponse(CardError):
    """The card's answer could not be parsed."""


class ReaderNotFound(CardError):
    """No reader of that name (or no reader at all) is attached."""

    def __init__(self, reader: str | None = None) -> None:
        super().__init__(f"reader not found: {reader}" if reader else "no reader")
        self.reader = reader


class NoCard(CardError):
    """The reader is empty."""


class CardServiceUnavailable(CardError):
    """The PC/SC service (pcscd) is not running or not reachable."""


class PinRequired(CardError):
    """The operation needs ``reference`` (81 sign, 82 decipher, 83 admin)
    verified first; the card answered 6982 and the PIN is not blocked."""

    def __init__(self, reference: int, remaining: int | None = None) -> None:
        super().__init__(f"PIN {reference:02X} must be verified first")
        self.reference = reference
        self.remaining = remaining


class InvalidPinLength(CardError):
    """The PIN's length is outside what the card accepts; nothing was sent,
    so no attempt was spent."""

    def __init__(self, reference: int, minimum: int, maximum: int) -> None:
        super().__init__(f"PIN {reference:02X} must have {minimum} to {maximum} characters")
        self.reference = reference
        self.minimum = minimum
        self.maximum = maximum


class UnsupportedAlgorithm(CardError):
    """The card's key slot holds an algorithm LeadVault does not use (e.g. RSA)."""

    def __init__(self, slot: str, attributes: bytes = b"") -> None:
        super().__init__(f"unsupported algorithm in slot {slot}: {attributes.hex()}")
        self.slot = slot
        self.attributes = attributes


class CardTerminated(CardError):
    """The OpenPGP application is terminated (6285/6985) and activation failed."""


class CardInUse(CardError):
    """Another process holds the card exclusively (PC/SC sharing violation)."""


class PcscFailure(CardError):
    """A PC/SC call failed in a way none of the other errors describes."""

    def __init__(self, code: int, operation: str) -> None:
        super().__init__(f"PC/SC {operation} failed: {code & 0xFFFFFFFF:08X}")
        self.code = code & 0xFFFFFFFF
        self.operation = operation


class PrivateDataUnsupported(CardError):
    """The card has no private-use data object 010``number`` (older or minimal
    OpenPGP cards): LeadVault cannot keep its checkpoint record on it."""

    def __init__(self, number: int) -> None:
        super().__init__(f"the card has no private-use data object 010{number}")
        self.number = number


class CardReset(CardRemoved):
    """Another program reset the card. The connection is re-established, but
    the card forgot its state (selected application, verified PINs). The
    session re-selects and repeats a command by itself when no PIN was
    verified; otherwise the caller sees this (a kind of CardRemoved)."""
