"""`vault init`: a new vault whose first user is its founding chief procurator.

His card signs roster v1 (its own chief) and the first checkpoint; his signature
key is pinned in the keyring beside the machine secret and his card remembers
the checkpoint (DO 0101), so from its first minute the vault has a trust root
that no other keyholder can rewrite (DESIGN.md §6, §7)."""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from desktop.audit.canonical import format_time
from desktop.domain.audit import user_subject
from desktop.domain.roles import Role
from desktop.domain.roster import Roster, RosterEntry
from desktop.ports import SmartCard, Store, UnitOfWork
from desktop.vault import (
    card_memory,
    checkpoints,
    kdf,
    recovery_code,
    recovery_slot,
    revocation,
    slot_crypto,
    slot_keys,
    trust,
)
from desktop.vault.core import DB_NAME, VaultCore
from desktop.vault.enrollment import read_card_and_info, stored_card
from desktop.vault.errors import CardAlreadyEnrolled, KdfTooWeak, VaultExists
from desktop.vault.header import EnrolledCard, UserSlot, VaultHeader
from desktop.vault.lock_file import VaultLock
from desktop.vault.roster_chain import entry_for, sign_roster, verify_roster_chain
from desktop.vault.session import Session, VaultKeys
from desktop.vault.wipe import wipe


@dataclass(frozen=True)
class ChiefCard:
    """A person and the card, PIN and password he enrols with: the chief's sealed
    backup card at `vault init` (DESIGN §6), the new chief at `vault refound`."""

    user_name: str
    card: SmartCard = field(repr=False)
    pin: str = field(repr=False)
    password: str = field(repr=False)


@dataclass(frozen=True)
class CreatedVault:
    """A new vault: its id and the recovery code (set-up and `vault init` show it)."""

    vault_id: str
    recovery_code: str = field(repr=False)  # shown once; never stored anywhere


class CreateFlow(VaultCore):
    def create(
        self,
        *,
        unit_code: str,
        unit_name: str,
        user_name: str,
        card: SmartCard,
        pin: str,
        password: str,
        kdf_params: kdf.Argon2Params | None = None,
        demo: bool = False,
        development: bool = False,
        backup: ChiefCard | None = None,
    ) -> tuple[Session, CreatedVault]:
        """A new vault whose first user is a chief procurator, and his open session.
        ``kdf_params`` None calibrates Argon2id on this machine (about 0.5 s, ≥ 64 MiB);
        parameters below the floor are for demo and development vaults only.
        ``development``: test cards and the virtual reader are accepted (a banner
        says so) — for the tests and developers, never for a reporting centre."""
        if self.exists() or self.db_path.exists():
            raise VaultExists(str(self.data_dir))
        self._check_key_store(demo)
        params = kdf_params if kdf_params is not None else kdf.calibrate()
        if not (demo or development) and not kdf.meets_floor(params):
            raise KdfTooWeak(params.memory_kib, kdf.MIN_MEMORY_KIB)
        # Only this account may list or read the vault's files.
        self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        lock = VaultLock(self.data_dir).acquire()
        vault_id = str(uuid.uuid4())
        dek, ik, machine = slot_keys.random_key(), slot_keys.random_key(), slot_keys.random_key()
        store: Store | None = None
        try:
            enrolled, info = read_card_and_info(card)
            trust.refuse_test_card(info, card.reader_name, development=demo or development)
            # The card must be able to remember the vault before anything is written.
            card_memory.recall(card, enrolled.serial, required=True)
            backup_card = None
            if backup is not None:
                backup_card, backup_info = read_card_and_info(backup.card)
                trust.refuse_test_card(backup_info, backup.card.reader_name,
                                       development=demo or development)
                card_memory.recall(backup.card, backup_card.serial, required=True)
                if backup_card.serial == enrolled.serial:
                    raise CardAlreadyEnrolled(enrolled.serial)
            k_card = slot_keys.enroll_card_factor(card, pin, enrolled)
            point, k_card_host = k_card
            code, code_secret = recovery_code.generate()
            uuid_bytes = uuid.UUID(vault_id).bytes
            recovery = recovery_slot.new_recovery_slot(
                code_secret, params, uuid_bytes, 1, dek, ik, machine
            )
            self._keys.put(vault_id, bytes(machine))
            store = self._stores.create(self.db_path, bytes(dek))
            now = self._clock.now()
            with store.transaction() as tx:
                head_before = tx.audit_records.head()
                user = tx.users.add(user_name, Role.CHIEF, now)
                tx.cards.add(stored_card(enrolled, int(user.id), now))
                slot = slot_keys.seal_new_slot(
                    vault_id, str(user.id), user_name, Role.CHIEF, enrolled, params, point,
                    k_card_host, password, machine, dek, ik, generation=1,
                )
                actor = user_subject(user.id)
                tx.audit.append(
                    "system", "vault.create", f"vault:{vault_id}",
                    {"unit_code": unit_code, "demo": demo, "development": development,
                     "argon2_memory_kib": params.memory_kib,
                     "argon2_time_cost": params.time_cost},
                )
                tx.audit.append(
                    actor, "user.add", actor,
                    {"role": Role.CHIEF.value, "card": enrolled.serial, "first_user": True},
                )
                tx.audit.append(
                    actor, "recovery.issue", f"vault:{vault_id}", {"code_id": recovery.code_id}
                )
                revocation.record_recovery_code(tx, recovery.code_id)
                slots: tuple[UserSlot, ...] = (slot,)
                entries: tuple[RosterEntry, ...] = (
                    entry_for(slot.meta.slot_id, user_name, Role.CHIEF, enrolled),
                )
                if backup is not None and backup_card is not None:
                    spare = self._backup_slot(tx, vault_id, backup, backup_card, params,
                                              machine, dek, ik, now)
                    slots = (slot, spare)
                    entries = (*entries, entry_for(spare.meta.slot_id, backup.user_name,
                                                   Role.CHIEF, backup_card, backup=True))
                first = Roster(
                    version=1,
                    entries=entries,
                    recovery_key=trust.recovery_key_hash(recovery.public_key),
                )
                signed = sign_roster(card, pin, vault_id, first, "", tx.audit_records.head(), now)
                roster = verify_roster_chain((signed,), vault_id, None)
                tx.audit.append(actor, "roster.sign", f"vault:{vault_id}",
                                {"version": 1, "roster": roster.hash})
                checkpoint, _ = checkpoints.witness(
                    tx, card, pin, vault_id=vault_id, roster=roster, actor=actor,
                    reason="create", at=now,
                )
                header = VaultHeader(
                    vault_id=vault_id, unit_code=unit_code, unit_name=unit_name,
                    created_at=format_time(now), demo=demo, kdf=params, dek_generation=1,
                    slots=slots, recovery=recovery, audit_head=head_before,
                    roster=(signed,), development=development,
                )
                self._header.save(slot_crypto.sign_header(header, dek))
            trust.pin_founder(self._keys, vault_id, first.entries[0].sig_public)
            card_memory.remember(card, pin, vault_id, roster, checkpoint)
            if backup is not None:
                card_memory.remember(backup.card, backup.pin, vault_id, roster, checkpoint)
            session = Session(
                vault_id=vault_id, data_dir=self.data_dir, user=user,
                card_serial=enrolled.serial, slot_id=slot.meta.slot_id,
                keys=VaultKeys(dek, ik), store=store, header_head=head_before, lock=lock,
                roster=roster,
            )
            wipe(machine)
            self._watch_head(session)
            return session, CreatedVault(vault_id=vault_id, recovery_code=code)
        except BaseException:
            if store is not None:
                store.close()
            self._undo_create(vault_id)
            wipe(dek, ik, machine)
            lock.release()
            raise

    def _backup_slot(
        self, tx: UnitOfWork, vault_id: str, backup: ChiefCard, card: EnrolledCard,
        params: kdf.Argon2Params, machine: bytearray, dek: bytearray, ik: bytearray,
        now: datetime,
    ) -> UserSlot:
        point, k_card = slot_keys.enroll_card_factor(backup.card, backup.pin, card)
        try:
            user = tx.users.add(backup.user_name, Role.CHIEF, now)
            tx.cards.add(stored_card(card, int(user.id), now))
            tx.audit.append(user_subject(user.id), "user.add", user_subject(user.id),
                            {"role": Role.CHIEF.value, "card": card.serial, "backup": True})
            return slot_keys.seal_new_slot(
                vault_id, str(user.id), backup.user_name, Role.CHIEF, card, params, point,
                k_card, backup.password, machine, dek, ik, generation=1,
            )
        finally:
            wipe(k_card)

    def _undo_create(self, vault_id: str) -> None:
        with contextlib.suppress(Exception):
            self._keys.delete(vault_id)
        with contextlib.suppress(Exception):
            trust.forget_founder(self._keys, vault_id)
        for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", "vault.keys", "vault.keys.bak"):
            with contextlib.suppress(FileNotFoundError):
                (self.data_dir / name).unlink()
