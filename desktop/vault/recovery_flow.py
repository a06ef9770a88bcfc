"""Recovery with the printed code (DESIGN.md §2): the machine secret back into
this machine's keyring, a new code issued, the used one dead, and the database
and identity keys renewed (the roster's slots get them at their next unlock). The
roster is not changed: the new recovery key enters it, and the vault leaves its
restricted mode, when a roster chief signs his next checkpoint (DESIGN §6)."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.ports import Store
from desktop.vault import recovery_code, recovery_slot, revocation, slot_crypto, slot_keys, trust
from desktop.vault.core import VaultCore
from desktop.vault.errors import HeaderTampered, WrongRecoveryCode
from desktop.vault.header import FailedUnlocks
from desktop.vault.session import VaultKeys
from desktop.vault.wipe import wipe


@dataclass(frozen=True)
class RecoveryResult:
    recovery_code: str = field(repr=False)  # the NEW code; the one just used no longer works
    vault_id: str


class RecoveryFlow(VaultCore):
    def recover(self, code: str) -> RecoveryResult:
        """Recovery code → DEK, IK and the machine secret; the secret goes back into
        this machine's keyring (so every user's slot works again), a new code is
        issued and the old one stops working, and DEK renewed (crash-safe as any
        rekey: the header with the new keys and the prior DEK is written first).
        Audited."""
        code_secret = recovery_code.parse(code)
        with self._lock_existing():
            header = self._header.load().header
            self._check_key_store(header.demo)
            dek, ik, machine = recovery_slot.open_recovery(
                header.recovery, code_secret, header.vault_uuid_bytes
            )
            keys = VaultKeys(dek, ik)
            store: Store | None = None
            new_dek: bytearray | None = None
            try:
                if not slot_crypto.header_mac_ok(header, dek):
                    raise HeaderTampered()
                store, header, _ = self._open_store(header, keys)
                self._check_head(header, store)
                with store.reading() as tx:
                    current_code = revocation.current_recovery_code_id(tx)
                if current_code not in (None, header.recovery.code_id):
                    # An old header put back still holds a used code's slot.
                    raise WrongRecoveryCode()
                roster = trust.verify_roster(header, self._keys)
                self._keys.put(header.vault_id, bytes(machine))
                new_code, new_secret = recovery_code.generate()
                new_dek = slot_keys.random_key()
                generation = header.dek_generation + 1
                fresh = recovery_slot.new_recovery_slot(
                    new_secret,
                    header.recovery.kdf,
                    header.vault_uuid_bytes,
                    generation,
                    new_dek,
                    ik,
                    machine,
                )
                # Every roster keyholder gets the new DEK as a carry (card + machine
                # secret + the old DEK); a slot the roster does not list gets nothing.
                carried = tuple(
                    slot_keys.add_carry(s, machine, dek, new_dek, header.vault_uuid_bytes,
                                        generation)
                    for s in header.slots
                    if roster is None or trust.on_roster(roster, s)
                )
                with store.transaction() as tx:
                    tx.audit.append(
                        "system",
                        "vault.recover",
                        f"vault:{header.vault_id}",
                        {
                            "used_code_id": header.recovery.code_id,
                            "new_code_id": fresh.code_id,
                        },
                    )
                    revocation.record_recovery_code(tx, fresh.code_id)
                    tx.audit.append("system", "vault.rekey", f"vault:{header.vault_id}",
                                    {"generation": generation, "after_recovery": True})
                    head = tx.audit_records.head()
                pending = header.with_changes(
                    recovery=fresh, audit_head=head, failed_unlocks=FailedUnlocks(),
                    slots=carried, dek_generation=generation,
                    prior_dek=slot_crypto.seal_prior(
                        dek, header.dek_generation, new_dek, header.vault_uuid_bytes
                    ),
                )
                self._save_signed(pending, new_dek)
                store.rekey(bytes(new_dek))
                # Twice: the backup must not keep a slot the old code opens.
                self._save_signed(pending.with_changes(prior_dek=None), new_dek, twice=True)
                with store.transaction() as tx:
                    tx.audit.append("system", "vault.rekey_done", f"vault:{header.vault_id}",
                                    {"generation": generation, "rolled_forward": False})
                return RecoveryResult(recovery_code=new_code, vault_id=header.vault_id)
            finally:
                if store is not None:
                    store.close()
                keys.wipe()
                wipe(machine, new_dek)
