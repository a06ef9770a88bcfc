"""Recovery with the printed code (DESIGN.md §2): the machine secret back into
this machine's keyring, a new code issued, the used one dead."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.ports import Store
from desktop.vault import recovery_code, recovery_slot, revocation, slot_crypto
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
        issued and the old one stops working. Audited."""
        code_secret = recovery_code.parse(code)
        with self._lock_existing():
            header = self._header.load().header
            self._check_key_store(header.demo)
            dek, ik, machine = recovery_slot.open_recovery(
                header.recovery, code_secret, header.vault_uuid_bytes
            )
            keys = VaultKeys(dek, ik)
            store: Store | None = None
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
                self._keys.put(header.vault_id, bytes(machine))
                new_code, new_secret = recovery_code.generate()
                fresh = recovery_slot.new_recovery_slot(
                    new_secret,
                    header.recovery.kdf,
                    header.vault_uuid_bytes,
                    header.dek_generation,
                    dek,
                    ik,
                    machine,
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
                    head = tx.audit_records.head()
                    recovered = header.with_changes(
                        recovery=fresh, audit_head=head, failed_unlocks=FailedUnlocks()
                    )
                    # Twice: the backup must not keep a slot the old code opens.
                    self._save_signed(recovered, dek, twice=True)
                return RecoveryResult(recovery_code=new_code, vault_id=header.vault_id)
            finally:
                if store is not None:
                    store.close()
                keys.wipe()
                wipe(machine)
