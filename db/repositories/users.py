"""Users and their enrolled cards."""

from __future__ import annotations

from datetime import datetime

from db._driver import Row
from db._values import as_bytes, as_int, as_opt_time, as_str, as_time, opt_time_text, time_text
from db.connection import Database
from desktop.domain.roles import Role
from desktop.domain.storage import NotFound
from desktop.domain.users import CardKey, EnrolledCard, User, UserId


class SqlUserRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, name: str, role: Role, created_at: datetime) -> User:
        user_id = self._db.insert(
            "INSERT INTO users (name, role, created_at) VALUES (?, ?, ?)",
            (name, role.value, time_text(created_at)),
        )
        return self.get(UserId(user_id))

    def get(self, user_id: UserId) -> User:
        rows = self._db.execute(
            "SELECT id, name, role, created_at, removed_at FROM users WHERE id = ?", (user_id,)
        )
        if not rows:
            raise NotFound("user", user_id)
        return _user(rows[0])

    def find_by_name(self, name: str) -> User | None:
        rows = self._db.execute(
            "SELECT id, name, role, created_at, removed_at FROM users"
            " WHERE name = ? AND removed_at IS NULL",
            (name,),
        )
        return _user(rows[0]) if rows else None

    def list(self, include_removed: bool = False) -> list[User]:
        rows = self._db.execute(
            "SELECT id, name, role, created_at, removed_at FROM users"
            " WHERE ? OR removed_at IS NULL ORDER BY id",
            (include_removed,),
        )
        return [_user(row) for row in rows]

    def mark_removed(self, user_id: UserId, at: datetime) -> User:
        self._db.execute(
            "UPDATE users SET removed_at = ? WHERE id = ? AND removed_at IS NULL",
            (time_text(at), user_id),
        )
        return self.get(user_id)


class SqlCardRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, card: EnrolledCard) -> None:
        self._db.execute(
            "INSERT INTO cards ("
            "serial, user_id, signature_key, signature_algorithm, signature_fingerprint,"
            " decryption_key, decryption_algorithm, decryption_fingerprint, enrolled_at,"
            " retired_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                card.serial, card.user_id,
                card.signature.public_key, card.signature.algorithm, card.signature.fingerprint,
                card.decryption.public_key, card.decryption.algorithm,
                card.decryption.fingerprint,
                time_text(card.enrolled_at), opt_time_text(card.retired_at),
            ),
        )

    def find(self, serial: str) -> EnrolledCard | None:
        rows = self._db.execute(
            "SELECT "
            "serial, user_id, signature_key, signature_algorithm, signature_fingerprint,"
            " decryption_key, decryption_algorithm, decryption_fingerprint, enrolled_at,"
            " retired_at"
            " FROM cards WHERE serial = ?",
            (serial,),
        )
        return _card(rows[0]) if rows else None

    def for_user(self, user_id: UserId, include_retired: bool = False) -> list[EnrolledCard]:
        rows = self._db.execute(
            "SELECT "
            "serial, user_id, signature_key, signature_algorithm, signature_fingerprint,"
            " decryption_key, decryption_algorithm, decryption_fingerprint, enrolled_at,"
            " retired_at"
            " FROM cards WHERE user_id = ? AND (? OR retired_at IS NULL) ORDER BY enrolled_at",
            (user_id, include_retired),
        )
        return [_card(row) for row in rows]

    def retire(self, serial: str, at: datetime) -> EnrolledCard:
        self._db.execute(
            "UPDATE cards SET retired_at = ? WHERE serial = ? AND retired_at IS NULL",
            (time_text(at), serial),
        )
        card = self.find(serial)
        if card is None:
            raise NotFound("card", serial)
        return card


def _user(row: Row) -> User:
    return User(
        id=UserId(as_int(row[0])),
        name=as_str(row[1]),
        role=Role(as_str(row[2])),
        created_at=as_time(row[3]),
        removed_at=as_opt_time(row[4]),
    )


def _card(row: Row) -> EnrolledCard:
    return EnrolledCard(
        serial=as_str(row[0]),
        user_id=UserId(as_int(row[1])),
        signature=CardKey(as_str(row[3]), as_bytes(row[2]), as_str(row[4])),
        decryption=CardKey(as_str(row[6]), as_bytes(row[5]), as_str(row[7])),
        enrolled_at=as_time(row[8]),
        retired_at=as_opt_time(row[9]),
    )
