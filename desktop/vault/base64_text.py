"""Binary values of the vault header and its records as base64 text."""

from __future__ import annotations

import base64
from typing import Any


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any, length: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    data = base64.b64decode(text.encode("ascii"), validate=True)
    if length is not None and len(data) != length:
        raise ValueError(f"expected {length} bytes, got {len(data)}")
    return data
