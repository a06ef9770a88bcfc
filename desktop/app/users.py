"""The chief procurator's Users page and everyone's own password (issue 13): the
enrolled people with role, card, status and last unlock; removal (with the
automatic key renewal) with his own card; a PIN unblocked with a card's admin PIN.
Enrolment and card replacement remain roster changes (desktop/vault/user_admin.py).

Removing the last chief is refused by the vault (LastChief); removing the last
clerk is refused here (LastClerk): the register would have no one to keep it."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from desktop.audit.canonical import parse_time
from desktop.domain.audit import user_subject
from desktop.domain.roles import Role
from desktop.policy import Action, NotPermitted, allowed
from desktop.vault.prepared_card import ADD, REPLACE

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.app.cards import CardAccess
    from desktop.card.session import OpenPgpSession
    from desktop.domain.enrolment_record import EnrolmentRecord
    from desktop.vault.enrollment import Approval
    from desktop.vault.prepared_card import PreparedCard
    from desktop.vault.service import VaultService
    from desktop.vault.session import Session


class LastClerk(Exception):
    """Removing this user would leave the register without a clerk."""


class StillYourCard(Exception):
    """The chief's own card is in the reader where the new card was asked for."""


class NotYourCard(Exception):
    """Another card than the session's own is in its reader where his was asked back."""

    def __init__(self, serial: str) -> None:
        super().__init__(f"card {serial} is not this session's card")
        self.serial = serial


@dataclass(frozen=True)
class UserRow:
    name: str
    role: Role
    card_serial: str
    active: bool
    last_unlock: datetime | None
    is_self: bool


class Users:
    """desktop.app.ports.UsersPort over one session."""

    def __init__(self, vault: VaultService, session: Session, cards: CardAccess | None,
                 reader: str | None,
                 render: Callable[[EnrolmentRecord], bytes] | None = None) -> None:
        self._vault = vault
        self._session = session
        self._cards = cards
        self._reader = reader
        self._render = render

    def listed(self) -> list[UserRow]:
        s = self._session
        self._require(Action.ENROLL_USER)
        rows: list[UserRow] = []
        with s.store.reading() as tx:
            for user in tx.users.list(include_removed=True):
                cards = tx.cards.for_user(user.id, include_retired=not user.active)
                unlock = tx.audit_records.last_of("vault.unlock", user_subject(user.id))
                rows.append(UserRow(
                    user.name, user.role, cards[-1].serial if cards else "", user.active,
                    parse_time(unlock.time) if unlock is not None else None,
                    user.id == s.user.id))
        return sorted(rows, key=lambda r: (not r.active, r.role.value, r.name))

    def remove(self, name: str, pin: str, password: str) -> int:
        """With the chief's own card (in his reader), PIN and password; the keys are
        renewed first. Returns the new key generation."""
        self._require(Action.REMOVE_USER)
        with self._session.store.reading() as tx:
            users = tx.users.list()
        target = next((u for u in users if u.name == name), None)
        if target is not None and target.role is Role.CLERK and sum(
                u.role is Role.CLERK for u in users) == 1:
            raise LastClerk()
        with self._card(self._reader) as card:
            return self._vault.remove_user(self._session, name, card, pin, password)

    def enrol(self, name: str, role: Role, reader: str, password: str, pin: str,
              chief_pin: str) -> str:
        """Two readers: the prepared card in ``reader`` for ``name``, the chief's own in
        his; the phases of the one-reader flow run back to back. Returns the serial."""
        self._require(Action.ENROLL_USER)
        with self._card(reader) as card, self._card(self._reader) as chief:
            prepared = self._vault.prepare_card(self._session, ADD, name, role, card, pin,
                                                password)
            approval = self._signed(chief, chief_pin, prepared)
            self._vault.enrol_prepared(self._session, prepared, approval)
            return prepared.serial

    def replace_card(self, name: str, reader: str, password: str, pin: str, chief_pin: str,
                     chief_password: str) -> int:
        """Two readers: the prepared card in ``reader`` takes over ``name``'s slot (she
        sets a new password and PIN), signed by the chief's card; then the keys are
        renewed with his card, PIN and password. Returns the new key generation."""
        self._require(Action.ENROLL_USER)
        with self._card(reader) as card, self._card(self._reader) as chief:
            prepared = self._vault.prepare_card(self._session, REPLACE, name, Role.STAFF,
                                                card, pin, password)
            approval = self._signed(chief, chief_pin, prepared)
            return self._vault.replace_card_prepared(
                self._session, prepared, approval, acting_card=chief, acting_pin=chief_pin,
                acting_password=chief_password)

    # -- one reader (DESIGN §2): the chief's card out, the new card in, his card back

    def check_new_card(self, action: str, name: str, reader: str) -> str:
        """The card now in ``reader`` may be enrolled for ``name`` (no PIN asked): not
        the chief's own (StillYourCard), not enrolled, a real card. Its serial."""
        self._require(Action.ENROLL_USER)
        with self._card(reader) as card:
            self._refuse_own(card)
            return self._vault.check_new_card(self._session, action, name, card).serial

    def prepare(self, action: str, name: str, role: Role, reader: str, password: str,
                pin: str) -> PreparedCard:
        """Phase 1 with the new card in ``reader``: its PIN and the user's password."""
        self._require(Action.ENROLL_USER)
        with self._card(reader) as card:
            self._refuse_own(card)
            return self._vault.prepare_card(self._session, action, name, role, card, pin,
                                            password)

    def own_card_back(self) -> None:
        """The session's own card is in its reader again (else NotYourCard)."""
        with self._card(self._reader) as card:
            serial = card.info().serial
        if serial != self._session.card_serial:
            raise NotYourCard(serial)

    def finish_enrolment(self, prepared: PreparedCard, chief_pin: str) -> str:
        """Phases 2 and 3: the chief's own card signs, then the slot is sealed. A wrong
        PIN keeps ``prepared`` for another try; anything later wipes it."""
        self._require(Action.ENROLL_USER)
        with self._card(self._reader) as chief:
            approval = self._signed(chief, chief_pin, prepared, own=True)
        self._vault.enrol_prepared(self._session, prepared, approval)
        return prepared.serial

    def finish_replacement(self, prepared: PreparedCard, chief_pin: str,
                           chief_password: str) -> int:
        """Phases 2 and 3 of a replacement; the keys are renewed with his card."""
        self._require(Action.ENROLL_USER)
        with self._card(self._reader) as chief:
            approval = self._signed(chief, chief_pin, prepared, own=True)
            return self._vault.replace_card_prepared(
                self._session, prepared, approval, acting_card=chief, acting_pin=chief_pin,
                acting_password=chief_password)

    @staticmethod
    def abandon(prepared: PreparedCard) -> None:
        prepared.wipe()

    def _signed(self, chief: OpenPgpSession, pin: str, prepared: PreparedCard, *,
                own: bool = False) -> Approval:
        from desktop.card.errors import WrongPin

        if own:
            serial = chief.info().serial
            if serial != self._session.card_serial:
                raise NotYourCard(serial)
        try:
            return self._vault.approve_prepared(self._session, chief, pin, prepared)
        except WrongPin:
            raise  # another try with the same preparation
        except BaseException:
            prepared.wipe()
            raise

    def _refuse_own(self, card: OpenPgpSession) -> None:
        if card.info().serial == self._session.card_serial:
            raise StillYourCard()

    def change_own_password(self, pin: str, old_password: str, new_password: str) -> None:
        with self._card(self._reader) as card:
            self._vault.change_password(self._session, card, pin, old_password, new_password)

    def unblock_pin(self, reader: str, admin_pin: str, new_pin: str) -> str:
        """A user's blocked PIN reset with that card's admin PIN (the chief's act,
        audited). Returns the card's serial."""
        self._require(Action.ENROLL_USER)
        with self._card(reader) as card:
            serial = card.info().serial
            card.unblock_pin(admin_pin, new_pin)
        with self._session.store.transaction() as tx:
            tx.audit.append(self._session.actor, "card.pin_unblocked", f"card:{serial}",
                            {"card": serial})
        return serial

    def enrolment_record(self, name: str) -> bytes:
        """The user's roster entry on one page (a PDF, from memory)."""
        import hashlib
        from datetime import UTC

        from desktop.domain.enrolment_record import EnrolmentRecord

        self._require(Action.ENROLL_USER)
        roster = self._session.roster
        assert roster is not None
        entry = next((e for e in reversed(roster.current.entries) if e.name == name), None)
        with self._session.store.reading() as tx:
            user = tx.users.find_by_name(name)
        if entry is None or user is None or self._render is None:
            from desktop.vault.errors import UserNotFound

            raise UserNotFound(name)

        def fingerprint(key: str) -> str:
            digest = hashlib.sha256(key.encode("ascii")).hexdigest()[:32]
            return " ".join(digest[i:i + 4] for i in range(0, 32, 4))

        info = self._vault.info()
        return self._render(EnrolmentRecord(
            unit_name=info.unit_name, unit_code=info.unit_code, vault_id=info.vault_id,
            name=entry.name, role=entry.role, active=entry.active,
            card_serial=entry.card_serial, signature_key=fingerprint(entry.sig_public),
            decryption_key=fingerprint(entry.dec_public),
            roster_version=roster.current.version, roster_hash=roster.hash,
            enrolled_at=user.created_at.replace(tzinfo=user.created_at.tzinfo or UTC
                                                ).astimezone(),
            printed_at=datetime.now(UTC).astimezone()))

    def readers(self) -> list[str]:
        return [] if self._cards is None else self._cards.readers()

    def _card(self, reader: str | None
              ) -> contextlib.AbstractContextManager[OpenPgpSession]:
        from desktop.card.errors import NoCard

        if self._cards is None:
            raise NoCard()
        return self._cards.session(reader)

    def _require(self, action: Action) -> None:
        if not allowed(self._session.role, action):
            raise NotPermitted(action, self._session.role)
