"""Rekey: a new DEK for the database and every slot, crash-safe (see the
package docstring: old or new keys open the vault at every step)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from desktop.policy import Action, NotPermitted
from desktop.ports import SmartCard
from desktop.vault import recovery_slot, slot_crypto, slot_keys, trust
from desktop.vault.core import VaultCore
from desktop.vault.errors import HeaderTampered, RosterUntrusted
from desktop.vault.header import UserSlot
from desktop.vault.session import Session, VaultKeys
from desktop.vault.wipe import wipe


class RekeyFlow(VaultCore):
    def rekey(
        self,
        session: Session,
        card: SmartCard,
        pin: str,
        password: str,
        *,
        after_step: Callable[[str], None] | None = None,
    ) -> int:
        """A new DEK: the database re-encrypted (SQLCipher rekey), the acting user's
        slot and the recovery slot rewrapped, every other slot given a carry
        envelope (its owner's card + machine secret + the old DEK) that is folded
        into a normal slot at their next unlock. Returns the new generation.

        Crash safety: the header with the new keys AND the old DEK wrapped under
        the new one is written first; then the database is rekeyed in one
        transaction; then the old DEK is dropped from the header. A crash at any
        point leaves a header whose keys open the database (unlock finishes an
        interrupted rekey). ``after_step`` is a test hook naming each step."""
        step = after_step or (lambda _: None)
        if session.keys.ik is None:
            raise NotPermitted(Action.REKEY, session.role)  # the recovery slot needs IK
        header = self._header.load().header
        if not slot_crypto.header_mac_ok(header, session.keys.dek):
            # Never re-sign an edit: a swapped recovery key would receive the new keys.
            raise HeaderTampered()
        slot = slot_keys.session_slot(header, session)
        slot_keys.require_card(card, slot)
        roster = session.roster
        assert roster is not None, "every unlocked session has a verified roster"
        if trust.recovery_key_hash(header.recovery.public_key) != roster.current.recovery_key:
            # A recovery slot the roster does not name would receive the new keys.
            raise RosterUntrusted("the recovery key is not the one the signed roster names")
        machine = self._machine_secret(header.vault_id)
        new_dek = slot_keys.random_key()
        old_dek = session.keys.dek
        generation = header.dek_generation + 1
        uuid_bytes = header.vault_uuid_bytes
        pending_written = database_rekeyed = False
        try:
            slot_keys.open_user_slot(header, slot, card, pin, password, machine).wipe()
            with session.store.transaction() as tx:
                tx.audit.append(
                    session.actor,
                    "vault.rekey",
                    f"vault:{header.vault_id}",
                    {
                        "generation": generation,
                    },
                )
                head = tx.audit_records.head()
            step("audited")
            new_keys = VaultKeys(new_dek, session.keys.ik)
            slots: list[UserSlot] = []
            for s in header.slots:
                if s.meta.slot_id == slot.meta.slot_id:
                    slots.append(
                        slot_keys.reseal_slot(
                            header,
                            s.meta,
                            card,
                            pin,
                            password,
                            machine,
                            new_keys,
                            new_password=None,
                            generation=generation,
                        )
                    )
                elif trust.on_roster(roster, s):
                    slots.append(
                        slot_keys.add_carry(s, machine, old_dek, new_dek, uuid_bytes, generation)
                    )
                # A slot the roster does not list (planted in the header) gets nothing
                # and goes: the new keys are sealed only to roster slots.
            ik = session.keys.ik
            pending = header.with_changes(
                dek_generation=generation,
                slots=tuple(slots),
                recovery=recovery_slot.reseal(
                    header.recovery, uuid_bytes, generation, new_dek, ik, machine
                ),
                prior_dek=slot_crypto.seal_prior(
                    old_dek, header.dek_generation, new_dek, uuid_bytes
                ),
                audit_head=head,
            )
            self._save_signed(pending, new_dek)
            pending_written = True
            step("pending-header")
            session.store.rekey(bytes(new_dek))
            database_rekeyed = True
            step("database")
            self._save_signed(pending.with_changes(prior_dek=None), new_dek, twice=True)
            step("final-header")
            session.keys.dek = new_dek
            wipe(old_dek)
            with session.store.transaction() as tx:
                tx.audit.append(
                    session.actor,
                    "vault.rekey_done",
                    f"vault:{header.vault_id}",
                    {
                        "generation": generation,
                        "rolled_forward": False,
                    },
                )
            return generation
        except BaseException:
            if database_rekeyed:
                # The database is under the new key: so is this session from now on
                # (the pending header, prior DEK and all, still opens it).
                session.keys.dek = new_dek
                wipe(old_dek)
            else:
                if pending_written:
                    # Put the old header back; if even that fails, the pending one
                    # still opens (its prior DEK is the database's key).
                    with contextlib.suppress(OSError):
                        self._save_signed(header, old_dek, twice=True)
                wipe(new_dek)
            raise
        finally:
            wipe(machine)

