"""Confidential numbers (机要编号): ``UUUUUU-YYYY-NNNNNN-C``.

Six-digit unit code, year, six-digit serial within the year, and an
ISO 7064 MOD 11-2 check character (0-9 or X) over the 16 digits, so that a
number written by hand and typed back is checked (DESIGN.md §5). MOD 11-2
catches every single-character error and every adjacent transposition.

Numbers are issued in order per year and never reused; the register that
remembers the last serial lives in the database, this module only computes
the next one.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

DIGITS = "0123456789"
CHECK_CHARACTERS = DIGITS + "X"
SEPARATOR = "-"
FORMATTED_LENGTH = 20  # UUUUUU-YYYY-NNNNNN-C
COMPACT_LENGTH = 17  # the same without hyphens, as some people type it
SEPARATOR_POSITIONS = (6, 11, 18)
MIN_YEAR = 2000
MAX_YEAR = 2099
MAX_SERIAL = 999_999


class ConfidentialNumberError(ValueError):
    """Base class: the text is not a valid confidential number."""


class WrongLength(ConfidentialNumberError):
    def __init__(self, found: int) -> None:
        super().__init__(
            f"wrong length: {found} characters, expected {FORMATTED_LENGTH} "
            f"(UUUUUU-YYYY-NNNNNN-C) or {COMPACT_LENGTH} without hyphens"
        )
        self.found = found


class MisplacedSeparator(ConfidentialNumberError):
    """A hyphen is missing or in the wrong place (``position`` counts from 0)."""

    def __init__(self, position: int, found: str) -> None:
        super().__init__(f"expected '-' at position {position + 1}, found {found!r}")
        self.position = position
        self.found = found


class BadUnitCode(ConfidentialNumberError):
    def __init__(self, value: str) -> None:
        super().__init__(f"bad unit code {value!r}: six digits, not all zero")
        self.value = value


class BadYear(ConfidentialNumberError):
    def __init__(self, value: str) -> None:
        super().__init__(f"bad year {value!r}: four digits from {MIN_YEAR} to {MAX_YEAR}")
        self.value = value
        self.minimum = MIN_YEAR
        self.maximum = MAX_YEAR


class BadSerial(ConfidentialNumberError):
    def __init__(self, value: str) -> None:
        super().__init__(f"bad serial {value!r}: six digits from 000001 to 999999")
        self.value = value


class BadCheckCharacter(ConfidentialNumberError):
    """The check character is not 0-9/X, or does not match (``expected`` is the right one)."""

    def __init__(self, found: str, expected: str) -> None:
        super().__init__(f"bad check character {found!r}: expected {expected!r}")
        self.found = found
        self.expected = expected


class SerialsExhausted(ConfidentialNumberError):
    """Every serial of the year has been issued."""

    def __init__(self, year: int) -> None:
        super().__init__(f"all {MAX_SERIAL} serials of {year} have been issued")
        self.year = year


def mod11_2_check(digits: str) -> str:
    """The ISO 7064 MOD 11-2 check character of a string of decimal digits
    (python-stdnum's, the same one the ID number check uses)."""
    from stdnum.iso7064 import mod_11_2

    for character in digits:
        if character not in DIGITS:
            raise ValueError(f"not a decimal digit: {character!r}")
    return str(mod_11_2.calc_check_digit(digits))


def _is_digits(text: str, length: int) -> bool:
    return len(text) == length and all(c in DIGITS for c in text)


@dataclass(frozen=True, order=True)
class ConfidentialNumber:
    unit_code: str
    year: int
    serial: int

    def __post_init__(self) -> None:
        if not _is_digits(self.unit_code, 6) or self.unit_code == "000000":
            raise BadUnitCode(self.unit_code)
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise BadYear(str(self.year))
        if not 1 <= self.serial <= MAX_SERIAL:
            raise BadSerial(str(self.serial))

    @property
    def digits(self) -> str:
        """The 16 digits the check character covers."""
        return f"{self.unit_code}{self.year:04d}{self.serial:06d}"

    @property
    def check_character(self) -> str:
        return mod11_2_check(self.digits)

    def __str__(self) -> str:
        return f"{self.unit_code}-{self.year:04d}-{self.serial:06d}-{self.check_character}"

    @classmethod
    def parse(cls, text: str) -> ConfidentialNumber:
        return parse_number(text)


def normalise(text: str) -> str:
    """Strip spaces, fold full-width characters (typed with a Chinese IME), upper-case x."""
    return unicodedata.normalize("NFKC", text).strip().upper()


def parse_number(text: str) -> ConfidentialNumber:
    """Parse a typed or scanned number; raise a ConfidentialNumberError saying what is wrong."""
    cleaned = normalise(text)
    if len(cleaned) == FORMATTED_LENGTH:
        for position in SEPARATOR_POSITIONS:
            if cleaned[position] != SEPARATOR:
                raise MisplacedSeparator(position, cleaned[position])
        unit, year, serial, check = cleaned[0:6], cleaned[7:11], cleaned[12:18], cleaned[19]
    elif len(cleaned) == COMPACT_LENGTH:
        unit, year, serial, check = cleaned[0:6], cleaned[6:10], cleaned[10:16], cleaned[16]
    else:
        raise WrongLength(len(cleaned))
    if not _is_digits(unit, 6) or unit == "000000":
        raise BadUnitCode(unit)
    if not _is_digits(year, 4) or not MIN_YEAR <= int(year) <= MAX_YEAR:
        raise BadYear(year)
    if not _is_digits(serial, 6) or int(serial) == 0:
        raise BadSerial(serial)
    expected = mod11_2_check(unit + year + serial)
    if check != expected:
        raise BadCheckCharacter(check, expected)
    return ConfidentialNumber(unit, int(year), int(serial))


def is_valid(text: str) -> bool:
    try:
        parse_number(text)
    except ConfidentialNumberError:
        return False
    return True


def next_number(unit_code: str, year: int, last_serial: int | None) -> ConfidentialNumber:
    """The number after ``last_serial`` (``None`` when none was issued this year).

    Voided numbers count as issued: the caller passes the highest serial ever
    issued in the year, so a number is never given out twice.
    """
    serial = 1 if last_serial is None else last_serial + 1
    if serial > MAX_SERIAL:
        raise SerialsExhausted(year)
    if serial < 1:
        raise BadSerial(str(last_serial))
    return ConfidentialNumber(unit_code, year, serial)
