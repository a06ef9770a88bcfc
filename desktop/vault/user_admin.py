"""Enrolled people: change a password, enroll a user with the chief
procurator's signed approval, replace a card (with the old card, or with the
chief's approval), remove a user. Each is one audited transaction with its
header write (DESIGN.md §2, §6)."""

from __future__ import annotations

import contextlib

from desktop.audit.canonical import format_time
from desktop.domain.audit import user_subject
from desktop.domain.roles import Role
from desktop.domain.storage import NotFound
from desktop.domain.users import UserId
from desktop.policy import Action, NotPermitted, allowed
from desktop.ports import SmartCard, UnitOfWork
from desktop.vault import slot_keys
from desktop.vault.enrollment import (
    Approval,
    check_approval,
    check_enrollment_record,
    enrollment_record,
    read_card,
    sign_approval,
    stored_card,
)
from desktop.vault.errors import (
    CardAlreadyEnrolled,
    LastChief,
    UserExists,
    UserNotFound,
)
from desktop.vault.header import UserSlot, VaultHeader
from desktop.vault.rekey_flow import RekeyFlow
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
            raise NotPermitted(Action.ENROLL_USER, session.role)
        with self._change(session) as (header, tx):
            enrolled = read_card(card)
            if header.slot_for_card(enrolled.serial) or tx.cards.find(enrolled.serial):
                raise CardAlreadyEnrolled(enrolled.serial)
            if header.slot_for_user(user_name) or tx.users.find_by_name(user_name):
                raise UserExists(user_name)
            now = self._clock.now()
            approver_id = check_approval(tx, approval)
            check_enrollment_record(
                approval.record, header.vault_id, "user.add", user_name, role, enrolled, now
            )
            point, k_card = slot_keys.enroll_card_factor(card, pin, enrolled)
            machine = self._machine_secret(header.vault_id)
            try:
                user = tx.users.add(user_name, role, now)
                tx.cards.add(stored_card(enrolled, int(user.id), now))
                slot = slot_keys.seal_new_slot(
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
                user_subject(user.id),
                {
                    "role": role.value,
                    "card": enrolled.serial,
                    "approved_by": user_subject(approver_id),
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
            slot = slot_keys.session_slot(header, session)
            slot_keys.require_card(old_card, slot)
            machine = self._machine_secret(header.vault_id)
            try:
                slot_keys.open_user_slot(header, slot, old_card, old_pin, password, machine).wipe()
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
            self._swap_card(session, header, tx, slot, new_card, new_pin, new_password, approval)
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
            approver_id = check_approval(tx, approval)
            check_enrollment_record(
                approval.record,
                header.vault_id,
                "card.replace",
                slot.meta.user_name,
                slot.meta.role,
                enrolled,
                self._clock.now(),
            )
            details["approved_by"] = user_subject(approver_id)
            details["approval_signature"] = approval.signature.hex()
        point, k_card = slot_keys.enroll_card_factor(new_card, new_pin, enrolled)
        machine = self._machine_secret(header.vault_id)
        now = self._clock.now()
        try:
            tx.cards.retire(slot.meta.card.serial, now)
            tx.cards.add(stored_card(enrolled, int(slot.meta.user_id), now))
            fresh = slot_keys.seal_new_slot(
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
        tx.audit.append(session.actor, "card.replace", user_subject(slot.meta.user_id), details)
        # Twice: the .bak must not keep a slot the old card opens.
        self._save_signed(slot_keys.replace_slot(header, fresh), session.keys.dek, twice=True)

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
            remaining = tuple(s for s in header.slots if s.meta.slot_id != slot.meta.slot_id)
            # Twice: the .bak must not keep the removed user's slot.
            self._save_signed(header.with_changes(slots=remaining), session.keys.dek, twice=True)
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
