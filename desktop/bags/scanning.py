"""Keyboard-wedge scanning, Qt-free (DESIGN.md §5).

A USB barcode scanner is a keyboard: it types what it read and presses
Enter. It may read the Code 128 barcode (the bare confidential number) or
the QR code (``LV1:number:copy:tag``); a person may also type a number
copied by hand. ``WedgeBuffer`` turns keystrokes into lines, ``read_scan``
turns a line into a typed result:

- a number is checked by its check character (``BadCheckCharacter`` says
  which character was expected) — a Code 128 read and a typed number look
  the same;
- a QR payload's tag is verified with the vault's tag key: a label printed
  elsewhere gives ``ForgedQr``, which the workflow audits and never opens.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from desktop.domain.bags import Bag
from desktop.domain.confidential_number import ConfidentialNumber, normalise, parse_number
from desktop.domain.printables import CopyNumber
from desktop.domain.qr_tag import PREFIX, is_authentic, parse_payload

MAX_LINE = 120  # longer than any payload: a stuck key or pasted text, not a scan
LINE_ENDS = frozenset("\r\n")


class ScanSource(enum.Enum):
    TYPED_NUMBER = "number"  # Code 128 or typed by hand: the same text
    QR = "qr"


class ScanTooLong(ValueError):
    def __init__(self, length: int) -> None:
        super().__init__(f"a scanned line of {length} characters is too long (max {MAX_LINE})")
        self.length = length
        self.maximum = MAX_LINE


@dataclass(frozen=True)
class ScannedNumber:
    number: ConfidentialNumber
    source: ScanSource = ScanSource.TYPED_NUMBER


@dataclass(frozen=True)
class AuthenticQr:
    number: ConfidentialNumber
    copy_number: CopyNumber
    source: ScanSource = ScanSource.QR


@dataclass(frozen=True)
class ForgedQr:
    """The QR names a number, but its tag was not made with this vault's key."""

    number: ConfidentialNumber
    copy_number: CopyNumber
    source: ScanSource = ScanSource.QR


ScanResult = ScannedNumber | AuthenticQr | ForgedQr


def looks_like_qr(text: str) -> bool:
    return normalise(text).startswith(PREFIX + ":")


def read_scan(text: str, tag_key: bytes) -> ScanResult:
    """Parse one scanned or typed line. Raises ScanTooLong, a
    ConfidentialNumberError (typed number) or MalformedPayload (QR text)."""
    if len(text) > MAX_LINE:
        raise ScanTooLong(len(text))
    # NFKC folds the full-width characters a Chinese IME may type (：, Ｘ).
    cleaned = normalise(text)
    if not cleaned.startswith(PREFIX + ":"):
        return ScannedNumber(parse_number(cleaned))
    payload = parse_payload(cleaned)
    if is_authentic(tag_key, payload):
        return AuthenticQr(payload.number, payload.copy_number)
    return ForgedQr(payload.number, payload.copy_number)


class WedgeBuffer:
    """Collects keystroke text; ``feed`` returns the lines completed by Enter.

    Blank lines are dropped. A line is kept only up to MAX_LINE + 1 characters
    (a stuck key cannot fill memory); ``read_scan`` then refuses it as too long."""

    def __init__(self) -> None:
        self._chars: list[str] = []

    def feed(self, text: str) -> list[str]:
        lines: list[str] = []
        for char in text:
            if char in LINE_ENDS:
                line = "".join(self._chars).strip()
                self._chars.clear()
                if line:
                    lines.append(line)
            elif len(self._chars) <= MAX_LINE:
                self._chars.append(char)
        return lines

    def pending(self) -> str:
        """What was typed since the last Enter (e.g. to show while typing)."""
        return "".join(self._chars)

    def clear(self) -> None:
        self._chars.clear()


@dataclass(frozen=True)
class OpenedBag:
    """A scan found a bag of this vault (audited as bag.scan)."""

    bag: Bag
    version: int
    via: ScannedNumber | AuthenticQr


@dataclass(frozen=True)
class UnknownBag:
    """A valid number (or an authentic QR) that names no bag of this vault."""

    number: ConfidentialNumber


@dataclass(frozen=True)
class ForgedLabel:
    """A QR whose tag does not verify: flagged, audited, never opened."""

    number: ConfidentialNumber
    copy_number: CopyNumber


ScanOutcome = OpenedBag | UnknownBag | ForgedLabel
