"""Wrapping and unwrapping keys: user slots, rekey carry envelopes, the prior
DEK during a rekey, and the header MAC. AES-256-GCM and HKDF-SHA256 only."""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.domain.canonical import canonical_json
from desktop.vault.errors import WrongPassword
from desktop.vault.header import CarryEnvelope, PriorDek, SlotMeta, UserSlot, VaultHeader
from desktop.vault.wipe import wipe

SLOT_INFO = b"leadvault slot v1"
CARRY_INFO = b"leadvault rekey v1"
PRIOR_INFO = b"leadvault prior dek v1"
HEAD_MAC_INFO = b"leadvault audit head v1"
KEY_LEN = 32


def hkdf(ikm: bytes | bytearray, salt: bytes, info: bytes) -> bytearray:
    return bytearray(
        HKDF(algorithm=SHA256(), length=KEY_LEN, salt=salt, info=info).derive(bytes(ikm))
    )


def slot_kek(
    k_password: bytearray,
    k_card: bytearray,
    k_machine: bytes | bytearray,
    vault_uuid: bytes,
    slot_id: str,
) -> bytearray:
    """KEK = HKDF-SHA256(K_password ‖ K_card ‖ K_machine, salt = vault UUID,
    info = "leadvault slot v1" ‖ slot id)."""
    ikm = bytearray(k_password) + bytearray(k_card) + bytearray(k_machine)
    try:
        return hkdf(ikm, vault_uuid, SLOT_INFO + slot_id.encode())
    finally:
        wipe(ikm)


def seal_slot(meta: SlotMeta, kek: bytearray, dek: bytearray, ik: bytearray | None) -> UserSlot:
    if meta.holds_identity_key != (ik is not None):
        raise ValueError("the identity key goes to exactly the slots whose role receives it")
    plain = bytearray(dek) + (bytearray(ik) if ik is not None else bytearray())
    nonce = os.urandom(12)
    try:
        ct = AESGCM(bytes(kek)).encrypt(nonce, bytes(plain), meta.associated_data())
    finally:
        wipe(plain)
    return UserSlot(meta=meta, nonce=nonce, ciphertext=ct)


def open_slot(slot: UserSlot, kek: bytearray) -> tuple[bytearray, bytearray | None]:
    """(DEK of slot.meta.generation, IK or None). WrongPassword on any failure:
    a wrong password, a wrong machine secret and an edited header look alike."""
    try:
        plain = bytearray(
            AESGCM(bytes(kek)).decrypt(slot.nonce, slot.ciphertext, slot.meta.associated_data())
        )
    except InvalidTag:
        raise WrongPassword() from None
    expected = KEY_LEN * (2 if slot.meta.holds_identity_key else 1)
    if len(plain) != expected:
        wipe(plain)
        raise WrongPassword()
    dek = plain[:KEY_LEN]
    ik = plain[KEY_LEN:] if slot.meta.holds_identity_key else None
    wipe(plain)
    return dek, ik


def carry_key(
    k_card: bytearray,
    k_machine: bytes | bytearray,
    previous_dek: bytearray,
    vault_uuid: bytes,
    slot_id: str,
    to_generation: int,
) -> bytearray:
    ikm = bytearray(k_card) + bytearray(k_machine) + bytearray(previous_dek)
    try:
        return hkdf(ikm, vault_uuid, CARRY_INFO + f"{slot_id}:{to_generation}".encode())
    finally:
        wipe(ikm)


def seal_carry(
    slot_id: str, to_generation: int, ephemeral_point: bytes, key: bytearray, new_dek: bytearray
) -> CarryEnvelope:
    env = CarryEnvelope(
        to_generation=to_generation,
        ephemeral_point=ephemeral_point,
        nonce=os.urandom(12),
        ciphertext=b"",
    )
    ct = AESGCM(bytes(key)).encrypt(env.nonce, bytes(new_dek), env.associated_data(slot_id))
    return CarryEnvelope(to_generation, ephemeral_point, env.nonce, ct)


def open_carry(env: CarryEnvelope, slot_id: str, key: bytearray) -> bytearray:
    try:
        return bytearray(
            AESGCM(bytes(key)).decrypt(env.nonce, env.ciphertext, env.associated_data(slot_id))
        )
    except InvalidTag:
        raise WrongPassword() from None


def seal_prior(
    previous_dek: bytearray, previous_generation: int, new_dek: bytearray, vault_uuid: bytes
) -> PriorDek:
    key = hkdf(new_dek, vault_uuid, PRIOR_INFO)
    nonce = os.urandom(12)
    aad = canonical_json({"generation": previous_generation})
    ct = AESGCM(bytes(key)).encrypt(nonce, bytes(previous_dek), aad)
    wipe(key)
    return PriorDek(generation=previous_generation, nonce=nonce, ciphertext=ct)


def open_prior(prior: PriorDek, new_dek: bytearray, vault_uuid: bytes) -> bytearray | None:
    key = hkdf(new_dek, vault_uuid, PRIOR_INFO)
    try:
        aad = canonical_json({"generation": prior.generation})
        return bytearray(AESGCM(bytes(key)).decrypt(prior.nonce, prior.ciphertext, aad))
    except InvalidTag:
        return None
    finally:
        wipe(key)


def header_mac(header: VaultHeader, dek: bytearray) -> bytes:
    """HMAC-SHA256 over the header body (audit head included) with
    HKDF(DEK, info = "leadvault audit head v1")."""
    key = hkdf(dek, header.vault_uuid_bytes, HEAD_MAC_INFO)
    try:
        return hmac.new(bytes(key), header.mac_input(), hashlib.sha256).digest()
    finally:
        wipe(key)


def sign_header(header: VaultHeader, dek: bytearray) -> VaultHeader:
    return header.with_changes(mac=header_mac(header, dek))


def header_mac_ok(header: VaultHeader, dek: bytearray) -> bool:
    return hmac.compare_digest(header.mac, header_mac(header, dek))
