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

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from desktop.audit.canonical import format_time
from desktop.audit.chain import verify_chain
from desktop.domain.audit import AuditHead, AuditRecord, user_subject
from desktop.domain.audit_query import AuditFilter, AuditRow, PageAt
from desktop.domain.roles import Role
from desktop.domain.users import User, UserId
from desktop.policy import Action, NotPermitted, allowed
from desktop.ports import SmartCard, Store, UnitOfWork
from desktop.vault import (
    card_memory,
    checkpoints,
    kdf,
    restore_acceptance,
    restore_marker,
    revocation,
    slot_crypto,
    slot_keys,
    trust,
    viewer_conversion,
    witness_rules,
)
from desktop.vault.core import DB_NAME, HEAD_REFRESH
from desktop.vault.create_flow import CreatedVault, CreateFlow
from desktop.vault.errors import (
    CardNotEnrolled,
    HeaderTampered,
    RosterMissing,
)
from desktop.vault.header import FailedUnlocks, UserSlot, VaultHeader
from desktop.vault.recovery_flow import RecoveryFlow, RecoveryResult
from desktop.vault.refound_flow import RefoundFlow
from desktop.vault.roster_chain import VerifiedRoster, sign_roster, verify_roster_chain
from desktop.vault.session import Session, VaultKeys
from desktop.vault.unlock_factors import counts_as_failed_unlock
from desktop.vault.user_admin import UserAdministration
from desktop.vault.viewer_flow import ViewerFlow
from desktop.vault.wipe import wipe

__all__ = ["DB_NAME", "HEAD_REFRESH", "CreatedVault", "RecoveryResult", "VaultInfo", "VaultService"]

Progress = Callable[[float], None]


@dataclass(frozen=True)
class VaultInfo:
    """Header facts, no secrets (`vault info`)."""

    vault_id: str
    unit_code: str
    unit_name: str
    created_at: str
    demo: bool
    development: bool
    dek_generation: int
    kdf: kdf.Argon2Params
    users: tuple[tuple[str, Role, str], ...]  # (name, role, card serial)
    audit_head: AuditHead
    failed_unlocks: int
    fell_back: str | None  # why vault.keys was unusable, when .bak was read
    rekey_pending: bool


def _no_progress(_: float) -> None:
    return None


class VaultService(CreateFlow, UserAdministration, RecoveryFlow, ViewerFlow, RefoundFlow):
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
            development=h.development,
            dek_generation=h.dek_generation,
            kdf=h.kdf,
            users=tuple(
                (s.meta.user_name, s.meta.role, s.meta.card.serial) for s in h.all_slots
            ),
            audit_head=h.audit_head,
            failed_unlocks=h.failed_unlocks.count,
            fell_back=loaded.problem if loaded.fell_back else None,
            rekey_pending=h.prior_dek is not None,
        )

    # ------------------------------------------------------------------ unlock

    def unlock(
        self, card: SmartCard, password: str, pin: str, progress: Progress = _no_progress,
        *, accept_restored: bool = False,
    ) -> Session:
        """``accept_restored``: the chief's card accepts a folder restored from a backup
        older than it remembers (restore_acceptance.py); ignored for other roles."""
        lock = self._lock_existing().acquire()
        keys: VaultKeys | None = None
        store: Store | None = None
        machine: bytearray | None = None
        converting = False
        try:
            opening = self._open_factors(card, password, progress, keyholder=True)
            loaded, header, roster, slot = (
                opening.loaded, opening.header, opening.roster, opening.slot
            )
            enrolled, role, remembered = opening.enrolled, opening.role, opening.remembered
            machine = opening.machine
            progress(0.8)
            try:
                keys = slot_keys.open_user_slot(
                    header, slot, card, pin, password, machine, k_password=opening.k_password
                )
            except Exception as exc:
                if counts_as_failed_unlock(exc):
                    self._count_failure(header)
                raise
            progress(0.9)
            if not slot_crypto.header_mac_ok(header, keys.dek):
                raise HeaderTampered()
            store, header, rolled_forward = self._open_store(header, keys)
            self._check_head(header, store)
            self._refuse_revoked(store, slot, enrolled.serial, loaded.fell_back)
            abandoned: card_memory.CardMemory | None = None
            if roster is not None:
                with store.reading() as tx:
                    abandoned = restore_acceptance.check_memory(
                        remembered, enrolled.serial, header.vault_id, roster, tx,
                        accept=accept_restored and role is Role.CHIEF)
            restored = restore_marker.read_note(self.data_dir)
            cached = _load_user(store, slot)
            # The role is the signed roster's; the users table is only a cache.
            user = replace(cached, role=role)
            now = self._clock.now()
            with store.reading() as tx:
                witness = witness_rules.check(tx, now, role)
            witnessed: checkpoints.CheckpointSummary | None = None
            checkpoint: checkpoints.StoredCheckpoint | None = None
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
                converting = roster is None and bool(
                    viewer_conversion.legacy_viewer_slots(new_header)
                )
                if roster is None:
                    new_header, roster = self._sign_first_roster(
                        tx, new_header, card, pin, actor, machine, keys.dek
                    )
                if witness.clock_behind is not None:  # the chief's unlock confirms it
                    tx.audit.append(actor, "clock.confirmed", f"vault:{header.vault_id}",
                                    {"clock": format_time(now),
                                     "last_record": witness.clock_behind})
                if remembered.blank and remembered.supported and _unlocked_before(
                    tx, actor, enrolled.serial
                ):
                    # A keyholder card that remembered this vault and now shows
                    # nothing was wiped: the chief sees it in his next summary.
                    tx.audit.append(actor, "card.memory_missing", actor,
                                    {"card": enrolled.serial})
                cited: restore_marker.RestoreNote | None = None
                if restored is not None:
                    # The note is written without a key: its head counts only if it
                    # is a record of this chain; else the record names the head the
                    # folder holds, and the chief's acceptance cites no note.
                    if restore_marker.names_record(restored, tx.audit_records.get):
                        cited = restored
                    tx.audit.append(actor, "backup.restore", f"vault:{header.vault_id}",
                                    {"backup": restored.backup, "made_at": restored.made_at,
                                     "head": restored.audit_head if cited
                                     else f"{head_before.seq}:{head_before.hash}",
                                     "restored_at": restored.restored_at,
                                     "note_matches": cited is not None})
                if cached.role is not role:
                    tx.audit.append(actor, "roster.cache_mismatch", actor,
                                    {"table_role": cached.role.value, "roster_role": role.value})
                tx.audit.append(
                    actor,
                    "vault.unlock",
                    actor,
                    {
                        "card": enrolled.serial,
                        "header_backup_used": loaded.fell_back,
                        "card_memory": "none" if remembered.blank else "checked",
                        "checkpoint_overdue": witness.overdue,
                    },
                )
                if role is Role.CHIEF:
                    new_header, roster = self._accept_recovery_key(
                        tx, new_header, roster, card, pin, actor
                    )
                    # His card proves itself with a fresh signature: the checkpoint.
                    _report_unlisted(tx, roster, new_header, actor)
                    checkpoint, witnessed = checkpoints.witness(
                        tx, card, pin, vault_id=header.vault_id, roster=roster, actor=actor,
                        reason=restore_acceptance.REASON if abandoned else "unlock",
                        at=self._clock.now(),
                        extra=restore_acceptance.acceptance_body(abandoned, head_before,
                                                                 cited)
                        if abandoned else None,
                    )
                    if abandoned is not None:
                        restore_acceptance.record(tx, actor, header.vault_id, checkpoint)
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
                if checkpoint is None:
                    checkpoint = checkpoints.last_checkpoint(tx)
            if restored is not None:
                restore_marker.clear_note(self.data_dir)
            if opening.founder is None:
                trust.pin_founder(self._keys, header.vault_id, roster.founder().sig_public)
            if remembered.supported:
                # Only once the checkpoint is on disk (DESIGN §7).
                card_memory.remember(card, pin, header.vault_id, roster, checkpoint)
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
                roster=roster,
                witnessed=witnessed,
                checkpoint_overdue=witness.overdue,
            )
            self._watch_head(session)
        except BaseException:
            if store is not None:
                store.close()
            if keys is not None:
                keys.wipe()
            lock.release()
            raise
        finally:
            wipe(machine)
        if converting:
            # The converted viewers' old slots must open nothing current.
            self.rekey(session, card, pin, password)
        return session

    def _accept_recovery_key(
        self, tx: UnitOfWork, header: VaultHeader, roster: VerifiedRoster, card: SmartCard,
        pin: str, actor: str,
    ) -> tuple[VaultHeader, VerifiedRoster]:
        """After a recovery, the new recovery key enters the roster at the chief's next
        unlock — his checkpoint witnesses the recovery. A recovery key that no recorded
        recovery since his last checkpoint explains is reported, never signed."""
        current = trust.recovery_key_hash(header.recovery.public_key)
        if current == roster.current.recovery_key:
            return header, roster
        recovery = tx.audit_records.last_of(witness_rules.RECOVERY)
        last = checkpoints.last_checkpoint(tx)
        explained = (
            recovery is not None
            and recovery.details.get("new_code_id") == header.recovery.code_id
            and (last is None or recovery.seq > last.record.seq)
        )
        if not explained:
            tx.audit.append(actor, "roster.recovery_key_mismatch", f"vault:{header.vault_id}",
                            {"code_id": header.recovery.code_id})
            return header, roster
        renewed = replace(roster.current, version=roster.current.version + 1,
                          recovery_key=current)
        signed = sign_roster(card, pin, header.vault_id, renewed, roster.hash,
                             tx.audit_records.head(), self._clock.now())
        verified = verify_roster_chain((*header.roster, signed), header.vault_id,
                                       trust.founder_key(self._keys, header.vault_id))
        tx.audit.append(actor, "roster.sign", f"vault:{header.vault_id}",
                        {"version": renewed.version, "roster": verified.hash,
                         "recovery_key": True})
        return header.with_changes(roster=(*header.roster, signed)), verified

    def _sign_first_roster(
        self, tx: UnitOfWork, header: VaultHeader, card: SmartCard, pin: str, actor: str,
        machine: bytearray, dek: bytearray,
    ) -> tuple[VaultHeader, VerifiedRoster]:
        """A vault made before rosters: its chief signs v1 from the slots it holds,
        each viewer's slot converted to hold a grant key (viewer_conversion.py)."""
        header, grant_keys = viewer_conversion.prepare(header, machine, dek)
        first = trust.first_roster(header, grant_keys)
        signed = sign_roster(card, pin, header.vault_id, first, "", tx.audit_records.head(),
                             self._clock.now())
        try:
            roster = verify_roster_chain((signed,), header.vault_id, None)
        except ValueError:
            raise RosterMissing() from None  # his card did not sign as his slot says
        tx.audit.append(actor, "roster.sign", f"vault:{header.vault_id}",
                        {"version": 1, "roster": roster.hash, "first_for_old_vault": True,
                         "viewers_converted": len(grant_keys)})
        return header.with_changes(roster=(signed,)), roster

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

    def verify_audit(self, session: Session, progress: Callable[[float], None] | None = None
                     ) -> checkpoints.AuditVerdict:
        """The chain recomputed and its checkpoints checked against the roster's chief
        keys, for any keyholder's own check that the vault is whole (it says only
        whether and where it breaks, never what it holds). ``progress`` hears the
        fraction done (the two walks of the chain)."""
        roster = _roster_of(session)
        with session.store.reading() as tx:
            total = tx.audit_records.head().seq
            chain = verify_chain(_counted(tx.audit_records.iterate(), total, 0, progress))
            witnesses = checkpoints.check_witnesses(
                _counted(tx.audit_records.iterate(), total, 1, progress), session.vault_id,
                roster,
            )
        return checkpoints.AuditVerdict(chain, witnesses)

    def audit_page(self, session: Session, where: AuditFilter, at: PageAt, seq: int,
                   limit: int) -> tuple[list[AuditRow], dict[str, str]]:
        """A page of the trail, newest first, and the names of the users and leads it
        mentions, in one read (the audit view, the extract): chief procurator only."""
        _require(session, Action.VIEW_AUDIT)
        with session.store.reading() as tx:
            rows = tx.audit_records.page(where, at, seq, limit)
            return rows, tx.audit_records.names({r.subject for r in rows})

    def sign_checkpoint(self, session: Session, card: SmartCard, pin: str
                        ) -> checkpoints.StoredCheckpoint:
        """A checkpoint on demand (the audit view): the chief's card signs the head now
        and remembers it (DO 0101). Only a card the roster names as a chief's signs;
        any other is refused (ChiefCardMismatch) and nothing is written."""
        _require(session, Action.VIEW_AUDIT)
        roster = _roster_of(session)
        with session.store.transaction() as tx:
            stored, _ = checkpoints.witness(
                tx, card, pin, vault_id=session.vault_id, roster=roster,
                actor=session.actor, reason="on-demand", at=self._clock.now(),
            )
        card_memory.remember(card, pin, session.vault_id, roster, stored)
        self.refresh_head_if_due(session)
        return stored

    def checkpoint_facts(
        self, session: Session, record_seq: int | None = None
    ) -> tuple[checkpoints.StoredCheckpoint, checkpoints.CheckpointSummary] | None:
        """A checkpoint (the last one, or the one at ``record_seq``) and what it
        witnessed since the one before: for the witness sheet. Chief procurator only."""
        _require(session, Action.VIEW_AUDIT)
        with session.store.reading() as tx:
            if record_seq is None:
                stored = checkpoints.last_checkpoint(tx)
            else:
                record = tx.audit_records.get(record_seq)
                stored = None if record is None else checkpoints.read_checkpoint(record)
            if stored is None:
                return None
            since = stored.envelope.body.get("since", 0)
            start = since if isinstance(since, int) else 0
            return stored, checkpoints.summarise(tx, start, stored.record.seq - 1)

    def audit_records(self, session: Session, last: int | None = None) -> list[AuditRecord]:
        """The trail itself (the newest ``last`` records, or all), for the roles that
        may read it: the chief procurator. Refused with NotPermitted otherwise."""
        _require(session, Action.VIEW_AUDIT)
        with session.store.reading() as tx:
            return tx.audit_records.last(last) if last else list(tx.audit_records.iterate())

    def check_audit(self, session: Session, progress: Callable[[float], None] | None = None
                    ) -> checkpoints.AuditVerdict:
        """`audit verify` in the audit view and the CLI alike: the chief procurator's
        recomputation of the chain and its checkpoints, itself recorded."""
        _require(session, Action.VIEW_AUDIT)
        verdict = self.verify_audit(session, progress)
        broken = verdict.chain.first_break
        witnesses = verdict.witnesses
        with session.store.transaction() as tx:
            tx.audit.append(
                session.actor,
                "audit.verify",
                "",
                {"checked": verdict.chain.checked, "ok": verdict.ok,
                 "first_break": broken.seq if broken else None,
                 "checkpoints": witnesses.checkpoints,
                 "unwitnessed": witnesses.unwitnessed,
                 "bad_checkpoint": witnesses.problem[0] if witnesses.problem else None},
            )
        self.refresh_head_if_due(session)
        return verdict


def _counted(records: Iterator[AuditRecord], total: int, walk: int,
             progress: Callable[[float], None] | None) -> Iterator[AuditRecord]:
    """The records, telling ``progress`` how far the ``walk``-th of two walks got."""
    if progress is None:
        yield from records
        return
    for done, record in enumerate(records, start=1):
        if done % 2000 == 0:
            progress((walk + done / max(total, 1)) / 2)
        yield record
    progress((walk + 1) / 2)


def _roster_of(session: Session) -> VerifiedRoster:
    assert session.roster is not None, "every unlocked session has a verified roster"
    return session.roster


def _require(session: Session, action: Action) -> None:
    if not allowed(session.role, action):
        raise NotPermitted(action, session.role)


def _unlocked_before(tx: UnitOfWork, actor: str, serial: str) -> bool:
    """Every unlock ends by writing the card's record: a card that unlocked before
    and shows none was wiped."""
    previous = tx.audit_records.last_of("vault.unlock", actor)
    return previous is not None and previous.details.get("card") == serial


def _report_unlisted(
    tx: UnitOfWork, roster: VerifiedRoster, header: VaultHeader, actor: str
) -> None:
    """Slots no roster entry vouches for, put in the chief's view at each unlock."""
    for slot in trust.unlisted_slots(roster, header):
        tx.audit.append(actor, "roster.unlisted_slot", user_subject(slot.meta.user_id),
                        {"card": slot.meta.card.serial, "slot_role": slot.meta.role.value})


def _load_user(store: Store, slot: UserSlot) -> User:
    with store.reading() as tx:
        return tx.users.get(UserId(int(slot.meta.user_id)))


def _drop_revoked_slots(
    tx: UnitOfWork, header: VaultHeader, actor: str
) -> tuple[VaultHeader, bool]:
    """An old header put back may still hold slots the database has revoked:
    they go (audited), so the next header written no longer carries them."""
    kept: list[UserSlot] = []
    for slot in header.all_slots:
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
    if len(kept) == len(header.all_slots):
        return header, False
    return header.with_changes(
        slots=tuple(s for s in header.slots if s in kept),
        viewer_slots=tuple(s for s in header.viewer_slots if s in kept),
    ), True
