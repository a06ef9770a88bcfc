"""PC/SC result codes map onto the typed card errors (the live paths are in
tests/e2e/test_card_e2e.py: missing pcscd, unknown reader, removal)."""

from __future__ import annotations

import pytest
from smartcard import scard

from desktop.card import pcsc
from desktop.card.errors import (
    CardError,
    CardInUse,
    CardRemoved,
    CardServiceUnavailable,
    NoCard,
    PcscFailure,
    ReaderNotFound,
)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (scard.SCARD_E_NO_SERVICE, CardServiceUnavailable),
        (scard.SCARD_E_SERVICE_STOPPED, CardServiceUnavailable),
        (scard.SCARD_E_NO_READERS_AVAILABLE, ReaderNotFound),
        (scard.SCARD_E_UNKNOWN_READER, ReaderNotFound),
        (scard.SCARD_E_NO_SMARTCARD, NoCard),
        (scard.SCARD_W_REMOVED_CARD, NoCard),
        (scard.SCARD_W_UNRESPONSIVE_CARD, NoCard),
        (scard.SCARD_E_SHARING_VIOLATION, CardInUse),
        (scard.SCARD_E_NO_MEMORY, PcscFailure),
    ],
)
def test_errors_outside_a_command(code: int, expected: type[CardError]) -> None:
    assert type(pcsc._fail(code, "connect", "Reader 0")) is expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (scard.SCARD_W_REMOVED_CARD, CardRemoved),
        (scard.SCARD_W_RESET_CARD, CardRemoved),
        (scard.SCARD_F_COMM_ERROR, CardRemoved),
        (scard.SCARD_E_NO_SMARTCARD, CardRemoved),
        (scard.SCARD_E_READER_UNAVAILABLE, CardRemoved),
        (scard.SCARD_E_NO_SERVICE, CardServiceUnavailable),
        (scard.SCARD_E_SHARING_VIOLATION, CardInUse),
        (scard.SCARD_E_INVALID_PARAMETER, PcscFailure),
    ],
)
def test_errors_during_a_command(code: int, expected: type[CardError]) -> None:
    assert type(pcsc._fail_in_command(code, "transmit")) is expected


def test_service_message_says_what_to_do() -> None:
    error = pcsc._fail(scard.SCARD_E_NO_SERVICE, "establish context")
    assert "pcscd" in str(error) and "not running" in str(error)
    failure = pcsc._fail_in_command(scard.SCARD_E_INVALID_PARAMETER, "transmit")
    assert isinstance(failure, PcscFailure) and failure.operation == "transmit"
    assert failure.code == scard.SCARD_E_INVALID_PARAMETER & 0xFFFFFFFF
