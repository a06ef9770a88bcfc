"""`vault refound` (DESIGN.md §6): every chief card is lost, the backup included, so
nothing can sign the next roster. A keyholder (the clerk, with her card, PIN and
password) and a new chief procurator (with his new card), before a witness, start a
new vault in a new folder: a copy of the database under a new key, a new vault id,
a new machine secret and recovery code, and a roster v1 signed by the new chief that
cites the old vault and its last checkpoint. The old folder is left as it was, its
chain ending in a `vault.refound` record: a visible new beginning, never a silent
one. Everyone else is enrolled again by the new chief."""

from __future__ import annotations

import contextlib
import uuid
from pathlib import Path

from desktop.audit.canonical import format_time
from desktop.domain.audit import user_subject
from desktop.domain.roles import Role
from desktop.domain.roster import Roster
from desktop.policy import Action, NotPermitted
from desktop.ports import SmartCard
from desktop.vault import (
    card_memory,
    checkpoints,
    recovery_code,
    recovery_slot,
    revocation,
    slot_crypto,
    slot_keys,
    trust,
)
from desktop.vault.core import DB_NAME, VaultCore
from desktop.vault.create_flow import ChiefCard, CreatedVault
from desktop.vault.enrollment import read_card, stored_card
from desktop.vault.errors import HeaderTampered, VaultExists
from desktop.vault.header import VaultHeader
from desktop.vault.header_file import HeaderFile
from desktop.vault.lock_file import VaultLock
from desktop.vault.roster_chain import entry_for, sign_roster, verify_roster_chain
from desktop.vault.session import Session
from desktop.vault.wipe import wipe


class RefoundFlow(VaultCore):
    def refound(
        self,
        session: Session,
        *,
        into: Path,
        chief: ChiefCard,
        card: SmartCard,
        pin: str,
        password: str,
        witness: str,
    ) -> CreatedVault:
        """The new vault in ``into`` (a folder that does not exist yet), founded by
        ``chief``; ``card``/``pin``/``password`` are the acting keyholder's, who keeps
        a slot in it. Returns its id and its recovery code (print and seal it)."""
        if not session.role.holds_vault_keys or session.keys.ik is None:
            raise NotPermitted(Action.REKEY, session.role)
        if into.exists():
            raise VaultExists(str(into))
        header = self._header.load().header
        if not slot_crypto.header_mac_ok(header, session.keys.dek):
            raise HeaderTampered()
        slot = slot_keys.session_slot(header, session)
        slot_keys.require_card(card, slot)
        old_machine = self._machine_secret(header.vault_id)
        try:  # the acting keyholder proves all three factors again
            slot_keys.open_user_slot(header, slot, card, pin, password, old_machine).wipe()
        finally:
            wipe(old_machine)
        new_id = str(uuid.uuid4())
        with session.store.transaction() as tx:
            last = checkpoints.last_checkpoint(tx)
            tx.audit.append(session.actor, "vault.refound", f"vault:{header.vault_id}",
                            {"into_vault": new_id, "witness": witness[:60]})
        origin = header.vault_id + (
            f" {last.record.seq}:{last.record.hash}" if last else f" 0:{'0' * 64}"
        )
        into.mkdir(mode=0o700, parents=True)
        lock = VaultLock(into).acquire()
        dek, machine = slot_keys.random_key(), slot_keys.random_key()
        ik = bytearray(session.keys.ik)  # identities stay wrapped by the same IK
        try:
            session.store.export(into / DB_NAME, bytes(dek))
            code = self._found(header, session, into, new_id, origin, chief, card, pin,
                               password, witness, dek, ik, machine)
        except BaseException:
            with contextlib.suppress(Exception):
                self._keys.delete(new_id)
            for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", "vault.keys",
                         "vault.keys.bak"):
                with contextlib.suppress(FileNotFoundError):
                    (into / name).unlink()
            raise
        finally:
            wipe(dek, ik, machine)
            lock.release()
        return CreatedVault(vault_id=new_id, recovery_code=code)

    def _found(
        self, old: VaultHeader, session: Session, into: Path, new_id: str, origin: str,
        chief: ChiefCard, card: SmartCard, pin: str, password: str, witness: str,
        dek: bytearray, ik: bytearray, machine: bytearray,
    ) -> str:
        chief_card, keeper_card = read_card(chief.card), read_card(card)
        chief_point, chief_k = slot_keys.enroll_card_factor(chief.card, chief.pin, chief_card)
        keeper_point, keeper_k = slot_keys.enroll_card_factor(card, pin, keeper_card)
        code, secret = recovery_code.generate()
        uuid_bytes = uuid.UUID(new_id).bytes
        recovery = recovery_slot.new_recovery_slot(secret, old.kdf, uuid_bytes, 1, dek, ik,
                                                   machine)
        self._keys.put(new_id, bytes(machine))
        store = self._stores.open(into / DB_NAME, bytes(dek))
        try:
            now = self._clock.now()
            with store.transaction() as tx:
                head_before = tx.audit_records.head()
                for user in tx.users.list():  # the roster starts again: only these two
                    if user.id != session.user.id:
                        tx.users.mark_removed(user.id, now)
                        for held in tx.cards.for_user(user.id):
                            tx.cards.retire(held.serial, now)
                new_chief = tx.users.add(chief.user_name, Role.CHIEF, now)
                tx.cards.add(stored_card(chief_card, int(new_chief.id), now))
                chief_slot = slot_keys.seal_new_slot(
                    new_id, str(new_chief.id), chief.user_name, Role.CHIEF, chief_card,
                    old.kdf, chief_point, chief_k, chief.password, machine, dek, ik,
                    generation=1,
                )
                keeper_slot = slot_keys.seal_new_slot(
                    new_id, str(session.user.id), session.user.name, session.role,
                    keeper_card, old.kdf, keeper_point, keeper_k, password, machine, dek,
                    ik, generation=1,
                )
                actor = user_subject(new_chief.id)
                tx.audit.append(actor, "vault.refound", f"vault:{new_id}",
                                {"from_vault": old.vault_id, "origin": origin,
                                 "witness": witness[:60]})
                tx.audit.append(actor, "recovery.issue", f"vault:{new_id}",
                                {"code_id": recovery.code_id})
                revocation.record_recovery_code(tx, recovery.code_id)
                first = Roster(
                    version=1,
                    entries=(
                        entry_for(chief_slot.meta.slot_id, chief.user_name, Role.CHIEF,
                                  chief_card),
                        entry_for(keeper_slot.meta.slot_id, session.user.name, session.role,
                                  keeper_card),
                    ),
                    recovery_key=trust.recovery_key_hash(recovery.public_key),
                    origin=origin,
                )
                signed = sign_roster(chief.card, chief.pin, new_id, first, "",
                                     tx.audit_records.head(), now)
                roster = verify_roster_chain((signed,), new_id, None)
                tx.audit.append(actor, "roster.sign", f"vault:{new_id}",
                                {"version": 1, "roster": roster.hash, "refounded": True})
                checkpoint, _ = checkpoints.witness(
                    tx, chief.card, chief.pin, vault_id=new_id, roster=roster, actor=actor,
                    reason="refound", at=now,
                )
                header = VaultHeader(
                    vault_id=new_id, unit_code=old.unit_code, unit_name=old.unit_name,
                    created_at=format_time(now), demo=old.demo, kdf=old.kdf,
                    dek_generation=1, slots=(chief_slot, keeper_slot), recovery=recovery,
                    audit_head=head_before, roster=(signed,), development=old.development,
                )
                HeaderFile(into).save(slot_crypto.sign_header(header, dek))
        finally:
            store.close()
            wipe(chief_k, keeper_k)
        trust.pin_founder(self._keys, new_id, first.entries[0].sig_public)
        card_memory.remember(chief.card, chief.pin, new_id, roster, checkpoint)
        card_memory.remember(card, pin, new_id, roster, checkpoint)
        return code
