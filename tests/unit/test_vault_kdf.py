"""Argon2id parameters: calibrated at creation, never below 64 MiB; the cheap
test set only when asked for by name."""

from __future__ import annotations

import time

import pytest

from desktop.vault import kdf


def test_calibration_respects_the_memory_floor_and_targets_half_a_second() -> None:
    params = kdf.calibrate(target_seconds=0.5)
    assert params.memory_kib >= 64 * 1024
    assert params.time_cost >= 1
    started = time.perf_counter()
    kdf.derive(b"password", b"s" * 16, params)
    elapsed = time.perf_counter() - started
    # Calibrated for this machine: roughly the target (shared CPU: generous bounds).
    assert 0.05 < elapsed < 3.0


def test_calibration_never_goes_below_the_floor_even_if_asked() -> None:
    assert kdf.calibrate(target_seconds=0.01, memory_kib=1024).memory_kib == kdf.MIN_MEMORY_KIB


def test_cheap_parameters_are_an_explicit_choice() -> None:
    cheap = kdf.Argon2Params.cheap_for_tests()
    assert cheap.memory_kib < kdf.MIN_MEMORY_KIB  # so they must never be the default


def test_derive_is_deterministic_and_salted() -> None:
    p = kdf.Argon2Params.cheap_for_tests()
    a = kdf.derive(b"pw", b"a" * 16, p)
    assert a == kdf.derive(b"pw", b"a" * 16, p)
    assert a != kdf.derive(b"pw", b"b" * 16, p)
    assert isinstance(a, bytearray) and len(a) == 32


@pytest.mark.parametrize(
    "doc",
    [
        None,
        {},
        {"algorithm": "argon2i", "time_cost": 1, "memory_kib": 8192, "parallelism": 1},
        {"algorithm": "argon2id", "time_cost": 0, "memory_kib": 8192, "parallelism": 1},
        {"algorithm": "argon2id", "time_cost": True, "memory_kib": 8192, "parallelism": 1},
        {"algorithm": "argon2id", "time_cost": 1, "memory_kib": 10**9, "parallelism": 1},
        {"algorithm": "argon2id", "time_cost": 1, "memory_kib": "8192", "parallelism": 1},
    ],
)
def test_bad_parameter_documents_are_rejected(doc: object) -> None:
    with pytest.raises(ValueError):
        kdf.Argon2Params.from_json(doc)
