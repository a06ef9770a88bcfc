"""The one canonical JSON (DESIGN.md §6): UTF-8, sorted keys, no whitespace.

The bytes that are hashed (audit records), MAC'd, signed or bound as associated data
(vault header, enrollment and unsealing records) must not depend on dict order or on
the encoder's defaults. Values are str, int, bool, None, lists and dicts; NaN and
infinities are refused (floats have no single text form and are never used).
"""

from __future__ import annotations

import json


def canonical_json(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")
