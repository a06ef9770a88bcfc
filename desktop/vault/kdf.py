"""Argon2id for the password factor and the recovery code.

Parameters are calibrated once, when the vault is created, and stored per
slot. Tests may pass a cheaper fixed set, but only explicitly
(``Argon2Params.cheap_for_tests()``); nothing lowers the cost silently."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw

MIN_MEMORY_KIB = 64 * 1024  # DESIGN.md §2: at least 64 MiB
MIN_PASSES = 2  # and at least 2 passes (outside demo and development vaults)
TARGET_SECONDS = 0.5
MAX_TIME_COST = 12
KEY_LENGTH = 32
SALT_LENGTH = 16


@dataclass(frozen=True)
class Argon2Params:
    time_cost: int
    memory_kib: int
    parallelism: int

    @classmethod
    def cheap_for_tests(cls) -> Argon2Params:
        """8 MiB, one pass: fast test runs. Never chosen by the app itself."""
        return cls(time_cost=1, memory_kib=8 * 1024, parallelism=1)

    def to_json(self) -> dict[str, Any]:
        return {
            "algorithm": "argon2id",
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
        }

    @classmethod
    def from_json(cls, data: Any) -> Argon2Params:
        if not isinstance(data, dict) or data.get("algorithm") != "argon2id":
            raise ValueError("kdf: not argon2id")
        values = [data.get(k) for k in ("time_cost", "memory_kib", "parallelism")]
        if not all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in values):
            raise ValueError("kdf: bad parameters")
        t, m, p = values
        assert isinstance(t, int) and isinstance(m, int) and isinstance(p, int)
        if t > 100 or m > 4 * 1024 * 1024 or p > 64 or m < 8 * p:
            raise ValueError("kdf: parameters out of range")
        return cls(time_cost=t, memory_kib=m, parallelism=p)


def derive(secret: bytes | bytearray, salt: bytes, params: Argon2Params) -> bytearray:
    """Argon2id(secret, salt) → 32 bytes, in a bytearray the caller can zero."""
    raw = hash_secret_raw(
        secret=bytes(secret),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_LENGTH,
        type=Type.ID,
    )
    return bytearray(raw)


def calibrate(
    target_seconds: float = TARGET_SECONDS,
    memory_kib: int = MIN_MEMORY_KIB,
    parallelism: int = 1,
) -> Argon2Params:
    """The largest pass count whose cost stays near ``target_seconds`` on this
    machine, at ``memory_kib`` (never below the 64 MiB floor). One lane:
    the machine is shared, and a lane count fixed at creation must still be
    cheap enough on the day the other core is busy."""
    memory_kib = max(memory_kib, MIN_MEMORY_KIB)
    probe = Argon2Params(time_cost=1, memory_kib=memory_kib, parallelism=parallelism)
    salt = b"\x00" * SALT_LENGTH
    derive(b"calibration", salt, probe)  # warm the allocator; the first run is slow
    started = time.perf_counter()
    derive(b"calibration", salt, probe)
    one_pass = max(time.perf_counter() - started, 1e-4)
    passes = max(MIN_PASSES, min(MAX_TIME_COST, round(target_seconds / one_pass)))
    return Argon2Params(time_cost=passes, memory_kib=memory_kib, parallelism=parallelism)


def meets_floor(params: Argon2Params) -> bool:
    """A header's parameters below this are refused outside demo and development
    vaults: a header edited to 8 KiB and one pass would make passwords cheap to guess."""
    return params.memory_kib >= MIN_MEMORY_KIB and params.time_cost >= MIN_PASSES
