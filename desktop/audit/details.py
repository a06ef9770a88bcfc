"""What may go into an audit record's details: metadata only, never identity or content.

The log is append-only and outlives every lead, so a name or a piece of report text
written into it could never be removed. Details therefore hold ids, counts, flags,
codes and short labels. This module rejects the obvious mistakes: keys that name
identity, content or secrets (at any depth), values holding an ID or mobile number,
floats (not canonical), and long strings (content does not fit in MAX_TEXT
characters; labels do).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from desktop.audit.errors import ForbiddenAuditDetail, InvalidAuditField
from desktop.domain.audit import Details, JsonValue

MAX_TEXT = 200
MAX_DEPTH = 4

# A key is refused when its whole text, or any word of it, is one of these.
FORBIDDEN_KEYS = frozenset({
    "name", "informant_name", "real_name", "id_number", "idcard", "original_text",
    "reported_person", "reported_persons", "pin", "dek", "ik", "kek", "key",
    "recovery_code", "machine_secret",
})
FORBIDDEN_WORDS = frozenset({
    "informant", "identity", "content", "contents", "text", "body", "plaintext",
    "password", "passphrase", "secret", "phone", "telephone", "mobile", "address",
    "email",
})
# A value that is a resident ID number (18 characters) or a mainland mobile number,
# standing alone between non-alphanumerics: an identity slipped in under a harmless
# key. Hashes and fingerprints are longer runs of hex, so they never match.
_IDENTITY_VALUE = re.compile(
    r"(?<![0-9A-Za-z])(?:[1-9]\d{16}[0-9Xx]|1[3-9]\d{9})(?![0-9A-Za-z])"
)
_WORD = re.compile(r"[a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _words(key: str) -> list[str]:
    return _WORD.findall(_CAMEL.sub("_", key).lower())


def check_key(key: str) -> None:
    normal = "_".join(_words(key))
    if normal in FORBIDDEN_KEYS or any(w in FORBIDDEN_WORDS for w in _words(key)):
        raise ForbiddenAuditDetail(key)


def check_details(details: Details) -> None:
    """Raise ForbiddenAuditDetail or InvalidAuditField; return None when details are fine."""
    if not isinstance(details, Mapping):
        raise InvalidAuditField("details", "must be a JSON object")
    _check_value(details, depth=0)


def _check_value(value: JsonValue, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise InvalidAuditField("details", f"nested deeper than {MAX_DEPTH}")
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, int):
        if _IDENTITY_VALUE.fullmatch(str(value)):  # a phone number typed as a number
            raise InvalidAuditField("details", "a number looks like an ID or phone number")
        return
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            raise InvalidAuditField("details", f"a text value is longer than {MAX_TEXT}")
        _check_utf8(value)
        if _IDENTITY_VALUE.search(unicodedata.normalize("NFKC", value)):
            raise InvalidAuditField("details", "a text value holds an ID or phone number")
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise InvalidAuditField("details", "keys must be text")
            _check_utf8(key)
            check_key(key)
            _check_value(item, depth + 1)
        return
    if isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        for item in value:
            _check_value(item, depth + 1)
        return
    raise InvalidAuditField("details", f"unsupported value type {type(value).__name__}")


def _check_utf8(text: str) -> None:
    # The hash is over UTF-8 bytes; a lone surrogate has none.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InvalidAuditField("details", "text is not valid Unicode") from error
