"""The unlock's trust checks that need no key (DESIGN.md §2, §6): the signed roster
verified against the founding chief's key pinned in the keyring, the slot's
role and card held against its roster entry, and test cards kept out of
production vaults. All run before any PIN is sent."""

from __future__ import annotations

import hashlib

from desktop.card.model import CardInfo
from desktop.domain.roles import Role
from desktop.domain.roster import Roster, RosterInvalid
from desktop.domain.roster import RosterEntry as Entry
from desktop.ports import KeyStore
from desktop.vault.base64_text import b64, unb64
from desktop.vault.errors import (
    DevelopmentCardRefused,
    RosterUntrusted,
    SlotNotOnRoster,
    SlotRoleMismatch,
)
from desktop.vault.header import UserSlot, VaultHeader
from desktop.vault.roster_chain import VerifiedRoster, entry_for, verify_roster_chain

# Test ranges of the AID's manufacturer id: no real vendor issues them.
TEST_MANUFACTURERS = range(0xFF00, 0xFFFF)
# vsmartcard's virtual reader: anything could answer behind it.
VIRTUAL_READER = "Virtual PCD"
KEYHOLDERS = frozenset(r for r in Role if r.holds_vault_keys)


def _founder_name(vault_id: str) -> str:
    return f"{vault_id}/founding-chief"


def founder_key(keys: KeyStore, vault_id: str) -> str | None:
    """The founding chief's signature key pinned at `vault init` (base64), if any."""
    pinned = keys.get(_founder_name(vault_id))
    return None if pinned is None else b64(pinned)


def pin_founder(keys: KeyStore, vault_id: str, sig_public: str) -> None:
    keys.put(_founder_name(vault_id), unb64(sig_public))


def forget_founder(keys: KeyStore, vault_id: str) -> None:
    keys.delete(_founder_name(vault_id))


def verify_roster(header: VaultHeader, keys: KeyStore | None) -> VerifiedRoster | None:
    """The verified roster, None for a vault made before rosters, RosterUntrusted
    for one that does not verify. ``keys`` None leaves the founding key to
    check_founder (the unlock asks the keyring in the background)."""
    if not header.roster:
        return None
    founder = None if keys is None else founder_key(keys, header.vault_id)
    try:
        return verify_roster_chain(header.roster, header.vault_id, founder)
    except RosterInvalid as exc:
        raise RosterUntrusted(exc.reason) from None


def check_founder(roster: VerifiedRoster | None, founder: str | None) -> None:
    """Version 1 must be signed by the founding chief's key pinned at `vault init`."""
    if roster is None or founder is None:
        return
    if roster.founder().sig_public != founder:
        raise RosterUntrusted("version 1 is not signed by the founding chief's card")


def entry_for_slot(roster: VerifiedRoster, slot: UserSlot) -> Entry:
    """The slot's roster entry; it must be active, name the same card and keys, and
    give the same role (a slot edited to say "chief" is refused here)."""
    meta = slot.meta
    entry = roster.current.entry_for_slot(meta.slot_id)
    if (
        entry is None
        or not entry.active
        or entry.card_serial != meta.card.serial
        or entry.sig_public != b64(meta.card.sig_public)
        or entry.dec_public != b64(meta.card.dec_public)
    ):
        raise SlotNotOnRoster(meta.card.serial)
    if entry.role is not meta.role:
        raise SlotRoleMismatch(meta.card.serial, meta.role.value, entry.role.value)
    if meta.is_viewer and entry.grant_public != b64(meta.grant_public):
        raise SlotNotOnRoster(meta.card.serial)  # a grant key the chief did not sign
    return entry


def on_roster(roster: VerifiedRoster, slot: UserSlot) -> bool:
    try:
        entry_for_slot(roster, slot)
    except (SlotNotOnRoster, SlotRoleMismatch):
        return False
    return True


def unlisted_slots(roster: VerifiedRoster, header: VaultHeader) -> tuple[UserSlot, ...]:
    """Slots the header holds that no active roster entry vouches for: reported to
    the chief, and never given keys by a rekey."""
    unlisted = []
    for slot in header.all_slots:
        try:
            entry_for_slot(roster, slot)
        except (SlotNotOnRoster, SlotRoleMismatch):
            unlisted.append(slot)
    return tuple(unlisted)


def first_roster(header: VaultHeader, grant_keys: dict[str, bytes] | None = None) -> Roster:
    """v1 for a vault made before rosters: the slots its header holds, signed at its
    chief's next unlock (until then only he may unlock); ``grant_keys`` are the
    public grant keys given to its viewers, by slot id."""
    given = grant_keys or {}
    return Roster(
        version=1,
        entries=tuple(
            entry_for(s.meta.slot_id, s.meta.user_name, s.meta.role, s.meta.card,
                      grant_public=s.meta.grant_public or given.get(s.meta.slot_id, b""))
            for s in header.all_slots
        ),
        recovery_key=recovery_key_hash(header.recovery.public_key),
    )


def recovery_key_hash(public_key: bytes) -> str:
    """What the roster carries of the recovery slot: a rekey seals to no other."""
    return hashlib.sha256(b"LeadVault recovery key\x00" + public_key).hexdigest()


def refuse_test_card(info: CardInfo, reader: str, *, development: bool) -> None:
    """Outside demo and development vaults, a test card — or any card behind the
    virtual reader — is refused."""
    if development:
        return
    if info.manufacturer in TEST_MANUFACTURERS:
        raise DevelopmentCardRefused(info.serial, f"manufacturer id {info.manufacturer:#06x}")
    if reader.startswith(VIRTUAL_READER):
        raise DevelopmentCardRefused(info.serial, f"the reader {reader!r}")
