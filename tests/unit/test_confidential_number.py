"""Confidential numbers: format, parse, check character, issuing."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.confidential_number import (
    CHECK_CHARACTERS,
    MAX_SERIAL,
    BadCheckCharacter,
    BadSerial,
    BadUnitCode,
    BadYear,
    ConfidentialNumber,
    ConfidentialNumberError,
    MisplacedSeparator,
    SerialsExhausted,
    WrongLength,
    is_valid,
    mod11_2_check,
    next_number,
    parse_number,
)

# Numbers chosen so that between them every check character 0-9 and X occurs.
SAMPLES = [ConfidentialNumber("320100", 2026, serial) for serial in range(1, 100)]
SAMPLES_BY_CHECK = {n.check_character: n for n in SAMPLES}


def test_samples_cover_every_check_character() -> None:
    assert set(SAMPLES_BY_CHECK) == set(CHECK_CHARACTERS)


def test_mod11_2_agrees_with_the_published_identity_number_samples() -> None:
    # GB 11643 uses the same ISO 7064 MOD 11-2 check (REGULATIONS.md gives samples).
    assert mod11_2_check("11010519491231002") == "X"
    assert mod11_2_check("44052418800101001") == "4"


def test_format_and_parse() -> None:
    number = ConfidentialNumber("320100", 2026, 42)
    text = str(number)
    assert text[:-1] == "320100-2026-000042-"
    assert text[-1] == mod11_2_check("3201002026000042")
    assert parse_number(text) == number
    assert ConfidentialNumber.parse(text) == number


def test_accepts_lower_case_x_spaces_compact_and_full_width() -> None:
    number = SAMPLES_BY_CHECK["X"]
    text = str(number)
    assert parse_number(text.lower()) == number
    assert parse_number(f"  {text}\t\n") == number
    assert parse_number(text.replace("-", "")) == number
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in text)  # what a Chinese IME types
    assert parse_number(full_width) == number


@pytest.mark.parametrize(
    ("text", "error", "attributes"),
    [
        ("", WrongLength, {"found": 0}),
        ("320100-2026-000042", WrongLength, {"found": 18}),
        ("320100-2026-000042-77", WrongLength, {"found": 21}),
        ("320100/2026-000042-7", MisplacedSeparator, {"position": 6, "found": "/"}),
        ("3201002-026-000042-7", MisplacedSeparator, {"position": 6, "found": "2"}),
        ("32A100-2026-000042-7", BadUnitCode, {"value": "32A100"}),
        ("000000-2026-000042-7", BadUnitCode, {"value": "000000"}),
        ("320100-1999-000042-7", BadYear, {"value": "1999"}),
        ("320100-20X6-000042-7", BadYear, {"value": "20X6"}),
        ("320100-2026-000000-7", BadSerial, {"value": "000000"}),
        ("320100-2026-0000A2-7", BadSerial, {"value": "0000A2"}),
        ("320100-2026-000042-Y", BadCheckCharacter, {"found": "Y"}),
    ],
)
def test_errors_say_what_is_wrong(
    text: str, error: type[ConfidentialNumberError], attributes: dict[str, object]
) -> None:
    with pytest.raises(error) as raised:
        parse_number(text)
    for name, value in attributes.items():
        assert getattr(raised.value, name) == value
    assert not is_valid(text)


def test_wrong_check_character_names_the_expected_one() -> None:
    number = ConfidentialNumber("320100", 2026, 42)
    right = number.check_character
    wrong = "0" if right != "0" else "1"
    with pytest.raises(BadCheckCharacter) as raised:
        parse_number(str(number)[:-1] + wrong)
    assert raised.value.found == wrong
    assert raised.value.expected == right
    assert f"expected {right!r}" in str(raised.value)


def _characters(number: ConfidentialNumber) -> list[str]:
    """The 17 significant characters: 16 digits and the check character."""
    return list(number.digits + number.check_character)


def _format(characters: list[str]) -> str:
    c = "".join(characters)
    return f"{c[0:6]}-{c[6:10]}-{c[10:16]}-{c[16]}"


def test_every_single_character_substitution_is_detected() -> None:
    checked = 0
    for number in SAMPLES:
        original = _characters(number)
        for position in range(len(original)):
            for replacement in CHECK_CHARACTERS:
                if replacement == original[position]:
                    continue
                changed = original.copy()
                changed[position] = replacement
                typed = _format(changed)
                assert not is_valid(typed), (str(number), typed)
                checked += 1
    assert checked == len(SAMPLES) * 17 * 10


def test_every_adjacent_transposition_is_detected() -> None:
    checked = 0
    for number in SAMPLES:
        original = _characters(number)
        for position in range(len(original) - 1):
            if original[position] == original[position + 1]:
                continue  # swapping equal characters changes nothing
            changed = original.copy()
            changed[position], changed[position + 1] = changed[position + 1], changed[position]
            typed = _format(changed)
            assert not is_valid(typed), (str(number), typed)
            checked += 1
    assert checked > len(SAMPLES) * 5


def _check_catches(original: str, changed: str) -> bool:
    """Whether the check character alone tells ``changed`` (16 digits and a
    check character) from ``original``: no help from the range rules."""
    return changed[16] != mod11_2_check(changed[:16])


@settings(max_examples=200)
@given(st.text(alphabet="0123456789", min_size=16, max_size=16))
def test_the_check_character_alone_catches_every_single_error_and_transposition(
    digits: str,
) -> None:
    # Any 16 digits, not only valid unit codes and years, so that no error is
    # caught by a range rule instead of the check character.
    original = digits + mod11_2_check(digits)
    for position in range(17):
        for replacement in CHECK_CHARACTERS:
            if replacement == original[position] or (position < 16 and replacement == "X"):
                continue
            changed = original[:position] + replacement + original[position + 1 :]
            assert _check_catches(original, changed), (original, changed)
    for position in range(16):
        a, b = original[position], original[position + 1]
        if a != b:
            if not b.isdigit():
                continue  # X cannot move into the digits: the format refuses it
            changed = original[:position] + b + a + original[position + 2 :]
            assert _check_catches(original, changed), (original, changed)


def test_substitutions_are_detected_in_every_unit_and_year() -> None:
    # Different digits in every group, not only the serial of the samples above.
    for number in [
        ConfidentialNumber("110105", 2024, 999_999),
        ConfidentialNumber("654321", 2099, 123_456),
        ConfidentialNumber("987650", 2000, 500_001),
    ]:
        original = _characters(number)
        for position in range(17):
            for replacement in CHECK_CHARACTERS:
                if replacement != original[position]:
                    changed = original.copy()
                    changed[position] = replacement
                    assert not is_valid(_format(changed))


numbers = st.builds(
    ConfidentialNumber,
    unit_code=st.integers(1, 999_999).map(lambda n: f"{n:06d}"),
    year=st.integers(2000, 2099),
    serial=st.integers(1, MAX_SERIAL),
)


@settings(max_examples=200)
@given(numbers)
def test_round_trip(number: ConfidentialNumber) -> None:
    text = str(number)
    assert len(text) == 20
    assert parse_number(text) == number
    assert parse_number(text.lower().replace("-", "")) == number


@settings(max_examples=200)
@given(st.text(max_size=30))
def test_arbitrary_text_is_either_a_number_or_a_typed_error(text: str) -> None:
    try:
        number = parse_number(text)
    except ConfidentialNumberError:
        return
    assert parse_number(str(number)) == number


def test_constructor_refuses_bad_parts() -> None:
    with pytest.raises(BadUnitCode):
        ConfidentialNumber("12345", 2026, 1)
    with pytest.raises(BadYear):
        ConfidentialNumber("320100", 1999, 1)
    with pytest.raises(BadSerial):
        ConfidentialNumber("320100", 2026, 0)
    with pytest.raises(BadSerial):
        ConfidentialNumber("320100", 2026, MAX_SERIAL + 1)


def test_issuing_in_order() -> None:
    first = next_number("320100", 2026, None)
    assert first.serial == 1
    second = next_number("320100", 2026, first.serial)
    assert second.serial == 2
    assert second > first
    assert str(next_number("320100", 2026, 41)).startswith("320100-2026-000042-")


def test_issuing_stops_when_the_year_is_used_up() -> None:
    assert next_number("320100", 2026, MAX_SERIAL - 1).serial == MAX_SERIAL
    with pytest.raises(SerialsExhausted) as raised:
        next_number("320100", 2026, MAX_SERIAL)
    assert raised.value.year == 2026


def _admin(*args: str) -> subprocess.CompletedProcess[str]:
    # The real command line in its own process, as an administrator runs it.
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_cli_numbers_check_accepts_a_valid_number() -> None:
    number = ConfidentialNumber("320100", 2026, 42)
    result = _admin("numbers", "check", f" {str(number).lower()} ")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"valid: {number}\n")
    assert "serial:          000042" in result.stdout


def test_cli_numbers_check_names_the_expected_check_character() -> None:
    number = ConfidentialNumber("320100", 2026, 42)
    wrong = "0" if number.check_character != "0" else "1"
    result = _admin("numbers", "check", str(number)[:-1] + wrong)
    assert result.returncode == 1
    assert result.stdout.startswith("invalid: bad check character")
    assert f"expected '{number.check_character}'" in result.stdout


def test_cli_numbers_check_reports_a_bad_year() -> None:
    result = _admin("numbers", "check", "320100-1899-000042-8")
    assert result.returncode == 1
    assert "bad year '1899'" in result.stdout
