"""Building and opening user slots with a card: the card factor at enrollment
(confirmed by the card itself), sealing a slot under the three-factor KEK,
opening one (and carrying it forward over rekeys), and the carry envelopes a
rekey gives to users who were not there. No files, no database: the flows
in service.py, user_admin.py, recovery_flow.py and rekey_flow.py do that."""

from __future__ import annotations

import os
import secrets
import uuid
from dataclasses import dataclass

from desktop.domain.roles import Role
from desktop.ports import SmartCard
from desktop.vault import card_factor, kdf, slot_crypto
from desktop.vault.enrollment import dec_key
from desktop.vault.errors import CardMismatch, UserNotFound, WrongPassword
from desktop.vault.header import EnrolledCard, SlotMeta, UserSlot, VaultHeader
from desktop.vault.session import Session, VaultKeys
from desktop.vault.wipe import wipe


def open_user_slot(
    header: VaultHeader,
    slot: UserSlot,
    card: SmartCard,
    pin: str,
    password: str,
    machine: bytearray,
    *,
    k_password: bytearray | None = None,
) -> VaultKeys:
    """The slot's keys, carried forward to the header's DEK generation.
    ``k_password``: Argon2id of the password, when the caller has it already."""
    if k_password is None:
        k_password = kdf.derive(password.encode("utf-8"), slot.meta.salt, slot.meta.kdf)
    k_card = bytearray()
    kek = bytearray()
    try:
        k_card = card_factor.from_card(card, pin, slot.meta.ephemeral_point)
        kek = slot_crypto.slot_kek(
            k_password, k_card, machine, header.vault_uuid_bytes, slot.meta.slot_id
        )
        dek, ik = slot_crypto.open_slot(slot, kek)
    finally:
        wipe(k_password, k_card, kek)
    generation = slot.meta.generation
    for envelope in slot.carry:
        if envelope.to_generation != generation + 1:
            wipe(dek, ik)
            raise WrongPassword()
        k_env = card_factor.from_card(card, pin, envelope.ephemeral_point)
        key = slot_crypto.carry_key(
            k_env,
            machine,
            dek,
            header.vault_uuid_bytes,
            slot.meta.slot_id,
            envelope.to_generation,
        )
        try:
            next_dek = slot_crypto.open_carry(envelope, slot.meta.slot_id, key)
        except WrongPassword:
            wipe(dek, ik)
            raise
        finally:
            wipe(k_env, key)
        wipe(dek)
        dek, generation = next_dek, envelope.to_generation
    if generation != header.dek_generation:
        wipe(dek, ik)
        raise WrongPassword()
    return VaultKeys(dek, ik)


def enroll_card_factor(
    card: SmartCard, pin: str, enrolled: EnrolledCard
) -> tuple[bytes, bytearray]:
    """Host-side ECDH with the card's decryption key, confirmed by the card
    itself (after its PIN): a card that computes something else would make a
    slot nobody can open."""
    point, k_card = card_factor.enroll(dec_key(enrolled))
    on_card = card_factor.from_card(card, pin, point)
    try:
        if not secrets.compare_digest(bytes(on_card), bytes(k_card)):
            wipe(k_card)
            raise CardMismatch(enrolled.serial)
    finally:
        wipe(on_card)
    return point, k_card


@dataclass
class NewCardFactors:
    """A new slot's card and password parts, derived while the new card was in the
    reader: with one reader (DESIGN §2) the slot is sealed later, after the chief's
    card has signed, without that card. Wiped once sealed or abandoned."""

    point: bytes
    k_card: bytearray
    salt: bytes
    k_password: bytearray
    params: kdf.Argon2Params

    def wipe(self) -> None:
        wipe(self.k_card, self.k_password)


def new_card_factors(card: SmartCard, pin: str, enrolled: EnrolledCard, password: str,
                     params: kdf.Argon2Params) -> NewCardFactors:
    """The card factor (confirmed by the card, after its PIN) and the password's key."""
    point, k_card = enroll_card_factor(card, pin, enrolled)
    salt = os.urandom(kdf.SALT_LENGTH)
    try:
        k_password = kdf.derive(password.encode("utf-8"), salt, params)
    except BaseException:
        wipe(k_card)
        raise
    return NewCardFactors(point, k_card, salt, k_password, params)


def seal_new_slot(
    vault_id: str,
    user_id: str,
    user_name: str,
    role: Role,
    enrolled: EnrolledCard,
    params: kdf.Argon2Params,
    point: bytes,
    k_card: bytearray,
    password: str,
    machine: bytearray,
    dek: bytearray,
    ik: bytearray | None,
    *,
    generation: int,
    slot_id: str | None = None,
    grant_key: bytearray | None = None,
) -> UserSlot:
    """A keyholder's slot (DEK, and IK for the roles that receive it) — or, given
    ``grant_key``, a viewer's slot that wraps that key and nothing else (DESIGN §6)."""
    salt = os.urandom(kdf.SALT_LENGTH)
    factors = NewCardFactors(point, k_card, salt,
                             kdf.derive(password.encode("utf-8"), salt, params), params)
    try:
        return seal_with_factors(vault_id, user_id, user_name, role, enrolled, factors, machine,
                                 dek, ik, generation=generation, slot_id=slot_id,
                                 grant_key=grant_key)
    finally:
        wipe(factors.k_password)  # k_card is the caller's


def seal_with_factors(
    vault_id: str,
    user_id: str,
    user_name: str,
    role: Role,
    enrolled: EnrolledCard,
    factors: NewCardFactors,
    machine: bytearray,
    dek: bytearray,
    ik: bytearray | None,
    *,
    generation: int,
    slot_id: str | None = None,
    grant_key: bytearray | None = None,
) -> UserSlot:
    """seal_new_slot with factors derived before (they stay the caller's to wipe)."""
    meta = SlotMeta(
        slot_id=slot_id or uuid.uuid4().hex,
        user_id=user_id,
        user_name=user_name,
        role=role,
        card=enrolled,
        kdf=factors.params,
        salt=factors.salt,
        ephemeral_point=factors.point,
        generation=0 if grant_key is not None else generation,
        holds_identity_key=grant_key is None and role.receives_identity_key,
        grant_public=b"" if grant_key is None else grant_public_of(grant_key),
    )
    kek = slot_crypto.slot_kek(factors.k_password, factors.k_card, machine,
                               uuid.UUID(vault_id).bytes, meta.slot_id)
    try:
        if grant_key is not None:
            return slot_crypto.seal_slot(meta, kek, grant_key, None)
        return slot_crypto.seal_slot(meta, kek, dek, ik if meta.holds_identity_key else None)
    finally:
        wipe(kek)


def new_grant_key() -> tuple[bytearray, bytes]:
    """A viewer's X25519 grant key pair (private, public)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    private = X25519PrivateKey.generate()
    return bytearray(private.private_bytes_raw()), private.public_key().public_bytes_raw()


def grant_public_of(private: bytearray) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return X25519PrivateKey.from_private_bytes(bytes(private)).public_key().public_bytes_raw()


def open_viewer_slot(
    header: VaultHeader, slot: UserSlot, card: SmartCard, pin: str, machine: bytearray,
    k_password: bytearray,
) -> bytearray:
    """The viewer's grant key (WrongPassword as for any slot)."""
    k_card = bytearray()
    kek = bytearray()
    try:
        k_card = card_factor.from_card(card, pin, slot.meta.ephemeral_point)
        kek = slot_crypto.slot_kek(
            k_password, k_card, machine, header.vault_uuid_bytes, slot.meta.slot_id
        )
        grant_key, _ = slot_crypto.open_slot(slot, kek)
    finally:
        wipe(k_password, k_card, kek)
    if grant_public_of(grant_key) != slot.meta.grant_public:
        wipe(grant_key)
        raise WrongPassword()
    return grant_key


def reseal_slot(
    header: VaultHeader,
    meta: SlotMeta,
    card: SmartCard,
    pin: str,
    password: str,
    machine: bytearray,
    keys: VaultKeys,
    *,
    new_password: str | None,
    generation: int,
) -> UserSlot:
    """A fresh slot (new salt, new ephemeral point) for the same user and card."""
    card_facts = meta.card
    point, k_card = enroll_card_factor(card, pin, card_facts)
    try:
        return seal_new_slot(
            header.vault_id,
            meta.user_id,
            meta.user_name,
            meta.role,
            card_facts,
            meta.kdf,
            point,
            k_card,
            new_password if new_password is not None else password,
            machine,
            keys.dek,
            keys.ik if meta.holds_identity_key else None,
            generation=generation,
            slot_id=meta.slot_id,
        )
    finally:
        wipe(k_card)


def require_card(card: SmartCard, slot: UserSlot) -> None:
    serial = card.info().serial
    if serial != slot.meta.card.serial:
        raise CardMismatch(serial)


def random_key() -> bytearray:
    return bytearray(secrets.token_bytes(32))


def session_slot(header: VaultHeader, session: Session) -> UserSlot:
    slot = next((s for s in header.all_slots if s.meta.slot_id == session.slot_id), None)
    if slot is None:
        raise UserNotFound(session.user.name)
    return slot


def replace_slot(header: VaultHeader, fresh: UserSlot) -> VaultHeader:
    def swap(slots: tuple[UserSlot, ...]) -> tuple[UserSlot, ...]:
        return tuple(fresh if s.meta.slot_id == fresh.meta.slot_id else s for s in slots)

    return header.with_changes(slots=swap(header.slots), viewer_slots=swap(header.viewer_slots))


def add_carry(
    slot: UserSlot,
    machine: bytearray,
    old_dek: bytearray,
    new_dek: bytearray,
    vault_uuid: bytes,
    generation: int,
) -> UserSlot:
    point, k_card = card_factor.enroll(dec_key(slot.meta.card))
    key = slot_crypto.carry_key(k_card, machine, old_dek, vault_uuid, slot.meta.slot_id, generation)
    try:
        envelope = slot_crypto.seal_carry(slot.meta.slot_id, generation, point, key, new_dek)
    finally:
        wipe(k_card, key)
    return UserSlot(
        meta=slot.meta, nonce=slot.nonce, ciphertext=slot.ciphertext, carry=(*slot.carry, envelope)
    )
