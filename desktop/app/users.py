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

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.app.cards import CardAccess
    from desktop.card.session import OpenPgpSession
    from desktop.domain.enrolment_record import EnrolmentRecord
    from desktop.vault.service import VaultService
    from desktop.vault.session import Session


class LastClerk(Exception):
    """Removing this user would leave the register without a clerk."""


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
        """Enrol the prepared card in ``reader`` for ``name``: the proposed roster
        version is signed by the chief's own card (in his reader, ``chief_pin``), then
        the new user's slot is sealed with her password and PIN. Returns the card's
        serial. The new card must be in another reader than the chief's."""
        self._require(Action.ENROLL_USER)
        with self._card(reader) as card, self._card(self._reader) as chief:
            record = self._vault.enrollment_request(self._session, "user.add", name, role,
                                                    card)
            approval = self._vault.approve(chief, chief_pin, record)
            self._vault.add_user(self._session, user_name=name, role=role, card=card,
                                 pin=pin, password=password, approval=approval)
            return card.info().serial

    def replace_card(self, name: str, reader: str, password: str, pin: str, chief_pin: str,
                     chief_password: str) -> int:
        """A lost card: the prepared card in ``reader`` takes over ``name``'s slot (she
        sets a new password and PIN), signed by the chief's card; then the keys are
        renewed with his card, PIN and password. Returns the new key generation."""
        self._require(Action.ENROLL_USER)
        with self._session.store.reading() as tx:
            user = tx.users.find_by_name(name)
        if user is None:
            from desktop.vault.errors import UserNotFound

            raise UserNotFound(name)
        with self._card(reader) as card, self._card(self._reader) as chief:
            record = self._vault.enrollment_request(self._session, "card.replace", name,
                                                    user.role, card)
            approval = self._vault.approve(chief, chief_pin, record)
            return self._vault.replace_card_approved(
                self._session, user_name=name, new_card=card, new_pin=pin,
                new_password=password, approval=approval, acting_card=chief,
                acting_pin=chief_pin, acting_password=chief_password)

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
