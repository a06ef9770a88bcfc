"""The vault header (`vault.keys`): plain data and its JSON form.

Everything here is public or wrapped: slot metadata (who, which card, which
KDF parameters) travels in clear and is bound to each slot's ciphertext as
AES-GCM associated data; the whole body (all but the MAC and the failed
unlock counter, which is written when no key is at hand) is MAC'd with a
DEK-derived key, so an edited header is noticed after unlock."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field, replace
from typing import Any

from desktop.domain.audit import AuditHead
from desktop.domain.canonical import canonical_json
from desktop.domain.roles import Role
from desktop.vault.base64_text import b64, unb64
from desktop.vault.kdf import Argon2Params
from desktop.vault.signed import SignedEnvelope

FORMAT = "leadvault.keys"
VERSION = 1
_UNIT_CODE = re.compile(r"^[0-9]{6}$")
_HEX = re.compile(r"^[0-9a-f]*$")


@dataclass(frozen=True)
class EnrolledCard:
    """The card facts recorded at enrollment (public keys as the card reports them)."""

    serial: str
    sig_algorithm: str
    sig_public: bytes
    dec_algorithm: str
    dec_public: bytes
    sig_fingerprint: str  # hex, the card's own OpenPGP fingerprint ("" if it has none)
    dec_fingerprint: str

    def to_json(self) -> dict[str, Any]:
        return {
            "serial": self.serial,
            "sig_algorithm": self.sig_algorithm,
            "sig_public": b64(self.sig_public),
            "dec_algorithm": self.dec_algorithm,
            "dec_public": b64(self.dec_public),
            "sig_fingerprint": self.sig_fingerprint,
            "dec_fingerprint": self.dec_fingerprint,
        }

    @classmethod
    def from_json(cls, d: Any) -> EnrolledCard:
        _need_dict(d)
        return cls(
            serial=_str(d, "serial"),
            sig_algorithm=_str(d, "sig_algorithm"),
            sig_public=unb64(d.get("sig_public")),
            dec_algorithm=_str(d, "dec_algorithm"),
            dec_public=unb64(d.get("dec_public")),
            sig_fingerprint=_hex(d, "sig_fingerprint"),
            dec_fingerprint=_hex(d, "dec_fingerprint"),
        )


@dataclass(frozen=True)
class SlotMeta:
    """Who a slot belongs to and how to rebuild its key; the AEAD associated data."""

    slot_id: str
    user_id: str
    user_name: str
    role: Role
    card: EnrolledCard
    kdf: Argon2Params
    salt: bytes
    ephemeral_point: bytes  # the card ECDH peer point chosen at enrollment
    generation: int  # the DEK generation this slot's ciphertext wraps
    holds_identity_key: bool
    # A viewer's slot wraps only the private half of this X25519 grant key (DESIGN
    # §6), never DEK or IK. Empty for keyholders (and not written: older AD stays).
    grant_public: bytes = b""

    @property
    def is_viewer(self) -> bool:
        return bool(self.grant_public)

    def to_json(self) -> dict[str, Any]:
        return {
            **({"grant_public": b64(self.grant_public)} if self.grant_public else {}),
            "slot_id": self.slot_id,
            "user_id": self.user_id,
            "user_name": self.user_name,
            "role": self.role.value,
            "card": self.card.to_json(),
            "kdf": self.kdf.to_json(),
            "salt": b64(self.salt),
            "ephemeral_point": b64(self.ephemeral_point),
            "generation": self.generation,
            "holds_identity_key": self.holds_identity_key,
        }

    def associated_data(self) -> bytes:
        return canonical_json(self.to_json())

    @classmethod
    def from_json(cls, d: Any) -> SlotMeta:
        _need_dict(d)
        holds_ik = d.get("holds_identity_key")
        if not isinstance(holds_ik, bool):
            raise ValueError("holds_identity_key must be a boolean")
        return cls(
            slot_id=_str(d, "slot_id"),
            user_id=_str(d, "user_id"),
            user_name=_str(d, "user_name"),
            role=Role(_str(d, "role")),
            card=EnrolledCard.from_json(d.get("card")),
            kdf=Argon2Params.from_json(d.get("kdf")),
            salt=unb64(d.get("salt"), 16),
            ephemeral_point=unb64(d.get("ephemeral_point")),
            generation=_int(d, "generation"),
            holds_identity_key=holds_ik,
            grant_public=unb64(d["grant_public"], 32) if "grant_public" in d else b"",
        )


@dataclass(frozen=True)
class CarryEnvelope:
    """The DEK of ``to_generation``, wrapped at a rekey for a user who was not
    there: keyed by that user's card (host-side ECDH to the enrolled decryption
    key), the machine secret and the previous DEK. Folded into a normal slot at
    the user's next unlock."""

    to_generation: int
    ephemeral_point: bytes
    nonce: bytes
    ciphertext: bytes

    def associated_data(self, slot_id: str) -> bytes:
        return canonical_json(
            {
                "slot_id": slot_id,
                "to_generation": self.to_generation,
                "ephemeral_point": b64(self.ephemeral_point),
            }
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "to_generation": self.to_generation,
            "ephemeral_point": b64(self.ephemeral_point),
            "nonce": b64(self.nonce),
            "ciphertext": b64(self.ciphertext),
        }

    @classmethod
    def from_json(cls, d: Any) -> CarryEnvelope:
        _need_dict(d)
        return cls(
            to_generation=_int(d, "to_generation"),
            ephemeral_point=unb64(d.get("ephemeral_point")),
            nonce=unb64(d.get("nonce"), 12),
            ciphertext=unb64(d.get("ciphertext")),
        )


@dataclass(frozen=True)
class UserSlot:
    meta: SlotMeta
    nonce: bytes
    ciphertext: bytes  # AES-256-GCM(KEK, DEK ‖ IK?) with meta as associated data
    carry: tuple[CarryEnvelope, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "meta": self.meta.to_json(),
            "nonce": b64(self.nonce),
            "ciphertext": b64(self.ciphertext),
            "carry": [c.to_json() for c in self.carry],
        }

    @classmethod
    def from_json(cls, d: Any) -> UserSlot:
        _need_dict(d)
        carry = d.get("carry", [])
        if not isinstance(carry, list):
            raise ValueError("carry must be a list")
        return cls(
            meta=SlotMeta.from_json(d.get("meta")),
            nonce=unb64(d.get("nonce"), 12),
            ciphertext=unb64(d.get("ciphertext")),
            carry=tuple(CarryEnvelope.from_json(c) for c in carry),
        )


@dataclass(frozen=True)
class RecoverySlot:
    """DEK ‖ IK ‖ machine secret, sealed to an X25519 key derived from
    Argon2id(recovery code). Sealing needs only the public half, so a rekey
    rewraps it without the code (128 random bits make the public key safe to
    publish: there is no password to guess)."""

    code_id: str
    kdf: Argon2Params
    salt: bytes
    public_key: bytes
    ephemeral_public: bytes
    generation: int
    nonce: bytes
    ciphertext: bytes

    def associated_data(self) -> bytes:
        return canonical_json(
            {
                "code_id": self.code_id,
                "kdf": self.kdf.to_json(),
                "salt": b64(self.salt),
                "public_key": b64(self.public_key),
                "ephemeral_public": b64(self.ephemeral_public),
                "generation": self.generation,
            }
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "code_id": self.code_id,
            "kdf": self.kdf.to_json(),
            "salt": b64(self.salt),
            "public_key": b64(self.public_key),
            "ephemeral_public": b64(self.ephemeral_public),
            "generation": self.generation,
            "nonce": b64(self.nonce),
            "ciphertext": b64(self.ciphertext),
        }

    @classmethod
    def from_json(cls, d: Any) -> RecoverySlot:
        _need_dict(d)
        return cls(
            code_id=_str(d, "code_id"),
            kdf=Argon2Params.from_json(d.get("kdf")),
            salt=unb64(d.get("salt"), 16),
            public_key=unb64(d.get("public_key"), 32),
            ephemeral_public=unb64(d.get("ephemeral_public"), 32),
            generation=_int(d, "generation"),
            nonce=unb64(d.get("nonce"), 12),
            ciphertext=unb64(d.get("ciphertext")),
        )


def head_to_json(head: AuditHead) -> dict[str, Any]:
    return {"seq": head.seq, "hash": head.hash}


def head_from_json(d: Any) -> AuditHead:
    _need_dict(d)
    digest = _hex(d, "hash")
    if len(digest) != 64:
        raise ValueError("audit head hash must be 64 hex digits")
    return AuditHead(seq=_int(d, "seq"), hash=digest)


@dataclass(frozen=True)
class PriorDek:
    """During a rekey only: the previous DEK wrapped under the new one, so a
    crash before the database was re-encrypted still opens (and is rolled forward)."""

    generation: int
    nonce: bytes
    ciphertext: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "generation": self.generation,
            "nonce": b64(self.nonce),
            "ciphertext": b64(self.ciphertext),
        }

    @classmethod
    def from_json(cls, d: Any) -> PriorDek:
        _need_dict(d)
        return cls(
            generation=_int(d, "generation"),
            nonce=unb64(d.get("nonce"), 12),
            ciphertext=unb64(d.get("ciphertext")),
        )


@dataclass(frozen=True)
class FailedUnlocks:
    """Consecutive failed unlocks since the last success (no secrets)."""

    count: int = 0
    last_at: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"count": self.count, "last_at": self.last_at}

    @classmethod
    def from_json(cls, d: Any) -> FailedUnlocks:
        if d is None:
            return cls()
        _need_dict(d)
        last = d.get("last_at")
        if last is not None and not isinstance(last, str):
            raise ValueError("last_at must be text")
        return cls(count=_int(d, "count"), last_at=last)


@dataclass(frozen=True)
class VaultHeader:
    vault_id: str
    unit_code: str
    unit_name: str
    created_at: str
    demo: bool
    kdf: Argon2Params  # calibrated at creation; used for every new slot
    dek_generation: int
    slots: tuple[UserSlot, ...]
    recovery: RecoverySlot
    audit_head: AuditHead
    prior_dek: PriorDek | None = None
    mac: bytes = b""
    failed_unlocks: FailedUnlocks = field(default_factory=FailedUnlocks)
    # The signed roster chain, v1 first (DESIGN §6); empty only in a vault made
    # before rosters existed, until its chief's next unlock signs v1.
    roster: tuple[SignedEnvelope, ...] = ()
    # Made for development: test cards and the virtual reader are accepted.
    development: bool = False
    # Viewers' slots: outside the MAC (a viewer has no DEK to renew it with, and a
    # viewer slot holds nothing but his own grant key, bound to the signed roster).
    viewer_slots: tuple[UserSlot, ...] = ()

    @property
    def vault_uuid_bytes(self) -> bytes:
        return uuid.UUID(self.vault_id).bytes

    @property
    def all_slots(self) -> tuple[UserSlot, ...]:
        return (*self.slots, *self.viewer_slots)

    def slot_for_card(self, serial: str) -> UserSlot | None:
        return next((s for s in self.all_slots if s.meta.card.serial == serial), None)

    def slot_for_user(self, user_name: str) -> UserSlot | None:
        return next((s for s in self.all_slots if s.meta.user_name == user_name), None)

    def body_json(self) -> dict[str, Any]:
        """Everything the MAC covers."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "unit_code": self.unit_code,
            "unit_name": self.unit_name,
            "created_at": self.created_at,
            "demo": self.demo,
            "kdf": self.kdf.to_json(),
            "dek_generation": self.dek_generation,
            "slots": [s.to_json() for s in self.slots],
            "recovery": self.recovery.to_json(),
            "audit_head": head_to_json(self.audit_head),
            "prior_dek": None if self.prior_dek is None else self.prior_dek.to_json(),
            # Written only when present, so the MAC of an older header stays valid.
            **({"roster": [s.to_json() for s in self.roster]} if self.roster else {}),
            **({"development": True} if self.development else {}),
        }

    def mac_input(self) -> bytes:
        return canonical_json(self.body_json())

    def to_bytes(self) -> bytes:
        doc = self.body_json()
        doc["mac"] = self.mac.hex()
        doc["failed_unlocks"] = self.failed_unlocks.to_json()
        if self.viewer_slots:
            doc["viewer_slots"] = [s.to_json() for s in self.viewer_slots]
        return (json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()

    def with_changes(self, **changes: Any) -> VaultHeader:
        return replace(self, **changes)


def parse_header(data: bytes) -> VaultHeader:
    """Strict parse; any defect raises ValueError with a short reason."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not JSON ({exc.__class__.__name__})") from None
    _need_dict(doc)
    if doc.get("format") != FORMAT:
        raise ValueError("not a LeadVault header")
    if doc.get("version") != VERSION:
        raise ValueError(f"unsupported header version {doc.get('version')!r}")
    try:
        vault_id = str(uuid.UUID(_str(doc, "vault_id")))
        unit_code = _str(doc, "unit_code")
        if not _UNIT_CODE.match(unit_code):
            raise ValueError("unit code must be six digits")
        demo = doc.get("demo")
        if not isinstance(demo, bool):
            raise ValueError("demo must be a boolean")
        slots = doc.get("slots")
        if not isinstance(slots, list):
            raise ValueError("slots must be a list")
        prior = doc.get("prior_dek")
        mac_hex = _hex(doc, "mac")
        # Both are written only when present (the MAC of older headers stays valid),
        # so an empty roster or a false flag is not a spelling the software makes.
        roster = doc.get("roster", [])
        if "roster" in doc and (not isinstance(roster, list) or not roster):
            raise ValueError("roster must be a non-empty list")
        if "development" in doc and doc["development"] is not True:
            raise ValueError("development must be true when present")
        development = "development" in doc
        viewer_slots = doc.get("viewer_slots", [])
        if not isinstance(viewer_slots, list):
            raise ValueError("viewer_slots must be a list")
        return VaultHeader(
            vault_id=vault_id,
            unit_code=unit_code,
            unit_name=_str(doc, "unit_name"),
            created_at=_str(doc, "created_at"),
            demo=demo,
            kdf=Argon2Params.from_json(doc.get("kdf")),
            dek_generation=_int(doc, "dek_generation"),
            slots=tuple(UserSlot.from_json(s) for s in slots),
            recovery=RecoverySlot.from_json(doc.get("recovery")),
            audit_head=head_from_json(doc.get("audit_head")),
            prior_dek=None if prior is None else PriorDek.from_json(prior),
            mac=bytes.fromhex(mac_hex),
            failed_unlocks=FailedUnlocks.from_json(doc.get("failed_unlocks")),
            roster=tuple(SignedEnvelope.from_json(r) for r in roster),
            development=development,
            viewer_slots=tuple(UserSlot.from_json(s) for s in viewer_slots),
        )
    except (ValueError, TypeError, KeyError) as exc:
        raise ValueError(str(exc) or exc.__class__.__name__) from None


def _need_dict(d: Any) -> None:
    if not isinstance(d, dict):
        raise ValueError("expected an object")


def _str(d: dict[str, Any], key: str) -> str:
    v = d.get(key)
    if not isinstance(v, str):
        raise ValueError(f"{key} must be text")
    return v


def _int(d: dict[str, Any], key: str) -> int:
    v = d.get(key)
    if not isinstance(v, int) or isinstance(v, bool) or v < 0:
        raise ValueError(f"{key} must be a non-negative integer")
    return v


def _hex(d: dict[str, Any], key: str) -> str:
    v = _str(d, key)
    if not _HEX.match(v) or len(v) % 2:
        raise ValueError(f"{key} must be lower-case hex")
    return v
