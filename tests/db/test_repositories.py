"""Repositories return domain objects and keep the rules the schema enforces."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from db.store import SqlCipherStore
from desktop.domain.drafts import DraftId
from desktop.domain.roles import Role
from desktop.domain.storage import ConstraintViolation, NotFound
from desktop.domain.users import CardKey, EnrolledCard, User, UserId

WHEN = datetime(2026, 3, 1, 8, 0, 0, 250000, tzinfo=UTC)
LATER = WHEN + timedelta(days=1)


def _card(serial: str, user_id: UserId, at: datetime = WHEN) -> EnrolledCard:
    return EnrolledCard(
        serial, user_id,
        CardKey("p256-ecdsa", b"\x04" + bytes(64), "A1" * 20),
        CardKey("p256-ecdh", b"\x04" + bytes(range(64)), "B2" * 20),
        at,
    )


def test_users_round_trip(store: SqlCipherStore) -> None:
    with store.transaction() as tx:
        chief = tx.users.add("李检察长", Role.CHIEF, WHEN)
        clerk = tx.users.add("王芳", Role.CLERK, WHEN)
    assert chief == User(chief.id, "李检察长", Role.CHIEF, WHEN)
    with store.reading() as tx:
        assert tx.users.get(clerk.id) == clerk
        assert tx.users.find_by_name("王芳") == clerk
        assert tx.users.list() == [chief, clerk]
        with pytest.raises(NotFound):
            tx.users.get(UserId(99))


def test_removed_user_is_kept_but_not_active(store: SqlCipherStore) -> None:
    with store.transaction() as tx:
        clerk = tx.users.add("王芳", Role.CLERK, WHEN)
        removed = tx.users.mark_removed(clerk.id, LATER)
    assert removed.removed_at == LATER and not removed.active
    with store.reading() as tx:
        assert tx.users.list() == []
        assert tx.users.list(include_removed=True) == [removed]
        assert tx.users.find_by_name("王芳") is None
    with store.transaction() as tx:  # the name may return for a new person
        again = tx.users.add("王芳", Role.STAFF, LATER)
    assert again.id != clerk.id


def test_two_active_users_cannot_share_a_name(store: SqlCipherStore) -> None:
    with store.transaction() as tx:
        tx.users.add("王芳", Role.CLERK, WHEN)
    with pytest.raises(ConstraintViolation), store.transaction() as tx:
        tx.users.add("王芳", Role.STAFF, WHEN)


def test_user_time_must_be_aware(store: SqlCipherStore) -> None:
    with pytest.raises(ValueError), store.transaction() as tx:
        tx.users.add("王芳", Role.CLERK, datetime(2026, 3, 1))


def test_cards_enroll_find_retire(store: SqlCipherStore) -> None:
    with store.transaction() as tx:
        user = tx.users.add("王芳", Role.CLERK, WHEN)
        tx.cards.add(_card("0A1B2C3D", user.id))
    with store.reading() as tx:
        assert tx.cards.find("0A1B2C3D") == _card("0A1B2C3D", user.id)
        assert tx.cards.find("FFFFFFFF") is None
    with store.transaction() as tx:
        retired = tx.cards.retire("0A1B2C3D", LATER)
        tx.cards.add(_card("0A1B2C3E", user.id, LATER))
    assert retired.retired_at == LATER and not retired.active
    with store.reading() as tx:
        assert [c.serial for c in tx.cards.for_user(user.id)] == ["0A1B2C3E"]
        assert [c.serial for c in tx.cards.for_user(user.id, include_retired=True)] == [
            "0A1B2C3D", "0A1B2C3E",
        ]
    with pytest.raises(NotFound), store.transaction() as tx:
        tx.cards.retire("FFFFFFFF", LATER)


def test_a_card_is_enrolled_once(store: SqlCipherStore) -> None:
    with store.transaction() as tx:
        user = tx.users.add("王芳", Role.CLERK, WHEN)
        tx.cards.add(_card("0A1B2C3D", user.id))
    with pytest.raises(ConstraintViolation), store.transaction() as tx:
        tx.cards.add(_card("0A1B2C3D", user.id))


def test_card_needs_an_existing_user(store: SqlCipherStore) -> None:
    with pytest.raises(ConstraintViolation), store.transaction() as tx:
        tx.cards.add(_card("0A1B2C3D", UserId(7)))


def test_settings(store: SqlCipherStore) -> None:
    with store.transaction() as tx:
        tx.settings.set("unit.code", "110000")
        tx.settings.set("idle.minutes", "5")
        tx.settings.set("idle.minutes", "10")
    with store.reading() as tx:
        assert tx.settings.get("idle.minutes") == "10"
        assert tx.settings.get("missing") is None
        assert tx.settings.all() == {"idle.minutes": "10", "unit.code": "110000"}
    with store.transaction() as tx:
        tx.settings.delete("unit.code")
    with store.reading() as tx:
        assert tx.settings.all() == {"idle.minutes": "10"}


def test_drafts_save_update_list_delete(store: SqlCipherStore) -> None:
    with store.transaction() as tx:
        clerk = tx.users.add("王芳", Role.CLERK, WHEN)
        other = tx.users.add("赵六", Role.STAFF, WHEN)
        first = tx.drafts.save(clerk.id, "lead-form", b'{"step": 1}', WHEN)
        second = tx.drafts.save(clerk.id, "report-form", b"\x00\xff", WHEN)
        updated = tx.drafts.save(clerk.id, "lead-form", b'{"step": 2}', LATER, first.id)
    assert updated.id == first.id and updated.payload == b'{"step": 2}'
    assert updated.updated_at == LATER
    with store.reading() as tx:
        assert tx.drafts.for_owner(clerk.id) == [updated, second]
        assert tx.drafts.for_owner(other.id) == []
    with pytest.raises(NotFound), store.transaction() as tx:  # not his draft
        tx.drafts.save(other.id, "lead-form", b"x", LATER, first.id)
    with store.reading() as tx:
        assert tx.drafts.get(first.id) == updated
    with store.transaction() as tx:
        tx.drafts.delete(first.id)
    with store.reading() as tx, pytest.raises(NotFound):
        tx.drafts.get(DraftId(first.id))
