"""A Qt-free password strength estimate for the enrollment form's meter.

Not zxcvbn, but it catches what matters at a workstation: too short, a
well-known password, one repeated character, keyboard or number runs, and
too few kinds of characters. The estimate is a rough guessing entropy in
bits, from which a 0-4 score is derived for the meter.
"""

from __future__ import annotations

import enum
import itertools
import math
import string
from dataclasses import dataclass

MIN_PASSWORD_LENGTH = 12
ACCEPTABLE_SCORE = 2

# A few of the most used passwords and their usual stems; a password that is
# one of these, maybe with digits around it, counts as weak whatever its length.
_COMMON_STEMS = (
    "password",
    "passw0rd",
    "qwerty",
    "qwertyuiop",
    "asdfgh",
    "zxcvbn",
    "abc123",
    "123456",
    "111111",
    "iloveyou",
    "admin",
    "welcome",
    "letmein",
    "woaini",
    "jianchayuan",
    "jubao",
    "leadvault",
)
_SEQUENCES = (
    "abcdefghijklmnopqrstuvwxyz",
    "0123456789",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
)


class Weakness(enum.Enum):
    TOO_SHORT = "too-short"
    COMMON = "common"
    REPEATED = "repeated"
    SEQUENCE = "sequence"
    FEW_KINDS = "few-kinds"


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (very weak) … 4 (strong)
    bits: float
    weaknesses: tuple[Weakness, ...]

    @property
    def acceptable(self) -> bool:
        return Weakness.TOO_SHORT not in self.weaknesses and self.score >= ACCEPTABLE_SCORE


def _pool_size(password: str) -> tuple[int, int]:
    """Alphabet size an attacker must try, and how many kinds of characters appear."""
    kinds = [
        (any(c in string.ascii_lowercase for c in password), 26),
        (any(c in string.ascii_uppercase for c in password), 26),
        (any(c in string.digits for c in password), 10),
        (any(c in string.punctuation or c == " " for c in password), 33),
        (any(ord(c) > 127 for c in password), 3000),  # CJK and other scripts
    ]
    present = [size for found, size in kinds if found]
    return max(sum(present), 1), len(present)


def _run_length(password: str) -> int:
    """Characters that continue an ascending or descending run (abcd, 4321, qwer)."""
    lowered = password.lower()
    count = 0
    for a, b in itertools.pairwise(lowered):
        if any((a + b) in seq or (b + a) in seq for seq in _SEQUENCES):
            count += 1
    return count


def estimate(password: str) -> Strength:
    weaknesses: list[Weakness] = []
    if len(password) < MIN_PASSWORD_LENGTH:
        weaknesses.append(Weakness.TOO_SHORT)
    pool, kinds = _pool_size(password)
    # Characters that add little: repeats of the previous one and run steps.
    repeats = sum(1 for a, b in itertools.pairwise(password) if a == b)
    runs = _run_length(password)
    effective = max(len(password) - repeats - runs, 0) + 0.25 * (repeats + runs)
    bits = effective * math.log2(pool) if password else 0.0

    if password and len(set(password)) <= 2:
        weaknesses.append(Weakness.REPEATED)
        bits = min(bits, 10.0)
    stripped = password.lower().strip(string.digits + string.punctuation + " ")
    if stripped in _COMMON_STEMS or password.lower() in _COMMON_STEMS:
        weaknesses.append(Weakness.COMMON)
        bits = min(bits, 16.0)
    if password and runs >= len(password) // 2:
        weaknesses.append(Weakness.SEQUENCE)
    if kinds < 2:
        weaknesses.append(Weakness.FEW_KINDS)

    score = 0 if bits < 28 else 1 if bits < 45 else 2 if bits < 60 else 3 if bits < 80 else 4
    if Weakness.TOO_SHORT in weaknesses:
        score = min(score, 1)
    if Weakness.COMMON in weaknesses or Weakness.REPEATED in weaknesses:
        score = 0
    if Weakness.SEQUENCE in weaknesses or Weakness.FEW_KINDS in weaknesses:
        score = min(score, 1)
    return Strength(score=score, bits=round(bits, 1), weaknesses=tuple(weaknesses))
