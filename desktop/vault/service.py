"""The vault's use cases: create, unlock, lock, change password, add / remove a
user, replace a card, recover, rekey. Each change is one database transaction
with its audit record; the header write that goes with it happens inside that
transaction, so a failed header write (disk full) rolls the records back too.

Unlock checks, in this order, so that nothing the user did not ask for spends
a PIN try and the cheap, secret-free checks come first:

 1. the vault lock (VaultInUse);
 2. the header, falling back to vault.keys.bak (HeaderCorrupt if both fail);
 3. the keyring: a secure backend unless the vault is a demo (InsecureKeyring);
    the machine secret is fetched in the background while 4-6 run and awaited
    before 7 (MachineSecretMissing — points to recovery; no PIN sent);
 4. the card's serial, keys and PIN counter, read without a PIN
    (NoCard / CardNotEnrolled / CardMismatch; PinBlocked without sending VERIFY);
 5. the delay owed for earlier failed unlocks;
 6. Argon2id of the password;
 7. VERIFY PW1/82 with the PIN and PSO:DECIPHER — the one PIN try an unlock
    spends, and only if the PIN is wrong (WrongPin(remaining));
 8. HKDF and AES-GCM unwrap (WrongPassword — a wrong password and an edited
    slot look the same);
 9. the database (DatabaseCorrupt), the header MAC (HeaderTampered) and the
    audit head (DatabaseRolledBack).
Failures at 7 and 8 are counted in the header and slow the next attempts."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from desktop.audit.canonical import format_time
from desktop.audit.chain import VerificationResult, verify_chain
from desktop.audit.heads import compare_heads
from desktop.card.errors import PinBlocked, WrongPin
from desktop.domain.audit import AuditHead
from desktop.domain.roles import Role
from desktop.domain.storage import DatabaseCorrupt as StorageCorrupt
from desktop.domain.storage import DatabaseMissing, NotFound, WrongDatabaseKey
from desktop.domain.users import User, UserId
from desktop.ports import Clock, KeyStore, SmartCard, Store, StoreFactory, UnitOfWork
from desktop.vault import (
    card_factor,
    kdf,
    recovery_code,
    recovery_slot,
    revocation,
    slot_crypto,
    throttle,
)
from desktop.vault.canonical import b64
from desktop.vault.enrollment import (
    Approval,
    check_approval,
    dec_key,
    enrollment_record,
    read_card,
    read_card_and_info,
    sign_approval,
    stored_card,
)
from desktop.vault.errors import (
    ApprovalInvalid,
    CardAlreadyEnrolled,
    CardMismatch,
    CardNotEnrolled,
    DatabaseCorrupt,
    DatabaseRolledBack,
    HeaderTampered,
    InsecureKeyring,
    LastChief,
    MachineSecretMissing,
    NotPermitted,
    UserExists,
    UserNotFound,
    VaultError,
    VaultExists,
    VaultNotFound,
    WrongPassword,
    WrongRecoveryCode,
)
from desktop.vault.header import (
    EnrolledCard,
    FailedUnlocks,
    SlotMeta,
    UserSlot,
    VaultHeader,
)
from desktop.vault.header_file import HeaderFile
from desktop.vault.keyring_store import DemoKeyStore
from desktop.vault.lock_file import VaultLock
from desktop.vault.session import Session, VaultKeys
from desktop.vault.wipe import wipe

DB_NAME = "vault.db"
HEAD_REFRESH = 100  # the header's audit head is refreshed at least every 100 records
DECIPHER_PIN = 0x82
Progress = Callable[[float], None]


@dataclass(frozen=True)
class CreatedVault:
    session: Session
    recovery_code: str = field(repr=False)  # shown once; never stored anywhere


@dataclass(frozen=True)
class VaultInfo:
    """Header facts, no secrets (`vault info`)."""

    vault_id: str
    unit_code: str
    unit_name: str
    created_at: str
    demo: bool
    dek_generation: int
    kdf: kdf.Argon2Params
    users: tuple[tuple[str, Role, str], ...]  # (name, role, card serial)
    audit_head: AuditHead
    failed_unlocks: int
    fell_back: str | None  # why vault.keys was unusable, when .bak was read
    rekey_pending: bool


@dataclass(frozen=True)
class RecoveryResult:
    recovery_code: str = field(repr=False)  # the NEW code; the one just used no longer works
    vault_id: str


def _no_progress(_: float) -> None:
    return None


class VaultService:
    def __init__(
        self,
        data_dir: Path,
        stores: StoreFactory,
        key_store: KeyStore,
        clock: Clock,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.data_dir = data_dir
        self._stores = stores
        self._keys = key_store
        self._clock = clock
        self._sleep = sleep
        self._header = HeaderFile(data_dir)

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_NAME

    def exists(self) -> bool:
        return self._header.exists()

    # ------------------------------------------------------------------ info

    def info(self) -> VaultInfo:
        loaded = self._header.load()
        h = loaded.header
        return VaultInfo(
            vault_id=h.vault_id,
            unit_code=h.unit_code,
            unit_name=h.unit_name,
            created_at=h.created_at,
            demo=h.demo,
            dek_generation=h.dek_generation,
            kdf=h.kdf,
            users=tuple((s.meta.user_name, s.meta.role, s.meta.card.serial) for s in h.slots),
            audit_head=h.audit_head,
            failed_unlocks=h.failed_unlocks.count,
            fell_back=loaded.problem if loaded.fell_back else None,
            rekey_pending=h.prior_dek is not None,
        )

    # ------------------------------------------------------------------ create

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
    ) -> CreatedVault:
        """A new vault whose first user is a chief procurator. ``kdf_params`` None
        calibrates Argon2id on this machine (about 0.5 s, ≥ 64 MiB)."""
        if self.exists() or self.db_path.exists():
            raise VaultExists(str(self.data_dir))
        self._check_key_store(demo)
        # Only this account may list or read the vault's files.
        self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        lock = VaultLock(self.data_dir).acquire()
        vault_id = str(uuid.uuid4())
        params = kdf_params if kdf_params is not None else kdf.calibrate()
        dek, ik, machine = _random_key(), _random_key(), _random_key()
        store: Store | None = None
        try:
            enrolled = read_card(card)
            k_card = self._enroll_card_factor(card, pin, enrolled)
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
                slot = self._seal_new_slot(
                    vault_id,
                    str(user.id),
                    user_name,
                    Role.CHIEF,
                    enrolled,
                    params,
                    point,
                    k_card_host,
                    password,
                    machine,
                    dek,
                    ik,
                    generation=1,
                )
                actor = f"user:{user.id}"
                tx.audit.append(
                    "system",
                    "vault.create",
                    f"vault:{vault_id}",
                    {
                        "unit_code": unit_code,
                        "demo": demo,
                        "argon2_memory_kib": params.memory_kib,
                        "argon2_time_cost": params.time_cost,
                    },
                )
                tx.audit.append(
                    actor,
                    "user.add",
                    actor,
                    {
                        "role": Role.CHIEF.value,
                        "card": enrolled.serial,
                        "first_user": True,
                    },
                )
                tx.audit.append(
                    actor,
                    "recovery.issue",
                    f"vault:{vault_id}",
                    {
                        "code_id": recovery.code_id,
                    },
                )
                revocation.record_recovery_code(tx, recovery.code_id)
                header = VaultHeader(
                    vault_id=vault_id,
                    unit_code=unit_code,
                    unit_name=unit_name,
                    created_at=format_time(now),
                    demo=demo,
                    kdf=params,
                    dek_generation=1,
                    slots=(slot,),
                    recovery=recovery,
                    audit_head=head_before,
                )
                self._header.save(slot_crypto.sign_header(header, dek))
            session = Session(
                vault_id=vault_id,
                data_dir=self.data_dir,
                user=user,
                card_serial=enrolled.serial,
                slot_id=slot.meta.slot_id,
                keys=VaultKeys(dek, ik),
                store=store,
                header_head=head_before,
                lock=lock,
            )
            wipe(machine)
            self._watch_head(session)
            return CreatedVault(session=session, recovery_code=code)
        except BaseException:
            if store is not None:
                store.close()
            self._undo_create(vault_id)
            wipe(dek, ik, machine)
            lock.release()
            raise

    def _undo_create(self, vault_id: str) -> None:
        with contextlib.suppress(Exception):
            self._keys.delete(vault_id)
        for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", "vault.keys", "vault.keys.bak"):
            with contextlib.suppress(FileNotFoundError):
                (self.data_dir / name).unlink()

    # ------------------------------------------------------------------ unlock

    def unlock(
        self, card: SmartCard, password: str, pin: str, progress: Progress = _no_progress
    ) -> Session:
        lock = self._lock_existing().acquire()
        keys: VaultKeys | None = None
        store: Store | None = None
        machine: bytearray | None = None
        try:
            loaded = self._header.load()
            header = loaded.header
            self._check_key_store(header.demo)
            with ThreadPoolExecutor(1, thread_name_prefix="keyring") as pool:
                # The keyring answers over D-Bus in ~20 ms: let it work while
                # Argon2id runs. Its answer is awaited before any PIN is sent.
                fetch = pool.submit(self._machine_secret, header.vault_id)
                enrolled, card_info = read_card_and_info(card)
                slot = header.slot_for_card(enrolled.serial)
                if slot is None:
                    raise CardNotEnrolled(enrolled.serial)
                if (enrolled.dec_public, enrolled.sig_public) != (
                    slot.meta.card.dec_public,
                    slot.meta.card.sig_public,
                ):
                    raise CardMismatch(enrolled.serial)
                if card_info.pin_status.pw1_retries == 0:
                    raise PinBlocked(DECIPHER_PIN)
                delay = throttle.delay_for(header.failed_unlocks.count)
                if delay:
                    self._sleep(delay)
                progress(0.05)
                k_password = kdf.derive(password.encode("utf-8"), slot.meta.salt, slot.meta.kdf)
                try:
                    machine = fetch.result()
                except BaseException:
                    wipe(k_password)
                    raise
            progress(0.8)
            try:
                keys = self._open_user_slot(
                    header, slot, card, pin, password, machine, k_password=k_password
                )
            except Exception as exc:
                if _counts_as_failed_unlock(exc):
                    self._count_failure(header)
                raise
            progress(0.9)
            if not slot_crypto.header_mac_ok(header, keys.dek):
                raise HeaderTampered()
            store, header, rolled_forward = self._open_store(header, keys)
            self._check_head(header, store)
            self._refuse_revoked(store, slot, enrolled.serial, loaded.fell_back)
            user = _load_user(store, slot)
            with store.transaction() as tx:
                head_before = tx.audit_records.head()
                actor = f"user:{user.id}"
                new_header, dropped = _drop_revoked_slots(tx, header, actor)
                if header.failed_unlocks.count:
                    tx.audit.append(
                        "system",
                        "vault.unlock_failed",
                        f"vault:{header.vault_id}",
                        {
                            "count": header.failed_unlocks.count,
                        },
                    )
                    new_header = new_header.with_changes(failed_unlocks=FailedUnlocks())
                if loaded.fell_back:
                    tx.audit.append(
                        actor,
                        "vault.header_fallback",
                        f"vault:{header.vault_id}",
                        {
                            "problem": (loaded.problem or "")[:200],
                        },
                    )
                if rolled_forward:
                    tx.audit.append(
                        actor,
                        "vault.rekey_done",
                        f"vault:{header.vault_id}",
                        {
                            "generation": header.dek_generation,
                            "rolled_forward": True,
                        },
                    )
                if slot.carry or slot.meta.generation != header.dek_generation:
                    new_header = self._fold_carry(
                        new_header, slot, card, pin, password, machine, keys
                    )
                    tx.audit.append(
                        actor,
                        "vault.slot_rewrap",
                        actor,
                        {
                            "generation": header.dek_generation,
                        },
                    )
                tx.audit.append(
                    actor,
                    "vault.unlock",
                    actor,
                    {
                        "card": enrolled.serial,
                        "header_backup_used": loaded.fell_back,
                    },
                )
                if new_header != header or loaded.fell_back:
                    # Twice when slots were dropped: the .bak must not keep them.
                    self._save_signed(
                        new_header.with_changes(audit_head=head_before), keys.dek, twice=dropped
                    )
                    header_head = head_before
                else:
                    header_head = header.audit_head
            progress(1.0)
            session = Session(
                vault_id=header.vault_id,
                data_dir=self.data_dir,
                user=user,
                card_serial=enrolled.serial,
                slot_id=slot.meta.slot_id,
                keys=keys,
                store=store,
                header_fell_back=loaded.problem if loaded.fell_back else None,
                header_head=header_head,
                lock=lock,
            )
            self._watch_head(session)
            return session
        except BaseException:
            if store is not None:
                store.close()
            if keys is not None:
                keys.wipe()
            lock.release()
            raise
        finally:
            wipe(machine)

    def _open_user_slot(
        self,
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

    def _fold_carry(
        self,
        header: VaultHeader,
        slot: UserSlot,
        card: SmartCard,
        pin: str,
        password: str,
        machine: bytearray,
        keys: VaultKeys,
    ) -> VaultHeader:
        """After a rekey this user missed: a normal slot for the current DEK again."""
        fresh = self._reseal_slot(
            header,
            slot.meta,
            card,
            pin,
            password,
            machine,
            keys,
            new_password=None,
            generation=header.dek_generation,
        )
        return _replace_slot(header, fresh)

    def _open_store(self, header: VaultHeader, keys: VaultKeys) -> tuple[Store, VaultHeader, bool]:
        """The database under the current DEK; when a rekey stopped before the
        database was re-encrypted, open it with the prior DEK and finish the rekey.
        Returns (store, header as it now is, whether an interrupted rekey was finished)."""
        try:
            store = self._stores.open(self.db_path, bytes(keys.dek))
        except WrongDatabaseKey:
            if header.prior_dek is None:
                raise DatabaseCorrupt("the unwrapped key does not open vault.db") from None
        except DatabaseMissing:
            raise DatabaseCorrupt("vault.db is missing") from None
        except StorageCorrupt as exc:
            raise DatabaseCorrupt("; ".join(exc.problems[:3])) from None
        else:
            if header.prior_dek is None:
                return store, header, False
            # The database was rekeyed, the header not yet finished: finish it.
            try:
                finished = header.with_changes(prior_dek=None)
                self._save_signed(finished, keys.dek, twice=True)
            except BaseException:
                store.close()
                raise
            return store, slot_crypto.sign_header(finished, keys.dek), True
        assert header.prior_dek is not None
        prior = slot_crypto.open_prior(header.prior_dek, keys.dek, header.vault_uuid_bytes)
        if prior is None:
            raise DatabaseCorrupt("the unwrapped key does not open vault.db")
        try:
            store = self._stores.open(self.db_path, bytes(prior))
        except (WrongDatabaseKey, StorageCorrupt):
            raise DatabaseCorrupt("neither the new nor the prior key opens vault.db") from None
        finally:
            wipe(prior)
        try:
            store.rekey(bytes(keys.dek))
            finished = header.with_changes(prior_dek=None)
            self._save_signed(finished, keys.dek, twice=True)
        except BaseException:
            store.close()
            raise
        return store, slot_crypto.sign_header(finished, keys.dek), True

    def _refuse_revoked(self, store: Store, slot: UserSlot, serial: str, fell_back: bool) -> None:
        """A slot of a removed user or a retired card, from an old header put
        back: refused, and the attempt goes on the record."""
        with store.reading() as tx:
            reason = revocation.revoked_reason(tx, slot.meta)
        if reason is None:
            return
        with store.transaction() as tx:
            tx.audit.append(
                "system",
                "vault.unlock_refused",
                f"user:{slot.meta.user_id}",
                {"card": serial, "reason": reason, "header_backup_used": fell_back},
            )
        raise CardNotEnrolled(serial)

    def _check_head(self, header: VaultHeader, store: Store) -> None:
        with store.reading() as tx:
            actual = tx.audit_records.head()
            at_expected = (
                tx.audit_records.get(header.audit_head.seq) if header.audit_head.seq else None
            )
        comparison = compare_heads(header.audit_head, actual, at_expected)
        if not comparison.ok:
            raise DatabaseRolledBack(header.audit_head.seq, actual.seq)

    def _count_failure(self, header: VaultHeader) -> None:
        with contextlib.suppress(OSError, VaultError):
            # Re-read: the counter must not undo a header change made meanwhile.
            current = self._header.load().header
            failed = FailedUnlocks(current.failed_unlocks.count + 1, format_time(self._clock.now()))
            self._header.save(current.with_changes(failed_unlocks=failed))

    # ------------------------------------------------------------------ lock

    def lock(self, session: Session) -> None:
        """Audit the lock, write the audit head (MAC'd) into the header, close the
        database, wipe the keys, release the vault. Safe to call twice."""
        if session.closed:
            return
        try:
            with session.store.transaction() as tx:
                tx.audit.append(session.actor, "vault.lock", session.actor)
            self.checkpoint_head(session)
        finally:
            session.closed = True
            try:
                session.store.close()
            finally:
                session.keys.wipe()
                if session.lock is not None:
                    session.lock.release()

    def checkpoint_head(self, session: Session) -> None:
        """Write the database's audit head into the header — only into a header this
        session's DEK authenticates (never re-sign what someone else wrote)."""
        head = session.store.audit_head()
        header = self._header.load().header
        if not slot_crypto.header_mac_ok(header, session.keys.dek):
            return
        self._save_signed(header.with_changes(audit_head=head), session.keys.dek)
        session.header_head = head

    def _watch_head(self, session: Session) -> None:
        """Every commit that appends audit records may refresh the header's head."""

        def on_commit(head: AuditHead) -> None:
            if not session.closed and head.seq - session.header_head.seq >= HEAD_REFRESH:
                self.checkpoint_head(session)

        session.store.on_commit(on_commit)

    def refresh_head_if_due(self, session: Session) -> None:
        """Call after audited writes: refreshes the header every HEAD_REFRESH records."""
        if session.store.audit_head().seq - session.header_head.seq >= HEAD_REFRESH:
            self.checkpoint_head(session)

    # ------------------------------------------------------------------ audit

    def verify_audit(self, session: Session) -> VerificationResult:
        with session.store.reading() as tx:
            return verify_chain(tx.audit_records.iterate())

    # ------------------------------------------------------------------ password

    def change_password(
        self, session: Session, card: SmartCard, pin: str, old_password: str, new_password: str
    ) -> None:
        """Needs the old password and the user's own card again (someone at an
        unlocked screen must not be able to take the slot over)."""
        with self._change(session) as (header, tx):
            slot = _session_slot(header, session)
            self._require_card(card, slot)
            machine = self._machine_secret(header.vault_id)
            try:
                self._open_user_slot(header, slot, card, pin, old_password, machine).wipe()
                fresh = self._reseal_slot(
                    header,
                    slot.meta,
                    card,
                    pin,
                    old_password,
                    machine,
                    session.keys,
                    new_password=new_password,
                    generation=header.dek_generation,
                )
            finally:
                wipe(machine)
            tx.audit.append(session.actor, "user.password_change", session.actor)
            # Twice: the .bak must not keep a slot the old password opens.
            self._save_signed(_replace_slot(header, fresh), session.keys.dek, twice=True)

    # ------------------------------------------------------------------ users

    def enrollment_request(
        self, session: Session, action: str, user_name: str, role: Role, card: SmartCard
    ) -> bytes:
        """The record the chief procurator signs for enrolling ``card``."""
        with session.store.reading() as tx:
            head = tx.audit_records.head()
        return enrollment_record(
            session.vault_id,
            action,
            user_name,
            role,
            read_card(card),
            head,
            format_time(self._clock.now()),
        )

    def approve(self, approver: SmartCard, approver_pin: str, record: bytes) -> Approval:
        return sign_approval(approver, approver_pin, record)

    def add_user(
        self,
        session: Session,
        *,
        user_name: str,
        role: Role,
        card: SmartCard,
        pin: str,
        password: str,
        approval: Approval,
    ) -> None:
        """Enroll a user with their (provisioned) card. ``approval`` is the chief
        procurator's signature over ``enrollment_request(session, "user.add", …)``."""
        if role.receives_identity_key and session.keys.ik is None:
            raise NotPermitted("enroll a role that receives the identity key", session.role.value)
        with self._change(session) as (header, tx):
            enrolled = read_card(card)
            if header.slot_for_card(enrolled.serial) or tx.cards.find(enrolled.serial):
                raise CardAlreadyEnrolled(enrolled.serial)
            if header.slot_for_user(user_name) or tx.users.find_by_name(user_name):
                raise UserExists(user_name)
            approver_id = check_approval(tx, approval, approval.record)
            _check_record(approval.record, header.vault_id, "user.add", user_name, role, enrolled)
            point, k_card = self._enroll_card_factor(card, pin, enrolled)
            machine = self._machine_secret(header.vault_id)
            now = self._clock.now()
            try:
                user = tx.users.add(user_name, role, now)
                tx.cards.add(stored_card(enrolled, int(user.id), now))
                slot = self._seal_new_slot(
                    header.vault_id,
                    str(user.id),
                    user_name,
                    role,
                    enrolled,
                    header.kdf,
                    point,
                    k_card,
                    password,
                    machine,
                    session.keys.dek,
                    session.keys.ik if role.receives_identity_key else None,
                    generation=header.dek_generation,
                )
            finally:
                wipe(machine, k_card)
            tx.audit.append(
                session.actor,
                "user.add",
                f"user:{user.id}",
                {
                    "role": role.value,
                    "card": enrolled.serial,
                    "approved_by": f"user:{approver_id}",
                    "approval_signature": approval.signature.hex(),
                },
            )
            self._save_signed(header.with_changes(slots=(*header.slots, slot)), session.keys.dek)

    def replace_own_card(
        self,
        session: Session,
        *,
        password: str,
        old_card: SmartCard,
        old_pin: str,
        new_card: SmartCard,
        new_pin: str,
    ) -> None:
        """The user's password and old card prove it is them; the new card takes over."""
        with self._change(session) as (header, tx):
            slot = _session_slot(header, session)
            self._require_card(old_card, slot)
            machine = self._machine_secret(header.vault_id)
            try:
                self._open_user_slot(header, slot, old_card, old_pin, password, machine).wipe()
            finally:
                wipe(machine)
            self._swap_card(session, header, tx, slot, new_card, new_pin, password, None)

    def replace_card_approved(
        self,
        session: Session,
        *,
        user_name: str,
        new_card: SmartCard,
        new_pin: str,
        new_password: str,
        approval: Approval,
    ) -> None:
        """A lost card: the chief procurator's signature over
        ``enrollment_request(session, "card.replace", user, role, new_card)``; the
        user sets a password for the new slot."""
        with self._change(session) as (header, tx):
            slot = header.slot_for_user(user_name)
            if slot is None:
                raise UserNotFound(user_name)
            if slot.meta.holds_identity_key and session.keys.ik is None:
                raise NotPermitted("replace the card of a role that holds IK", session.role.value)
            self._swap_card(session, header, tx, slot, new_card, new_pin, new_password, approval)

    def _swap_card(
        self,
        session: Session,
        header: VaultHeader,
        tx: UnitOfWork,
        slot: UserSlot,
        new_card: SmartCard,
        new_pin: str,
        password: str,
        approval: Approval | None,
    ) -> None:
        enrolled = read_card(new_card)
        if header.slot_for_card(enrolled.serial) or tx.cards.find(enrolled.serial):
            raise CardAlreadyEnrolled(enrolled.serial)
        details: dict[str, str | int | bool | None] = {
            "old_card": slot.meta.card.serial,
            "new_card": enrolled.serial,
        }
        if approval is not None:
            approver_id = check_approval(tx, approval, approval.record)
            _check_record(
                approval.record,
                header.vault_id,
                "card.replace",
                slot.meta.user_name,
                slot.meta.role,
                enrolled,
            )
            details["approved_by"] = f"user:{approver_id}"
            details["approval_signature"] = approval.signature.hex()
        point, k_card = self._enroll_card_factor(new_card, new_pin, enrolled)
        machine = self._machine_secret(header.vault_id)
        now = self._clock.now()
        try:
            tx.cards.retire(slot.meta.card.serial, now)
            tx.cards.add(stored_card(enrolled, int(slot.meta.user_id), now))
            fresh = self._seal_new_slot(
                header.vault_id,
                slot.meta.user_id,
                slot.meta.user_name,
                slot.meta.role,
                enrolled,
                header.kdf,
                point,
                k_card,
                password,
                machine,
                session.keys.dek,
                session.keys.ik if slot.meta.holds_identity_key else None,
                generation=header.dek_generation,
                slot_id=slot.meta.slot_id,
            )
        finally:
            wipe(machine, k_card)
        tx.audit.append(session.actor, "card.replace", f"user:{slot.meta.user_id}", details)
        # Twice: the .bak must not keep a slot the old card opens.
        self._save_signed(_replace_slot(header, fresh), session.keys.dek, twice=True)

    def remove_user(self, session: Session, user_name: str) -> None:
        """Only a chief procurator removes users; the last chief cannot be removed."""
        if session.role is not Role.CHIEF:
            raise NotPermitted("remove a user", session.role.value)
        with self._change(session) as (header, tx):
            slot = header.slot_for_user(user_name)
            if slot is None:
                raise UserNotFound(user_name)
            chiefs = [s for s in header.slots if s.meta.role is Role.CHIEF]
            if slot.meta.role is Role.CHIEF and len(chiefs) == 1:
                raise LastChief()
            now = self._clock.now()
            tx.users.mark_removed(UserId(int(slot.meta.user_id)), now)
            with contextlib.suppress(NotFound):
                tx.cards.retire(slot.meta.card.serial, now)
            tx.audit.append(
                session.actor,
                "user.remove",
                f"user:{slot.meta.user_id}",
                {
                    "role": slot.meta.role.value,
                    "card": slot.meta.card.serial,
                },
            )
            remaining = tuple(s for s in header.slots if s.meta.slot_id != slot.meta.slot_id)
            # Twice: the .bak must not keep the removed user's slot.
            self._save_signed(header.with_changes(slots=remaining), session.keys.dek, twice=True)

    # ------------------------------------------------------------------ recovery

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

    # ------------------------------------------------------------------ rekey

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
            raise NotPermitted("rekey", session.role.value)  # the recovery slot needs IK
        header = self._header.load().header
        slot = _session_slot(header, session)
        self._require_card(card, slot)
        machine = self._machine_secret(header.vault_id)
        new_dek = _random_key()
        old_dek = session.keys.dek
        generation = header.dek_generation + 1
        uuid_bytes = header.vault_uuid_bytes
        pending_written = database_rekeyed = False
        try:
            self._open_user_slot(header, slot, card, pin, password, machine).wipe()
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
                        self._reseal_slot(
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
                else:
                    slots.append(_add_carry(s, machine, old_dek, new_dek, uuid_bytes, generation))
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

    # ------------------------------------------------------------------ helpers

    @contextlib.contextmanager
    def _change(self, session: Session) -> Iterator[tuple[VaultHeader, UnitOfWork]]:
        """One audited change: a transaction, the current header (whose MAC must
        verify under this session's DEK), a header save inside the transaction."""
        header = self._header.load().header
        if not slot_crypto.header_mac_ok(header, session.keys.dek):
            raise HeaderTampered()
        with session.store.transaction() as tx:
            yield header.with_changes(audit_head=tx.audit_records.head()), tx
        self.refresh_head_if_due(session)

    def _lock_existing(self) -> VaultLock:
        """The vault's lock, not yet taken; VaultNotFound when there is no vault
        (taking the lock would leave a stray lock file, or fail on a missing folder)."""
        if not self.exists():
            raise VaultNotFound(str(self.data_dir))
        return VaultLock(self.data_dir)

    def _save_signed(self, header: VaultHeader, dek: bytearray, *, twice: bool = False) -> None:
        signed = slot_crypto.sign_header(header, dek)
        self._header.save(signed)
        if twice:
            self._header.save(signed)

    def _check_key_store(self, demo: bool) -> None:
        if isinstance(self._keys, DemoKeyStore) and not demo:
            raise InsecureKeyring("DemoKeyStore")

    def _machine_secret(self, vault_id: str) -> bytearray:
        secret = self._keys.get(vault_id)
        if secret is None or len(secret) != 32:
            raise MachineSecretMissing(vault_id)
        return bytearray(secret)

    def _require_card(self, card: SmartCard, slot: UserSlot) -> None:
        serial = card.info().serial
        if serial != slot.meta.card.serial:
            raise CardMismatch(serial)

    def _enroll_card_factor(
        self, card: SmartCard, pin: str, enrolled: EnrolledCard
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

    def _seal_new_slot(
        self,
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
    ) -> UserSlot:
        meta = SlotMeta(
            slot_id=slot_id or uuid.uuid4().hex,
            user_id=user_id,
            user_name=user_name,
            role=role,
            card=enrolled,
            kdf=params,
            salt=os.urandom(kdf.SALT_LENGTH),
            ephemeral_point=point,
            generation=generation,
            holds_identity_key=role.receives_identity_key,
        )
        k_password = kdf.derive(password.encode("utf-8"), meta.salt, params)
        kek = slot_crypto.slot_kek(
            k_password, k_card, machine, uuid.UUID(vault_id).bytes, meta.slot_id
        )
        try:
            return slot_crypto.seal_slot(meta, kek, dek, ik if meta.holds_identity_key else None)
        finally:
            wipe(k_password, kek)

    def _reseal_slot(
        self,
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
        point, k_card = self._enroll_card_factor(card, pin, card_facts)
        try:
            return self._seal_new_slot(
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


def _random_key() -> bytearray:
    return bytearray(secrets.token_bytes(32))


def _counts_as_failed_unlock(exc: Exception) -> bool:
    return isinstance(exc, WrongPassword | WrongPin | PinBlocked)


def _load_user(store: Store, slot: UserSlot) -> User:
    with store.reading() as tx:
        return tx.users.get(UserId(int(slot.meta.user_id)))


def _drop_revoked_slots(
    tx: UnitOfWork, header: VaultHeader, actor: str
) -> tuple[VaultHeader, bool]:
    """An old header put back may still hold slots the database has revoked:
    they go (audited), so the next header written no longer carries them."""
    kept: list[UserSlot] = []
    for slot in header.slots:
        reason = revocation.revoked_reason(tx, slot.meta)
        if reason is None:
            kept.append(slot)
            continue
        tx.audit.append(
            actor,
            "vault.stale_slot_dropped",
            f"user:{slot.meta.user_id}",
            {"card": slot.meta.card.serial, "reason": reason},
        )
    if len(kept) == len(header.slots):
        return header, False
    return header.with_changes(slots=tuple(kept)), True


def _session_slot(header: VaultHeader, session: Session) -> UserSlot:
    slot = next((s for s in header.slots if s.meta.slot_id == session.slot_id), None)
    if slot is None:
        raise UserNotFound(session.user.name)
    return slot


def _replace_slot(header: VaultHeader, fresh: UserSlot) -> VaultHeader:
    return header.with_changes(
        slots=tuple(fresh if s.meta.slot_id == fresh.meta.slot_id else s for s in header.slots)
    )


def _add_carry(
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


def _check_record(
    record: bytes, vault_id: str, action: str, user_name: str, role: Role, card: EnrolledCard
) -> None:
    """The signed record must name exactly this vault, action, user, role and card."""
    try:
        doc = json.loads(record)
    except ValueError:
        raise ApprovalInvalid("the signed record is not JSON") from None
    expected = {
        "action": action,
        "vault_id": vault_id,
        "user": user_name,
        "role": role.value,
        "card": {
            "serial": card.serial,
            "sig_public": b64(card.sig_public),
            "dec_public": b64(card.dec_public),
        },
    }
    if not isinstance(doc, dict) or any(doc.get(k) != v for k, v in expected.items()):
        raise ApprovalInvalid("the signed record names a different enrollment")
