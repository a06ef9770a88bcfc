"""The recovery slot: DEK ‖ IK ‖ machine secret sealed to X25519 public key
derived from Argon2id(recovery code, salt).

Sealing needs only the public key, so a rekey reseals it without the code;
opening needs the code. The code carries 128 random bits, so publishing the
public key gives an attacker nothing to guess against."""

from __future__ import annotations

import os
import uuid

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop.vault import kdf
from desktop.vault.errors import WrongRecoveryCode
from desktop.vault.header import RecoverySlot
from desktop.vault.slot_crypto import hkdf
from desktop.vault.wipe import wipe

RECOVERY_INFO = b"leadvault recovery v1"
KEY_LEN = 32


def _private_key(code_secret: bytes, salt: bytes, params: kdf.Argon2Params) -> X25519PrivateKey:
    seed = kdf.derive(code_secret, salt, params)
    try:
        return X25519PrivateKey.from_private_bytes(bytes(seed))
    finally:
        wipe(seed)


def _raw(pub: X25519PublicKey) -> bytes:
    return pub.public_bytes(Encoding.Raw, PublicFormat.Raw)


def new_recovery_slot(
    code_secret: bytes,
    params: kdf.Argon2Params,
    vault_uuid: bytes,
    generation: int,
    dek: bytearray,
    ik: bytearray,
    machine_secret: bytes | bytearray,
) -> RecoverySlot:
    salt = os.urandom(16)
    public_key = _raw(_private_key(code_secret, salt, params).public_key())
    template = RecoverySlot(
        code_id=uuid.uuid4().hex,
        kdf=params,
        salt=salt,
        public_key=public_key,
        ephemeral_public=b"",
        generation=generation,
        nonce=b"",
        ciphertext=b"",
    )
    return reseal(template, vault_uuid, generation, dek, ik, machine_secret)


def reseal(
    slot: RecoverySlot,
    vault_uuid: bytes,
    generation: int,
    dek: bytearray,
    ik: bytearray,
    machine_secret: bytes | bytearray,
) -> RecoverySlot:
    """The same code (public key), new keys: used by rekey."""
    ephemeral = X25519PrivateKey.generate()
    shared = bytearray(ephemeral.exchange(X25519PublicKey.from_public_bytes(slot.public_key)))
    sealed = RecoverySlot(
        code_id=slot.code_id,
        kdf=slot.kdf,
        salt=slot.salt,
        public_key=slot.public_key,
        ephemeral_public=_raw(ephemeral.public_key()),
        generation=generation,
        nonce=os.urandom(12),
        ciphertext=b"",
    )
    key = hkdf(shared, vault_uuid, RECOVERY_INFO)
    plain = bytearray(dek) + bytearray(ik) + bytearray(machine_secret)
    try:
        ct = AESGCM(bytes(key)).encrypt(sealed.nonce, bytes(plain), sealed.associated_data())
    finally:
        wipe(shared, key, plain)
    return RecoverySlot(
        code_id=sealed.code_id,
        kdf=sealed.kdf,
        salt=sealed.salt,
        public_key=sealed.public_key,
        ephemeral_public=sealed.ephemeral_public,
        generation=generation,
        nonce=sealed.nonce,
        ciphertext=ct,
    )


def open_recovery(
    slot: RecoverySlot, code_secret: bytes, vault_uuid: bytes
) -> tuple[bytearray, bytearray, bytearray]:
    """(DEK, IK, machine secret) or WrongRecoveryCode."""
    private = _private_key(code_secret, slot.salt, slot.kdf)
    if _raw(private.public_key()) != slot.public_key:
        raise WrongRecoveryCode()
    shared = bytearray(private.exchange(X25519PublicKey.from_public_bytes(slot.ephemeral_public)))
    key = hkdf(shared, vault_uuid, RECOVERY_INFO)
    try:
        plain = bytearray(
            AESGCM(bytes(key)).decrypt(slot.nonce, slot.ciphertext, slot.associated_data())
        )
    except InvalidTag:
        raise WrongRecoveryCode() from None
    finally:
        wipe(shared, key)
    if len(plain) != 3 * KEY_LEN:
        wipe(plain)
        raise WrongRecoveryCode()
    parts = plain[:KEY_LEN], plain[KEY_LEN : 2 * KEY_LEN], plain[2 * KEY_LEN :]
    wipe(plain)
    return parts
