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
    NotAChiefCard,
    UserExists,
    UserNotFound,
)
from desktop.vault.header import EnrolledCard, UserSlot, VaultHeader
from desktop.vault.prepared_card import ADD, REPLACE, PreparedCard
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
            _refuse_known(header, tx, ADD, user_name, enrolled.serial)
            roster, entry = accept_roster(
                tx, header, _roster(session), approval, self._founder(header),
                self._clock.now(), action=ADD, user_name=user_name, role=role, card=enrolled,
            )
            grant_key = None
            if not role.holds_vault_keys:
                grant_key = self._pending_grant_keys.pop(entry.slot_id, None)
                if grant_key is None:
                    raise ApprovalInvalid("the proposal was made in another session")
            try:
                factors = slot_keys.new_card_factors(card, pin, enrolled, password, header.kdf)
                try:
                    self._add_slot(session, header, tx, user_name, role, enrolled, factors,
                                   grant_key, approval, roster, entry.slot_id)
                finally:
                    factors.wipe()
            finally:
                wipe(grant_key)
        session.roster = roster

    # ------------------------------------------------- a new card, in phases

    def check_new_card(self, session: Session, action: str, user_name: str,
                       card: SmartCard) -> EnrolledCard:
        """Phase 1's checks, before any PIN is asked: a real card (outside development),
        not enrolled already, and a name that is free (ADD) or enrolled (REPLACE)."""
        header = self._header.load().header
        enrolled, info = read_card_and_info(card)
        trust.refuse_test_card(info, card.reader_name,
                               development=header.demo or header.development)
        with session.store.reading() as tx:
            _refuse_known(header, tx, action, user_name, enrolled.serial)
        return enrolled

    def prepare_card(self, session: Session, action: str, user_name: str, role: Role,
                     card: SmartCard, pin: str, password: str) -> PreparedCard:
        """Phase 1, with the new card in the reader (see prepared_card.py). Nothing is
        written; ``role`` is ignored for REPLACE (the user keeps hers)."""
        if not allowed(session.role, Action.ENROLL_USER):
            raise NotPermitted(Action.ENROLL_USER, session.role)
        header = self._header.load().header
        enrolled = self.check_new_card(session, action, user_name, card)
        slot = header.slot_for_user(user_name) if action == REPLACE else None
        if slot is not None:
            role = slot.meta.role
        holds_ik = slot.meta.holds_identity_key if slot is not None else role.receives_identity_key
        if holds_ik and session.keys.ik is None:
            raise NotPermitted(Action.ENROLL_USER, session.role)
        with session.store.reading() as tx:
            head = tx.audit_records.head()
        now = self._clock.now()
        grant_key, grant_public = None, b""
        if not role.holds_vault_keys:
            grant_key, grant_public = slot_keys.new_grant_key()
        try:
            if slot is None:
                slot_id, record = propose_new_user(header, _roster(session), user_name, role,
                                                   enrolled, head, now, grant_public)
            else:
                slot_id = slot.meta.slot_id
                record = propose_card(header, _roster(session), slot, enrolled, head, now,
                                      grant_public)
            factors = slot_keys.new_card_factors(card, pin, enrolled, password, header.kdf)
        except BaseException:
            wipe(grant_key)
            raise
        return PreparedCard(action, user_name, role, enrolled, slot_id, record, factors,
                            grant_key)

    def approve_prepared(self, session: Session, approver: SmartCard, approver_pin: str,
                         prepared: PreparedCard) -> Approval:
        """Phase 2: a chief's card signs the proposal. A card the roster does not name as
        a chief (the new card left in, a clerk's) is refused before its PIN is spent."""
        serial = approver.info().serial
        if serial not in {e.card_serial for e in _roster(session).current.chiefs()}:
            raise NotAChiefCard(serial)
        return self.approve(approver, approver_pin, prepared.record)

    def enrol_prepared(self, session: Session, prepared: PreparedCard,
                       approval: Approval) -> None:
        """Phase 3 of ADD, no card needed. ``prepared`` is wiped, whatever happens."""
        try:
            if prepared.action != ADD or prepared.wiped:
                raise ApprovalInvalid("not a prepared enrolment")
            if prepared.role.receives_identity_key and session.keys.ik is None:
                raise NotPermitted(Action.ENROLL_USER, session.role)
            name, card = prepared.user_name, prepared.card
            with self._change(session) as (header, tx):
                _refuse_known(header, tx, ADD, name, card.serial)
                roster, entry = accept_roster(
                    tx, header, _roster(session), approval, self._founder(header),
                    self._clock.now(), action=ADD, user_name=name, role=prepared.role,
                    card=card,
                )
                if entry.slot_id != prepared.slot_id:
                    raise ApprovalInvalid("the signed roster is not this proposal")
                self._add_slot(session, header, tx, name, prepared.role, card,
                               prepared.factors, prepared.grant_key, approval, roster,
                               entry.slot_id)
        finally:
            prepared.wipe()
        session.roster = roster

    def replace_card_prepared(self, session: Session, prepared: PreparedCard,
                              approval: Approval, *, acting_card: SmartCard, acting_pin: str,
                              acting_password: str) -> int:
        """Phase 3 of REPLACE: the card swapped in the slot (no card needed), then the
        keys renewed with the acting chief's card, PIN and password, as
        replace_card_approved. ``prepared`` is wiped, whatever happens."""
        try:
            if prepared.action != REPLACE or prepared.wiped:
                raise ApprovalInvalid("not a prepared card replacement")
            with self._change(session) as (header, tx):
                slot = header.slot_for_user(prepared.user_name)
                if slot is None or slot.meta.slot_id != prepared.slot_id:
                    raise UserNotFound(prepared.user_name)
                if slot.meta.holds_identity_key and session.keys.ik is None:
                    raise NotPermitted(Action.ENROLL_USER, session.role)
                roster = self._accept_swap(session, header, tx, slot, prepared.card, approval)
                self._seal_swap(session, header, tx, slot, prepared.card, prepared.factors,
                                prepared.grant_key, approval, roster)
        finally:
            prepared.wipe()
        session.roster = roster
        return self.rekey(session, acting_card, acting_pin, acting_password)

    def _add_slot(self, session: Session, header: VaultHeader, tx: UnitOfWork, user_name: str,
                  role: Role, enrolled: EnrolledCard, factors: slot_keys.NewCardFactors,
                  grant_key: bytearray | None, approval: Approval, roster: VerifiedRoster,
                  slot_id: str) -> None:
        """The new user, card, slot and audit record, and the header with the signed
        roster version. The caller wipes ``factors`` and ``grant_key``."""
        if not role.holds_vault_keys and grant_key is None:
            raise ApprovalInvalid("the proposal was made in another session")
        now = self._clock.now()
        machine = self._machine_secret(header.vault_id)
        try:
            user = tx.users.add(user_name, role, now)
            tx.cards.add(stored_card(enrolled, int(user.id), now))
            slot = slot_keys.seal_with_factors(
                header.vault_id, str(user.id), user_name, role, enrolled, factors, machine,
                session.keys.dek, session.keys.ik, generation=header.dek_generation,
                slot_id=slot_id, grant_key=grant_key,
            )
        finally:
            wipe(machine)
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
        self._save_signed(grown.with_changes(roster=chain_with(header, approval)),
                          session.keys.dek)

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
        enrolled, info = read_card_and_info(new_card)
        trust.refuse_test_card(info, new_card.reader_name,
                               development=header.demo or header.development)
        roster = self._accept_swap(session, header, tx, slot, enrolled, approval)
        grant_key = None
        if slot.meta.is_viewer:
            grant_key = self._pending_grant_keys.pop(slot.meta.slot_id, None)
            if grant_key is None:
                raise ApprovalInvalid("the proposal was made in another session")
        try:
            factors = slot_keys.new_card_factors(new_card, new_pin, enrolled, password,
                                                 header.kdf)
            try:
                self._seal_swap(session, header, tx, slot, enrolled, factors, grant_key,
                                approval, roster)
            finally:
                factors.wipe()
        finally:
            wipe(grant_key)
        return roster

    def _accept_swap(self, session: Session, header: VaultHeader, tx: UnitOfWork,
                     slot: UserSlot, enrolled: EnrolledCard,
                     approval: Approval) -> VerifiedRoster:
        if header.slot_for_card(enrolled.serial) or tx.cards.find(enrolled.serial):
            raise CardAlreadyEnrolled(enrolled.serial)
        roster, _ = accept_roster(
            tx, header, _roster(session), approval, self._founder(header), self._clock.now(),
            action=REPLACE, user_name=slot.meta.user_name, role=slot.meta.role,
            card=enrolled,
        )
        return roster

    def _seal_swap(self, session: Session, header: VaultHeader, tx: UnitOfWork,
                   slot: UserSlot, enrolled: EnrolledCard, factors: slot_keys.NewCardFactors,
                   grant_key: bytearray | None, approval: Approval,
                   roster: VerifiedRoster) -> None:
        """The slot re-sealed for the new card; the caller wipes ``factors``."""
        if slot.meta.is_viewer and grant_key is None:
            raise ApprovalInvalid("the proposal was made in another session")
        details: dict[str, str | int | bool | None] = {
            "old_card": slot.meta.card.serial,
            "new_card": enrolled.serial,
            "approved_by": approval.approver_serial,
            "roster_version": roster.current.version,
        }
        machine = self._machine_secret(header.vault_id)
        now = self._clock.now()
        try:
            tx.cards.retire(slot.meta.card.serial, now)
            tx.cards.add(stored_card(enrolled, int(slot.meta.user_id), now))
            fresh = slot_keys.seal_with_factors(
                header.vault_id, slot.meta.user_id, slot.meta.user_name, slot.meta.role,
                enrolled, factors, machine, session.keys.dek,
                session.keys.ik if slot.meta.holds_identity_key else None,
                generation=header.dek_generation, slot_id=slot.meta.slot_id,
                grant_key=grant_key,
            )
        finally:
            wipe(machine)
        tx.audit.append(session.actor, "card.replace", user_subject(slot.meta.user_id), details)
        # Twice: the .bak must not keep a slot the old card opens.
        changed = slot_keys.replace_slot(header, fresh)
        self._save_signed(changed.with_changes(roster=chain_with(header, approval)),
                          session.keys.dek, twice=True)

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


def _refuse_known(header: VaultHeader, tx: UnitOfWork, action: str, user_name: str,
                  serial: str) -> None:
    if header.slot_for_card(serial) or tx.cards.find(serial):
        raise CardAlreadyEnrolled(serial)
    if action == ADD and (header.slot_for_user(user_name) or tx.users.find_by_name(user_name)):
        raise UserExists(user_name)
    if action == REPLACE and header.slot_for_user(user_name) is None:
        raise UserNotFound(user_name)


def _roster(session: Session) -> VerifiedRoster:
    assert session.roster is not None, "every unlocked session has a verified roster"
    return session.roster
