"""Viewers enrolled before DESIGN.md §6 made them viewers hold a slot that wraps the
database key. At the chief procurator's first unlock of such a vault (when he signs
roster v1) each of those slots is converted, in two steps nobody else can take:

1. the chief's unlock gives the viewer a new X25519 grant key — its public half in
   the roster he signs, its private half sealed to the viewer's own card (host-side
   ECDH), this machine's secret and the database key the old slot wraps — and moves
   the slot out of the MAC'd keyholder slots; then the keys are renewed, so the old
   slot opens nothing current;
2. the viewer's next unlock opens his old slot (password, card, machine), then the
   sealed grant key, checks it against the roster and re-seals it as a normal viewer
   slot under his three factors.
"""

from __future__ import annotations

from desktop.ports import SmartCard
from desktop.vault import card_factor, slot_crypto, slot_keys
from desktop.vault.base64_text import unb64
from desktop.vault.enrollment import dec_key
from desktop.vault.errors import WrongPassword
from desktop.vault.header import UserSlot, VaultHeader
from desktop.vault.wipe import wipe

MARK = 0  # the carry envelope's generation that marks a conversion, not a rekey


def legacy_viewer_slots(header: VaultHeader) -> tuple[UserSlot, ...]:
    return tuple(
        s for s in header.slots if not s.meta.role.holds_vault_keys and not s.meta.is_viewer
    )


def pending(slot: UserSlot) -> bool:
    return not slot.meta.is_viewer and any(c.to_generation == MARK for c in slot.carry)


def prepare(
    header: VaultHeader, machine: bytearray, dek: bytearray
) -> tuple[VaultHeader, dict[str, bytes]]:
    """Step 1: the header with each legacy viewer slot moved out of the keyholders'
    (carrying its sealed grant key), and the grant public keys by slot id."""
    publics: dict[str, bytes] = {}
    moved: list[UserSlot] = []
    for slot in legacy_viewer_slots(header):
        grant_key, grant_public = slot_keys.new_grant_key()
        point, k_card = card_factor.enroll(dec_key(slot.meta.card))
        key = slot_crypto.carry_key(k_card, machine, dek, header.vault_uuid_bytes,
                                    slot.meta.slot_id, MARK)
        try:
            envelope = slot_crypto.seal_carry(slot.meta.slot_id, MARK, point, key, grant_key)
        finally:
            wipe(k_card, key, grant_key)
        # Earlier carries stay: they lead the old slot up to the DEK sealed here.
        moved.append(UserSlot(slot.meta, slot.nonce, slot.ciphertext,
                              (*slot.carry, envelope)))
        publics[slot.meta.slot_id] = grant_public
    keyholders = tuple(s for s in header.slots if s.meta.role.holds_vault_keys)
    return header.with_changes(
        slots=keyholders, viewer_slots=(*header.viewer_slots, *moved)
    ), publics


def finish(
    header: VaultHeader, slot: UserSlot, card: SmartCard, pin: str, password: str,
    machine: bytearray, k_password: bytearray, grant_public: str,
) -> tuple[UserSlot, bytearray]:
    """Step 2: (the viewer's new slot, his grant key). WrongPassword when his old
    slot or the sealed key does not open, or the key is not the roster's."""
    k_card = card_factor.from_card(card, pin, slot.meta.ephemeral_point)
    kek = slot_crypto.slot_kek(k_password, k_card, machine, header.vault_uuid_bytes,
                               slot.meta.slot_id)
    try:
        old_dek, old_ik = slot_crypto.open_slot(slot, kek)
    finally:
        wipe(k_password, k_card, kek)
    for step in (c for c in slot.carry if c.to_generation != MARK):  # rekeys he missed
        k_step = card_factor.from_card(card, pin, step.ephemeral_point)
        step_key = slot_crypto.carry_key(k_step, machine, old_dek, header.vault_uuid_bytes,
                                         slot.meta.slot_id, step.to_generation)
        try:
            next_dek = slot_crypto.open_carry(step, slot.meta.slot_id, step_key)
        finally:
            wipe(k_step, step_key, old_dek)
        old_dek = next_dek
    envelope = next(c for c in slot.carry if c.to_generation == MARK)
    k_env = card_factor.from_card(card, pin, envelope.ephemeral_point)
    key = slot_crypto.carry_key(k_env, machine, old_dek, header.vault_uuid_bytes,
                                slot.meta.slot_id, MARK)
    try:
        grant_key = slot_crypto.open_carry(envelope, slot.meta.slot_id, key)
    finally:
        wipe(k_env, key, old_dek, old_ik)
    if slot_keys.grant_public_of(grant_key) != unb64(grant_public):
        wipe(grant_key)
        raise WrongPassword()
    point, k_card = slot_keys.enroll_card_factor(card, pin, slot.meta.card)
    try:
        fresh = slot_keys.seal_new_slot(
            header.vault_id, slot.meta.user_id, slot.meta.user_name, slot.meta.role,
            slot.meta.card, slot.meta.kdf, point, k_card, password, machine, bytearray(),
            None, generation=0, slot_id=slot.meta.slot_id, grant_key=grant_key,
        )
    finally:
        wipe(k_card)
    return fresh, grant_key
