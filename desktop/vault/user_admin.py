"""Enrolled people: change a password, enroll a user with the chief
procurator's signed approval, replace a card (with the old card, or with the
chief's approval), remove a user. Each is one audited transaction with its
header write (DESIGN.md §2, §6)."""

from __future__ import annotations

import contextlib

from desktop.domain.audit import user_subject
from desktop.domain.roles import Role
from desktop.domain.storage import NotFound
from desktop.domain.users import UserId
from desktop.policy import Action, NotPermitted, allowed
from desktop.ports import SmartCard, UnitOfWork
from desktop.vault import slot_keys, trust
from desktop.vault.enrollment import Approval, read_card, read_card_and_info, stored_card
from desktop.vault.errors import (
    ApprovalInvalid,
    CardAlreadyEnrolled,
    LastChief,
    UserExists,
    UserNotFound,
)
from desktop.vault.header import UserSlot, VaultHeader
from desktop.vault.rekey_flow import RekeyFlow
from desktop.vault.roster_chain import VerifiedRoster
from desktop.vault.roster_changes import (
    accept_roster,
    chain_with,
    propose_card,
    propose_new_user,
    propose_removal,
    sign_proposal,
)
from desktop.vault.session import Session
from desktop.vault.wipe import wipe


class UserAdministration(RekeyFlow):  # removal renews the keys
    # ------------------------------------------------------------------ password

    def change_password(
        self, session: Session, card: SmartCard, pin: str, old_password: str, new_password: str
    ) -> None:
        """Needs the old password and the user's own card again (someone at an
        unlocked screen must not be able to take the slot over)."""
        with self._change(session) as (header, tx):
            slot = slot_keys.session_slot(header, session)
            slot_keys.require_card(card, slot)
            machine = self._machine_secret(header.vault_id)
            try:
                slot_keys.open_user_slot(header, slot, card, pin, old_password, machine).wipe()
                fresh = slot_keys.reseal_slot(
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
            self._save_signed(slot_keys.replace_slot(header, fresh), session.keys.dek, twice=True)

    # ------------------------------------------------------------------ users

    def enrollment_request(
        self, session: Session, action: str, user_name: str, role: Role, card: SmartCard
    ) -> bytes:
        """The next roster version a chief procurator's card signs to enroll ``card``
        ("user.add") or to give it to an enrolled user ("card.replace")."""
        header = self._header.load().header
        enrolled = read_card(card)
        with session.store.reading() as tx:
            head = tx.audit_records.head()
        now = self._clock.now()
        roster = _roster(session)
        if action == "user.add":
            if role.holds_vault_keys:
                return propose_new_user(header, roster, user_name, role, enrolled, head, now)[1]
            grant_key, grant_public = slot_keys.new_grant_key()
            slot_id, record = propose_new_user(
                header, roster, user_name, role, enrolled, head, now, grant_public
            )
            self._pending_grant_keys[slot_id] = grant_key
            return record
        slot = header.slot_for_user(user_name)
        if slot is None:
            raise UserNotFound(user_name)
        if not slot.meta.is_viewer:
            return propose_card(header, roster, slot, enrolled, head, now)
        grant_key, grant_public = slot_keys.new_grant_key()
        self._pending_grant_keys[slot.meta.slot_id] = grant_key
        return propose_card(header, roster, slot, enrolled, head, now, grant_public)

    def approve(self, approver: SmartCard, approver_pin: str, record: bytes) -> Approval:
        """The chief's card signs a proposed roster version (after his PIN)."""
        return sign_proposal(approver, approver_pin, record, self._clock.now())

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
            raise NotPermitted(Action.ENROLL_USER, session.role)
        with self._change(session) as (header, tx):
            enrolled, info = read_card_and_info(card)
            trust.refuse_test_card(
                info, card.reader_name, development=header.demo or header.development
            )
            if header.slot_for_card(enrolled.serial) or tx.cards.find(enrolled.serial):
                raise CardAlreadyEnrolled(enrolled.serial)
            if header.slot_for_user(user_name) or tx.users.find_by_name(user_name):
                raise UserExists(user_name)
            now = self._clock.now()
            roster, entry = accept_roster(
                tx, header, _roster(session), approval, self._founder(header), now,
                action="user.add", user_name=user_name, role=role, card=enrolled,
            )
            grant_key = None
            if not role.holds_vault_keys:
                grant_key = self._pending_grant_keys.pop(entry.slot_id, None)
                if grant_key is None:
                    raise ApprovalInvalid("the proposal was made in another session")
            point, k_card = slot_keys.enroll_card_factor(card, pin, enrolled)
            machine = self._machine_secret(header.vault_id)
            try:
                user = tx.users.add(user_name, role, now)
                tx.cards.add(stored_card(enrolled, int(user.id), now))
                slot = slot_keys.seal_new_slot(
                    header.vault_id, str(user.id), user_name, role, enrolled, header.kdf,
                    point, k_card, password, machine, session.keys.dek, session.keys.ik,
                    generation=header.dek_generation, slot_id=entry.slot_id,
                    grant_key=grant_key,
                )
            finally:
                wipe(machine, k_card, grant_key)
            tx.audit.append(
                session.actor,
                "user.add",
                user_subject(user.id),
                {
                    "role": role.value,
                    "card": enrolled.serial,
                    "approved_by": approval.approver_serial,
                    "roster_version": roster.current.version,
                },
            )
            if slot.meta.is_viewer:
                grown = header.with_changes(viewer_slots=(*header.viewer_slots, slot))
            else:
                grown = header.with_changes(slots=(*header.slots, slot))
            self._save_signed(
                grown.with_changes(roster=chain_with(header, approval)), session.keys.dek
            )
        session.roster = roster

    def replace_own_card(
        self,
        session: Session,
        *,
        password: str,
        old_card: SmartCard,
        old_pin: str,
        new_card: SmartCard,
        new_pin: str,
        approval: Approval | None = None,
    ) -> None:
        """The user's password and old card prove it is them; the new card takes over.
        The roster changes, so a chief's card signs it: ``approval`` (over
        ``enrollment_request(session, "card.replace", …)``), or — for a chief
        procurator replacing his own card — his old card, here."""
        header = self._header.load().header
        slot = slot_keys.session_slot(header, session)
        slot_keys.require_card(old_card, slot)
        if approval is None:
            if session.role is not Role.CHIEF:
                raise ApprovalInvalid("a new card changes the roster: the chief must sign it")
            record = self.enrollment_request(
                session, "card.replace", slot.meta.user_name, slot.meta.role, new_card
            )
            approval = self.approve(old_card, old_pin, record)
        with self._change(session) as (header, tx):
            slot = slot_keys.session_slot(header, session)
            machine = self._machine_secret(header.vault_id)
            try:
                slot_keys.open_user_slot(header, slot, old_card, old_pin, password, machine).wipe()
            finally:
                wipe(machine)
            roster = self._swap_card(session, header, tx, slot, new_card, new_pin, password,
                                     approval)
        session.roster = roster

    def replace_card_approved(
        self,
        session: Session,
        *,
        user_name: str,
        new_card: SmartCard,
        new_pin: str,
        new_password: str,
        approval: Approval,
        acting_card: SmartCard,
        acting_pin: str,
        acting_password: str,
    ) -> int:
        """A lost card: the chief procurator's signature over
        ``enrollment_request(session, "card.replace", user, role, new_card)``; the
        user sets a password for the new slot. Then the keys are renewed with the
        acting user's card, PIN and password, so whoever finds the lost card gets
        nothing current from it even with an old key file and the password (a crash
        between leaves the card replaced: `vault rekey` finishes the job). Returns the
        new key generation."""
        with self._change(session) as (header, tx):
            slot = header.slot_for_user(user_name)
            if slot is None:
                raise UserNotFound(user_name)
            if slot.meta.holds_identity_key and session.keys.ik is None:
                raise NotPermitted(Action.ENROLL_USER, session.role)
            roster = self._swap_card(session, header, tx, slot, new_card, new_pin, new_password,
                                     approval)
        session.roster = roster
        return self.rekey(session, acting_card, acting_pin, acting_password)

    def _swap_card(
        self,
        session: Session,
        header: VaultHeader,
        tx: UnitOfWork,
        slot: UserSlot,
        new_card: SmartCard,
        new_pin: str,
        password: str,
        approval: Approval,
    ) -> VerifiedRoster:
        enrolled = read_card(new_card)
        if header.slot_for_card(enrolled.serial) or tx.cards.find(enrolled.serial):
            raise CardAlreadyEnrolled(enrolled.serial)
        roster, _ = accept_roster(
            tx, header, _roster(session), approval, self._founder(header), self._clock.now(),
            action="card.replace", user_name=slot.meta.user_name, role=slot.meta.role,
            card=enrolled,
        )
        details: dict[str, str | int | bool | None] = {
            "old_card": slot.meta.card.serial,
            "new_card": enrolled.serial,
            "approved_by": approval.approver_serial,
            "roster_version": roster.current.version,
        }
        grant_key = None
        if slot.meta.is_viewer:
            grant_key = self._pending_grant_keys.pop(slot.meta.slot_id, None)
            if grant_key is None:
                raise ApprovalInvalid("the proposal was made in another session")
        point, k_card = slot_keys.enroll_card_factor(new_card, new_pin, enrolled)
        machine = self._machine_secret(header.vault_id)
        now = self._clock.now()
        try:
            tx.cards.retire(slot.meta.card.serial, now)
            tx.cards.add(stored_card(enrolled, int(slot.meta.user_id), now))
            fresh = slot_keys.seal_new_slot(
                header.vault_id, slot.meta.user_id, slot.meta.user_name, slot.meta.role,
                enrolled, header.kdf, point, k_card, password, machine, session.keys.dek,
                session.keys.ik if slot.meta.holds_identity_key else None,
                generation=header.dek_generation, slot_id=slot.meta.slot_id,
                grant_key=grant_key,
            )
        finally:
            wipe(machine, k_card, grant_key)
        tx.audit.append(session.actor, "card.replace", user_subject(slot.meta.user_id), details)
        # Twice: the .bak must not keep a slot the old card opens.
        changed = slot_keys.replace_slot(header, fresh)
        self._save_signed(changed.with_changes(roster=chain_with(header, approval)),
                          session.keys.dek, twice=True)
        return roster

    def remove_user(
        self, session: Session, user_name: str, card: SmartCard, pin: str, password: str
    ) -> int:
        """Only a chief procurator removes users; the last chief cannot be removed.
        The database and identity keys are renewed first (with the acting chief's
        card, PIN and password), then the user's slot goes: her old keys open nothing
        current, even from a copy of vault.keys taken before. A crash in between
        leaves her enrolled under the new keys, and the removal is simply run again.
        Returns the new key generation."""
        if not allowed(session.role, Action.REMOVE_USER):
            raise NotPermitted(Action.REMOVE_USER, session.role)
        self._removable(self._header.load().header, user_name)
        generation = self.rekey(session, card, pin, password)
        with self._change(session) as (header, tx):
            slot = self._removable(header, user_name)
            now = self._clock.now()
            record = propose_removal(header, _roster(session), slot,
                                     tx.audit_records.head(), now)
            approval = self.approve(card, pin, record)
            roster, _ = accept_roster(
                tx, header, _roster(session), approval, self._founder(header), now,
                action="user.remove", user_name=slot.meta.user_name, role=slot.meta.role,
                card=None,
            )
            tx.users.mark_removed(UserId(int(slot.meta.user_id)), now)
            with contextlib.suppress(NotFound):
                tx.cards.retire(slot.meta.card.serial, now)
            tx.audit.append(
                session.actor,
                "user.remove",
                user_subject(slot.meta.user_id),
                {
                    "role": slot.meta.role.value,
                    "card": slot.meta.card.serial,
                },
            )
            def others(slots: tuple[UserSlot, ...]) -> tuple[UserSlot, ...]:
                return tuple(s for s in slots if s.meta.slot_id != slot.meta.slot_id)

            # Twice: the .bak must not keep the removed user's slot.
            self._save_signed(
                header.with_changes(
                    slots=others(header.slots), viewer_slots=others(header.viewer_slots),
                    roster=chain_with(header, approval),
                ),
                session.keys.dek, twice=True,
            )
        session.roster = roster
        return generation

    @staticmethod
    def _removable(header: VaultHeader, user_name: str) -> UserSlot:
        slot = header.slot_for_user(user_name)
        if slot is None:
            raise UserNotFound(user_name)
        chiefs = [s for s in header.slots if s.meta.role is Role.CHIEF]
        if slot.meta.role is Role.CHIEF and len(chiefs) == 1:
            raise LastChief()
        return slot


def _roster(session: Session) -> VerifiedRoster:
    assert session.roster is not None, "every unlocked session has a verified roster"
    return session.roster
