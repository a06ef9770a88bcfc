"""Informant identity encryption (DESIGN.md §2 "IK").

Each lead has its own random 256-bit identity key, stored wrapped by IK. Every
identity field is a separate AES-256-GCM ciphertext under the lead key whose
associated data names the lead, the report and the field, so a ciphertext copied to
another lead, report or field does not open. A session without IK (staff) gets
IdentityKeyMissing before any decryption is tried.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Mapping

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.domain.leads import InformantIdentity, LeadId, Relative, ReportId
from desktop.leads.errors import IdentityCorrupt, IdentityKeyMissing

KEY_BYTES = 32
NONCE_BYTES = 12
_WRAP_AAD = "leadvault lead key v1|lead:{lead}"
_FIELD_AAD = "leadvault identity v1|lead:{lead}|report:{report}|{field}"
FIELDS = ("name", "id_number", "unit", "address", "phones", "relatives")


def new_lead_key() -> bytes:
    return os.urandom(KEY_BYTES)


def _require(ik: bytes | bytearray | None) -> bytes:
    if ik is None:
        raise IdentityKeyMissing("this session holds no identity key")
    if len(ik) != KEY_BYTES:
        raise ValueError("the identity key has 32 bytes")
    return bytes(ik)


def _seal(key: bytes | AESGCM, plain: bytes, aad: str) -> bytes:
    aead = key if isinstance(key, AESGCM) else AESGCM(key)
    nonce = os.urandom(NONCE_BYTES)
    return nonce + aead.encrypt(nonce, plain, aad.encode())


def _open(key: bytes, sealed: bytes, aad: str) -> bytes:
    try:
        return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], aad.encode())
    except (InvalidTag, ValueError):
        raise IdentityCorrupt("an identity ciphertext does not authenticate") from None


def wrap_lead_key(ik: bytes | bytearray | None, lead_id: LeadId, lead_key: bytes) -> bytes:
    return _seal(_require(ik), lead_key, _WRAP_AAD.format(lead=lead_id))


def lead_key_wrapper(ik: bytes | bytearray | None) -> Callable[[LeadId, bytes], bytes]:
    """wrap_lead_key with the cipher set up once (a bulk import wraps thousands of keys)."""
    aead = AESGCM(_require(ik))

    def wrap(lead_id: LeadId, lead_key: bytes) -> bytes:
        return _seal(aead, lead_key, _WRAP_AAD.format(lead=lead_id))

    return wrap


def unwrap_lead_key(ik: bytes | bytearray | None, lead_id: LeadId, wrapped: bytes) -> bytes:
    return _open(_require(ik), wrapped, _WRAP_AAD.format(lead=lead_id))


# Strings json.dumps would write between quotes unchanged (ensure_ascii=False escapes
# only quotes, backslashes and C0 controls): normalized phone numbers always are.
_JSON_PLAIN = re.compile(r'[^"\\\x00-\x1f]*')


def _json_strings(items: tuple[str, ...]) -> str:
    """json.dumps(list(items), ensure_ascii=False), without the encoder's set-up cost."""
    if all(_JSON_PLAIN.fullmatch(item) for item in items):
        return '["' + '", "'.join(items) + '"]'
    return json.dumps(list(items), ensure_ascii=False)


def _field_values(identity: InformantIdentity) -> dict[str, str]:
    values = {
        "name": identity.name,
        "id_number": identity.id_number,
        "unit": identity.unit,
        "address": identity.address,
        "phones": _json_strings(identity.phones) if identity.phones else "",
        "relatives": json.dumps(
            [[r.name, r.relation, r.phone] for r in identity.relatives], ensure_ascii=False
        ) if identity.relatives else "",
    }
    return {field: value for field, value in values.items() if value}


def encrypt_identity(
    lead_key: bytes, lead_id: LeadId, report_id: ReportId, identity: InformantIdentity
) -> dict[str, bytes]:
    """field name → ciphertext, for the fields that hold something."""
    values = _field_values(identity)
    if not values:
        return {}
    aead = AESGCM(lead_key)  # one cipher object per lead, not per field
    return {
        field: _seal(aead, value.encode(),
                     _FIELD_AAD.format(lead=lead_id, report=report_id, field=field))
        for field, value in values.items()
    }


def decrypt_identity(
    lead_key: bytes, lead_id: LeadId, report_id: ReportId, sealed: Mapping[str, bytes]
) -> InformantIdentity:
    plain: dict[str, str] = {}
    for field, ciphertext in sealed.items():
        if field not in FIELDS:
            raise IdentityCorrupt("an unknown identity field")
        aad = _FIELD_AAD.format(lead=lead_id, report=report_id, field=field)
        plain[field] = _open(lead_key, ciphertext, aad).decode()
    phones: list[str] = json.loads(plain["phones"]) if "phones" in plain else []
    relatives: list[list[str]] = json.loads(plain["relatives"]) if "relatives" in plain else []
    return InformantIdentity(
        name=plain.get("name", ""),
        id_number=plain.get("id_number", ""),
        unit=plain.get("unit", ""),
        address=plain.get("address", ""),
        phones=tuple(phones),
        relatives=tuple(Relative(*r) for r in relatives),
    )


def seal_blob(lead_key: bytes, lead_id: LeadId, sha256: str, content: bytes) -> bytes:
    """Attachments (a signed letter names its writer) are sealed with the lead key too."""
    return _seal(lead_key, content, f"leadvault attachment v1|lead:{lead_id}|{sha256}")


def open_blob(lead_key: bytes, lead_id: LeadId, sha256: str, sealed: bytes) -> bytes:
    return _open(lead_key, sealed, f"leadvault attachment v1|lead:{lead_id}|{sha256}")
