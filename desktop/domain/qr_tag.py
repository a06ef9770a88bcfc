"""The QR payload on cover sheets and labels, with its authentication tag.

The QR code holds the confidential number, the copy number and a tag:
HMAC-SHA256 under a key the vault derives from the DEK, truncated to 80
bits. A label printed by anyone without the vault's key carries a tag that
does not verify, so it is flagged when scanned (DESIGN.md §5).

The text form is typed by keyboard-wedge scanners, so it is plain ASCII:
``LV1:UUUUUU-YYYY-NNNNNN-C:NNNNNN:TAG`` with the tag in base32 (16 characters).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass

from desktop.domain.confidential_number import (
    ConfidentialNumber,
    ConfidentialNumberError,
    parse_number,
)
from desktop.domain.printables import CopyNumber

PREFIX = "LV1"
TAG_BYTES = 10  # 80 bits: forging needs the key, not luck
TAG_LENGTH = 16  # base32 characters of TAG_BYTES
MIN_KEY_BYTES = 16
_DOMAIN = b"leadvault qr tag v1\x00"
_BASE32 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


class QrTagError(ValueError):
    """Base class of QR payload errors."""


class MalformedPayload(QrTagError):
    """The scanned text is not a LeadVault QR payload; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"not a LeadVault QR payload: {reason}")
        self.reason = reason


class TagMismatch(QrTagError):
    """The tag does not verify: the label was not printed by this vault."""

    def __init__(self, number: ConfidentialNumber, copy_number: CopyNumber) -> None:
        super().__init__(f"the tag of {number} copy {copy_number} does not verify")
        self.number = number
        self.copy_number = copy_number


class WeakTagKey(QrTagError):
    def __init__(self, length: int) -> None:
        super().__init__(f"tag key has {length} bytes, at least {MIN_KEY_BYTES} needed")
        self.length = length


@dataclass(frozen=True)
class QrPayload:
    number: ConfidentialNumber
    copy_number: CopyNumber
    tag: str

    def encode(self) -> str:
        return f"{PREFIX}:{self.number}:{self.copy_number}:{self.tag}"


def compute_tag(key: bytes, number: ConfidentialNumber, copy_number: CopyNumber) -> str:
    if len(key) < MIN_KEY_BYTES:
        raise WeakTagKey(len(key))
    message = _DOMAIN + f"{number}\x00{copy_number}".encode("ascii")
    digest = hmac.new(key, message, hashlib.sha256).digest()[:TAG_BYTES]
    return base64.b32encode(digest).decode("ascii")


def build_payload(key: bytes, number: ConfidentialNumber, copy_number: CopyNumber) -> QrPayload:
    return QrPayload(number, copy_number, compute_tag(key, number, copy_number))


def parse_payload(text: str) -> QrPayload:
    """Parse scanned text; raise MalformedPayload saying what is wrong."""
    parts = text.strip().split(":")
    if len(parts) != 4:
        raise MalformedPayload(f"expected 4 fields separated by ':', found {len(parts)}")
    prefix, number_text, copy_text, tag = parts
    if prefix != PREFIX:
        raise MalformedPayload(f"unknown prefix {prefix!r}")
    try:
        number = parse_number(number_text)
    except ConfidentialNumberError as error:
        raise MalformedPayload(f"bad confidential number: {error}") from error
    try:
        copy_number = CopyNumber.parse(copy_text)
    except ValueError as error:
        raise MalformedPayload(f"bad copy number {copy_text!r}") from error
    tag = tag.upper()
    if len(tag) != TAG_LENGTH or not set(tag) <= _BASE32:
        raise MalformedPayload(f"bad tag {tag!r}")
    return QrPayload(number, copy_number, tag)


def verify_payload(key: bytes, payload: QrPayload) -> None:
    """Raise TagMismatch unless the payload's tag was made with ``key``."""
    expected = compute_tag(key, payload.number, payload.copy_number)
    # Bytes, not str: compare_digest raises TypeError on non-ASCII text, and a
    # payload built by hand (not parsed) may carry any tag.
    if not hmac.compare_digest(expected.encode("ascii"), payload.tag.encode("utf-8")):
        raise TagMismatch(payload.number, payload.copy_number)


def is_authentic(key: bytes, payload: QrPayload) -> bool:
    try:
        verify_payload(key, payload)
    except TagMismatch:
        return False
    return True


def read_scan(text: str) -> ConfidentialNumber | QrPayload:
    """What a keyboard-wedge scanner typed: a QR payload (``LV1:…``) or a
    confidential number from the Code 128 (or typed by hand).

    Raises MalformedPayload for a broken QR payload and a
    ConfidentialNumberError for a number that does not check. The caller
    verifies a payload's tag with the vault's key (``verify_payload``).
    """
    cleaned = text.strip()
    if cleaned.upper().startswith(PREFIX + ":"):
        return parse_payload(cleaned)
    return parse_number(cleaned)
