"""The vault: header, key slots, unlock / enroll / recover / rekey (DESIGN.md §2).

Files in the data folder: ``vault.db`` (SQLCipher, raw DEK), ``vault.keys``
(this package's header, JSON), ``vault.keys.bak`` (the previous header) and
``vault.lock`` (flock; empty).

Keys
    DEK (database) and IK (identity key), 32 random bytes each. A user slot
    wraps DEK ‖ IK (DEK only for staff) with AES-256-GCM under
    ``KEK = HKDF-SHA256(K_password ‖ K_card ‖ K_machine, salt = vault UUID,
    info = "leadvault slot v1" ‖ slot id)`` where K_password = Argon2id
    (per-slot salt and parameters), K_card = ECDH x-coordinate between the
    card's decryption key and the slot's ephemeral point (PSO:DECIPHER after
    VERIFY 82), K_machine = 32 bytes in the OS keyring (service "leadvault",
    user = vault UUID). The slot's metadata (ids, user, role, card serial, keys
    and fingerprints, KDF parameters and salt, ephemeral point, generation) is
    the GCM associated data.

Header MAC
    HMAC-SHA256 with HKDF(DEK, info = "leadvault audit head v1") over the
    whole header body — audit head, slots, recovery slot — except the failed
    unlock counter (written when no key is at hand). Refreshed at every lock
    and at least every 100 audit records; a database older than the head is
    refused (DatabaseRolledBack).

Recovery
    The recovery code (recovery_code.py: 128 bits, base32, Damm check
    character over GF(32)) → Argon2id → an X25519 key pair; the recovery slot
    seals DEK ‖ IK ‖ machine secret to its public key. Sealing needs no code,
    so a rekey reseals it and the printed code keeps working; a recovery
    issues a new code (new key pair) and rewrites header and backup, so the
    old code stops working.

Rekey (deviation from a literal reading of "all slots rewrapped")
    Other users' passwords are unknown at rekey time, so their slots cannot be
    rewrapped under their full KEK. Each gets a *carry envelope*: the new DEK
    under HKDF(ECDH(new ephemeral, their card's decryption key) ‖ K_machine ‖
    old DEK). At their next unlock (password + card + machine opens the old
    slot, the card opens the envelope) the slot is rewrapped normally. An
    attacker holding only the old DEK still needs the user's card and the
    machine secret. The acting user's slot and the recovery slot are
    rewrapped directly.

    Crash safety: (1) the header with the new slots and the old DEK sealed
    under the new one (``prior_dek``) is written atomically; (2) SQLCipher
    rekeys the database in one transaction; (3) the header is written without
    ``prior_dek`` (twice, so the backup holds the new keys too). Unlock with a
    header that still has ``prior_dek`` opens the database with whichever key
    fits and finishes the rekey.

Revocation
    The MAC proves a header was written with the DEK, not that it is the
    latest: an old copy put back still verifies. The database decides
    (revocation.py): a slot of a removed user or a retired card is refused at
    unlock and dropped from the header, and only the recovery code issued
    last recovers. Removal, card replacement and password change write the
    header twice so the .bak keeps no superseded slot. Only a rekey makes an
    old copy useless offline, so `vault remove-user` suggests one.
Unlock order and errors: see service.py. Entry point: service.VaultService
(core.py shared state; user_admin.py, recovery_flow.py, rekey_flow.py the
flows; slot_keys.py slots and cards).
"""
