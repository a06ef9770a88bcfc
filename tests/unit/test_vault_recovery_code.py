"""The recovery code: format, tolerant parsing, and the check character
catching every single-character error and every adjacent swap."""

from __future__ import annotations

import contextlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.vault import recovery_code
from desktop.vault.errors import InvalidRecoveryCode

secrets16 = st.binary(min_size=16, max_size=16)
FORMAT = re.compile(r"^([A-Z2-7]{4}-){6}[A-Z2-7]{3}$")


def test_printed_form_is_upper_case_base32_groups_with_check_character() -> None:
    code, secret = recovery_code.generate()
    assert FORMAT.match(code), code
    assert len(code.replace("-", "")) == 27  # 26 data characters + 1 check character
    assert recovery_code.parse(code) == secret


@given(secrets16)
@settings(max_examples=200)
def test_round_trip_and_sloppy_typing(secret: bytes) -> None:
    code = recovery_code.encode(secret)
    assert recovery_code.parse(code) == secret
    assert recovery_code.parse(code.lower()) == secret
    assert recovery_code.parse(code.replace("-", "")) == secret
    assert recovery_code.parse(code.replace("-", " ")) == secret
    assert recovery_code.parse("  " + code.replace("-", " - ") + "\n") == secret


@given(secrets16, st.data())
@settings(max_examples=200)
def test_every_single_substitution_is_rejected(secret: bytes, data: st.DataObject) -> None:
    chars = recovery_code.encode(secret).replace("-", "")
    position = data.draw(st.integers(0, len(chars) - 1))
    replacement = data.draw(
        st.sampled_from([c for c in recovery_code.ALPHABET if c != chars[position]])
    )
    typo = chars[:position] + replacement + chars[position + 1 :]
    with pytest.raises(InvalidRecoveryCode) as caught:
        recovery_code.parse(typo)
    assert caught.value.problem == "checksum"


def test_every_adjacent_transposition_is_rejected_exhaustively() -> None:
    for _ in range(50):
        chars = recovery_code.generate()[0].replace("-", "")
        for i in range(len(chars) - 1):
            if chars[i] == chars[i + 1]:
                continue
            swapped = chars[:i] + chars[i + 1] + chars[i] + chars[i + 2 :]
            with pytest.raises(InvalidRecoveryCode):
                recovery_code.parse(swapped)


def test_all_single_substitutions_exhaustively_for_one_code() -> None:
    chars = recovery_code.generate()[0].replace("-", "")
    for i in range(len(chars)):
        for c in recovery_code.ALPHABET:
            if c != chars[i]:
                with pytest.raises(InvalidRecoveryCode):
                    recovery_code.parse(chars[:i] + c + chars[i + 1 :])


@pytest.mark.parametrize(
    ("text", "problem", "position"),
    [
        ("", "length", None),
        ("ABCD-EFGH", "length", None),
        ("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ2C-AAAA", "length", None),
        ("ABCD-EFGH-IJKL-MN0P-QRST-UVWX-YZ2", "character", 14),  # zero is not base32
        ("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ1", "character", 26),
        ("ABCD_EFGH", "character", 4),
    ],
)
def test_malformed_codes_say_what_is_wrong(text: str, problem: str, position: int | None) -> None:
    with pytest.raises(InvalidRecoveryCode) as caught:
        recovery_code.parse(text)
    assert caught.value.problem == problem
    assert caught.value.position == position


@given(st.text(max_size=60))
@settings(max_examples=200)
def test_arbitrary_text_gives_a_typed_error_or_16_bytes(text: str) -> None:
    with contextlib.suppress(InvalidRecoveryCode):
        assert len(recovery_code.parse(text)) == 16


def test_normalise_gives_the_printed_form() -> None:
    code, _ = recovery_code.generate()
    assert recovery_code.normalise(code.lower().replace("-", "")) == code
