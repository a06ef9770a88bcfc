"""The vault's use cases behind one facade (VaultService): create, unlock and
lock here; users in user_admin.py, recovery in recovery_flow.py, rekey in
rekey_flow.py, slot building in slot_keys.py. Each change is one database transaction
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
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from desktop.audit.canonical import format_time
from desktop.audit.chain import VerificationResult, verify_chain
from desktop.card.errors import PinBlocked, WrongPin
from desktop.domain.audit import AuditHead, AuditRecord, user_subject
from desktop.domain.roles import Role
from desktop.domain.users import User, UserId
from desktop.policy import Action, NotPermitted, allowed
from desktop.ports import SmartCard, Store, UnitOfWork
from desktop.vault import (
    kdf,
    recovery_code,
    recovery_slot,
    revocation,
    slot_crypto,
    slot_keys,
    throttle,
)
from desktop.vault.core import DB_NAME, HEAD_REFRESH
from desktop.vault.enrollment import read_card, read_card_and_info, stored_card
from desktop.vault.errors import (
    CardMismatch,
    CardNotEnrolled,
    HeaderTampered,
    VaultError,
    VaultExists,
    WrongPassword,
)
from desktop.vault.header import FailedUnlocks, UserSlot, VaultHeader
from desktop.vault.lock_file import VaultLock
from desktop.vault.recovery_flow import RecoveryFlow, RecoveryResult
from desktop.vault.session import Session, VaultKeys
from desktop.vault.user_admin import UserAdministration
from desktop.vault.wipe import wipe

__all__ = ["DB_NAME", "HEAD_REFRESH", "CreatedVault", "RecoveryResult", "VaultInfo", "VaultService"]

DECIPHER_PIN = 0x82
Progress = Callable[[float], None]


@dataclass(frozen=True)
class CreatedVault:
    """A new vault: its id and the recovery code (set-up and `vault init` show it)."""

    vault_id: str
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


def _no_progress(_: float) -> None:
    return None


class VaultService(UserAdministration, RecoveryFlow):
    """The vault's use cases behind one facade: create, unlock, lock and
    audit here; users (user_admin.py), recovery (recovery_flow.py) and rekey
    (rekey_flow.py) in their own modules."""

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
    ) -> tuple[Session, CreatedVault]:
        """A new vault whose first user is a chief procurator, and his open session.
        ``kdf_params`` None calibrates Argon2id on this machine (about 0.5 s, ≥ 64 MiB)."""
        if self.exists() or self.db_path.exists():
            raise VaultExists(str(self.data_dir))
        self._check_key_store(demo)
        # Only this account may list or read the vault's files.
        self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        lock = VaultLock(self.data_dir).acquire()
        vault_id = str(uuid.uuid4())
        params = kdf_params if kdf_params is not None else kdf.calibrate()
        dek, ik, machine = slot_keys.random_key(), slot_keys.random_key(), slot_keys.random_key()
        store: Store | None = None
        try:
            enrolled = read_card(card)
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
                actor = user_subject(user.id)
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
            return session, CreatedVault(vault_id=vault_id, recovery_code=code)
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
                keys = slot_keys.open_user_slot(
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
                actor = user_subject(user.id)
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
                if new_header != header or loaded.fell_back or rolled_forward:
                    # Twice when slots were dropped (the .bak must not keep them)
                    # or a rekey finished (the .bak must not keep the prior DEK).
                    self._save_signed(
                        new_header.with_changes(audit_head=head_before),
                        keys.dek,
                        twice=dropped or rolled_forward,
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
        fresh = slot_keys.reseal_slot(
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
        return slot_keys.replace_slot(header, fresh)

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
                user_subject(slot.meta.user_id),
                {"card": serial, "reason": reason, "header_backup_used": fell_back},
            )
        raise CardNotEnrolled(serial)

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

    # ------------------------------------------------------------------ audit

    def verify_audit(self, session: Session) -> VerificationResult:
        """The chain recomputed, for any keyholder's own check that the vault is whole
        (it says only whether and where the chain breaks, never what it holds)."""
        with session.store.reading() as tx:
            return verify_chain(tx.audit_records.iterate())

    def audit_records(self, session: Session, last: int | None = None) -> list[AuditRecord]:
        """The trail itself (the newest ``last`` records, or all), for the roles that
        may read it: the chief procurator. Refused with NotPermitted otherwise."""
        _require(session, Action.VIEW_AUDIT)
        with session.store.reading() as tx:
            return tx.audit_records.last(last) if last else list(tx.audit_records.iterate())

    def check_audit(self, session: Session) -> VerificationResult:
        """`audit verify` in the audit view and the CLI alike: the chief procurator's
        recomputation of the chain, itself recorded."""
        _require(session, Action.VIEW_AUDIT)
        result = self.verify_audit(session)
        broken = result.first_break
        with session.store.transaction() as tx:
            tx.audit.append(
                session.actor,
                "audit.verify",
                "",
                {"checked": result.checked, "ok": result.ok,
                 "first_break": broken.seq if broken else None},
            )
        self.refresh_head_if_due(session)
        return result


def _require(session: Session, action: Action) -> None:
    if not allowed(session.role, action):
        raise NotPermitted(action, session.role)


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
            user_subject(slot.meta.user_id),
            {"card": slot.meta.card.serial, "reason": reason},
        )
    if len(kept) == len(header.slots):
        return header, False
    return header.with_changes(slots=tuple(kept)), True
