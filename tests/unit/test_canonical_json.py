"""The one canonical JSON (desktop.domain.canonical) that audit, vault and db share:
stored audit chains must keep verifying, so its bytes are pinned here."""

from __future__ import annotations

import math

import pytest

from desktop.audit.canonical import record_hash
from desktop.domain.canonical import canonical_json


def test_sorted_compact_utf8_bytes() -> None:
    value = {"b": [1, True, None], "a": {"单位": "某市", "z": ""}, "c": False}
    assert canonical_json(value) == (
        '{"a":{"z":"","单位":"某市"},"b":[1,true,null],"c":false}'.encode()
    )


def test_refuses_nan_and_infinity() -> None:
    for bad in (math.nan, math.inf):
        with pytest.raises(ValueError):
            canonical_json({"x": bad})


def test_audit_record_hash_is_pinned() -> None:
    # Computed with the audit module's own canonical_json before the two were merged:
    # a record hashed then must hash the same now, or stored chains stop verifying.
    details = {"report": 5, "number": "2026-000012", "anonymous": False, "reports": [1, 2],
               "note": None, "单位": "某市"}
    assert record_hash(7, "2026-11-29T09:36:43.152000Z", "user:3", "lead.identity.view",
                       "lead:12", details, "a" * 64) == (
        "9b37515b70e2ec9d488c7d088ccd805b4082f8d24925fda56b49fc718b8f45b1"
    )
