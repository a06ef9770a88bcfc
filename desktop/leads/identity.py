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
from collections.abc import Callable, Mapping

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.domain.leads import InformantIdentity, LeadId, Relative, ReportId
from desktop.leads.errors import IdentityCorrupt, IdentityKeyMissing
from desktop.leads.random_pool import Random

KEY_BYTES = 32
NONCE_BYTES = 12
_WRAP_AAD = "leadvault lead key v1|lead:{lead}"
_WRAP_AAD_HEAD = b"leadvault lead key v1|lead:"  # _WRAP_AAD's bytes before the id
_FIELD_AAD = "leadvault identity v1|lead:{lead}|report:{report}|{field}"
FIELDS = ("name", "id_number", "unit", "address", "phones", "relatives")


def new_lead_key(random: Random = os.urandom) -> bytes:
    return random(KEY_BYTES)


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


def lead_key_wrapper(ik: bytes | bytearray | None, random: Random = os.urandom
                     ) -> Callable[[LeadId, bytes], bytes]:
    """wrap_lead_key with the cipher set up once (a bulk import wraps thousands of keys)."""
    encrypt = AESGCM(_require(ik)).encrypt

    def wrap(lead_id: LeadId, lead_key: bytes) -> bytes:
        nonce = random(NONCE_BYTES)
        return nonce + encrypt(nonce, lead_key, _WRAP_AAD_HEAD + b"%d" % lead_id)

    return wrap


def unwrap_lead_key(ik: bytes | bytearray | None, lead_id: LeadId, wrapped: bytes) -> bytes:
    return _open(_require(ik), wrapped, _WRAP_AAD.format(lead=lead_id))


def _json_strings(items: tuple[str, ...]) -> str:
    """json.dumps(list(items), ensure_ascii=False), without the encoder's set-up cost.
    That encoder escapes only quotes, backslashes and C0 controls; a printable string
    (normalized phone numbers always are) holds no control, so it is written as is."""
    joined = '", "'.join(items)
    if joined.isprintable() and "\\" not in joined and joined.count('"') == 2 * (len(items) - 1):
        return '["' + joined + '"]'
    return json.dumps(list(items), ensure_ascii=False)


def _field_values(identity: InformantIdentity) -> dict[str, str]:
    """The fields that hold something (most reports are anonymous: nothing)."""
    values: dict[str, str] = {}
    if identity.name:
        values["name"] = identity.name
    if identity.id_number:
        values["id_number"] = identity.id_number
    if identity.unit:
        values["unit"] = identity.unit
    if identity.address:
        values["address"] = identity.address
    if identity.phones:
        values["phones"] = _json_strings(identity.phones)
    if identity.relatives:
        values["relatives"] = json.dumps(
            [[r.name, r.relation, r.phone] for r in identity.relatives], ensure_ascii=False
        )
    return values


# _FIELD_AAD as bytes in parts: a bulk import seals ~3 fields for each of thousands of
# reports, so the report's part is formatted once and each field's tail is ready-made.
_FIELD_AAD_HEAD = b"leadvault identity v1|lead:"
_FIELD_AAD_TAIL = {field: b"|" + field.encode() for field in FIELDS}


def encrypt_identity(
    lead_key: bytes, lead_id: LeadId, report_id: ReportId, identity: InformantIdentity,
    random: Random = os.urandom,
) -> dict[str, bytes]:
    """field name → ciphertext, for the fields that hold something."""
    if not any(identity):
        return {}  # most reports are anonymous: nothing to seal
    values = _field_values(identity)
    encrypt = AESGCM(lead_key).encrypt  # one cipher object per lead, not per field
    head = _FIELD_AAD_HEAD + b"%d|report:%d" % (lead_id, report_id)
    tails = _FIELD_AAD_TAIL
    sealed: dict[str, bytes] = {}
    for field, value in values.items():
        nonce = random(NONCE_BYTES)  # fresh for every field
        sealed[field] = nonce + encrypt(nonce, value.encode(), head + tails[field])
    return sealed


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


# Drafts of the entry form may hold an informant's identity half-typed: they are
# sealed under IK like stored identities, so the database key alone reads none.
_DRAFT_AAD = "leadvault draft v1|owner:{owner}|{form}"
DRAFT_MARK = b"LVD1"  # a sealed draft; drafts saved before sealing existed are plain


def seal_draft(ik: bytes | bytearray | None, owner: int, form_kind: str, payload: bytes
               ) -> bytes:
    return DRAFT_MARK + _seal(_require(ik), payload, _DRAFT_AAD.format(owner=owner,
                                                                      form=form_kind))


def open_draft(ik: bytes | bytearray | None, owner: int, form_kind: str, stored: bytes
               ) -> bytes:
    """The draft's payload; IdentityCorrupt when it was altered, moved to another
    user or form, or sealed under another key."""
    if not stored.startswith(DRAFT_MARK):
        return stored  # saved by an earlier version, before drafts were sealed
    return _open(_require(ik), stored[len(DRAFT_MARK):],
                 _DRAFT_AAD.format(owner=owner, form=form_kind))
