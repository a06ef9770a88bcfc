"""The audit log in the real database: append-only triggers, tamper detection by the chain,
records written in the same transaction as the change, rollback detection."""

from __future__ import annotations

import itertools
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.store import SqlCipherStore, SqlCipherStoreFactory
from desktop.audit.chain import BreakReason, VerificationResult, verify_chain
from desktop.audit.details import check_details
from desktop.audit.errors import ForbiddenAuditDetail, InvalidAuditField
from desktop.audit.heads import HeadStatus, compare_heads
from desktop.domain.audit import GENESIS_HASH
from desktop.domain.roles import Role
from desktop.domain.storage import ConstraintViolation

WHEN = datetime(2026, 3, 1, tzinfo=UTC)


def _append(store: SqlCipherStore, count: int) -> None:
    for i in range(count):
        with store.transaction() as tx:
            tx.settings.set(f"k{i}", str(i))
            tx.audit.append("user:1", "settings.change", f"setting:k{i}", {"index": i})


def _verify(store: SqlCipherStore) -> VerificationResult:
    with store.reading() as tx:
        return verify_chain(tx.audit_records.iterate())


def _drop_triggers(store: SqlCipherStore) -> None:
    """What a tamperer with the key would do first."""
    db = store.database
    for name in ("audit_log_no_update", "audit_log_no_delete", "audit_log_append_in_order"):
        db.execute(f"DROP TRIGGER {name}")


def test_records_chain_from_genesis(store: SqlCipherStore) -> None:
    _append(store, 5)
    with store.reading() as tx:
        records = list(tx.audit_records.iterate())
    assert [r.seq for r in records] == [1, 2, 3, 4, 5]
    assert records[0].prev_hash == GENESIS_HASH
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(records))
    result = _verify(store)
    assert result.ok and result.checked == 5 and result.head == records[-1].head
    assert store.audit_head() == records[-1].head


def test_update_and_delete_are_refused(store: SqlCipherStore) -> None:
    _append(store, 3)
    db = store.database
    with pytest.raises(ConstraintViolation, match="append-only"):
        db.execute("UPDATE audit_log SET actor = 'user:9' WHERE seq = 2")
    with pytest.raises(ConstraintViolation, match="append-only"):
        db.execute("DELETE FROM audit_log WHERE seq = 3")
    with pytest.raises(ConstraintViolation, match="append-only"):
        db.execute("DELETE FROM audit_log")
    assert _verify(store).checked == 3


def test_replace_and_out_of_order_inserts_are_refused(store: SqlCipherStore) -> None:
    _append(store, 3)
    with store.reading() as tx:
        second = tx.audit_records.get(2)
    assert second is not None
    db = store.database
    with pytest.raises(ConstraintViolation, match="in order"):
        db.execute(
            "INSERT OR REPLACE INTO audit_log VALUES (2, ?, 'user:9', 'x', '', '{}', ?, ?)",
            (second.time, second.prev_hash, second.hash),
        )
    with pytest.raises(ConstraintViolation, match="in order"):
        db.execute(
            "INSERT INTO audit_log VALUES (9, ?, 'user:9', 'x', '', '{}', ?, ?)",
            (second.time, second.hash, second.hash),
        )
    assert _verify(store).ok


def test_edit_after_dropping_triggers_is_reported_at_the_first_edited_record(
    store: SqlCipherStore,
) -> None:
    _append(store, 10)
    _drop_triggers(store)
    db = store.database
    db.execute("UPDATE audit_log SET details = '{\"index\":99}' WHERE seq = 7")
    db.execute("UPDATE audit_log SET actor = 'user:2' WHERE seq = 4")
    result = _verify(store)
    assert not result.ok
    assert result.first_break is not None
    assert result.first_break.seq == 4
    assert result.first_break.reason is BreakReason.HASH_MISMATCH
    assert result.checked == 3


def test_recomputed_hash_after_edit_breaks_the_next_link(store: SqlCipherStore) -> None:
    from desktop.audit.canonical import record_hash

    _append(store, 6)
    _drop_triggers(store)
    with store.reading() as tx:
        r = tx.audit_records.get(3)
    assert r is not None
    forged = record_hash(r.seq, r.time, "user:2", r.action, r.subject, r.details, r.prev_hash)
    store.database.execute(
        "UPDATE audit_log SET actor = 'user:2', hash = ? WHERE seq = 3", (forged,)
    )
    result = _verify(store)
    assert result.first_break is not None
    assert (result.first_break.seq, result.first_break.reason) == (
        4, BreakReason.PREV_LINK_MISMATCH,
    )


def test_deleted_record_shows_as_a_gap(store: SqlCipherStore) -> None:
    _append(store, 6)
    _drop_triggers(store)
    store.database.execute("DELETE FROM audit_log WHERE seq = 5")
    result = _verify(store)
    assert result.first_break is not None
    assert (result.first_break.seq, result.first_break.reason) == (6, BreakReason.SEQUENCE_GAP)


def test_unparsable_details_are_reported_not_crashed_on(store: SqlCipherStore) -> None:
    _append(store, 3)
    _drop_triggers(store)
    store.database.execute("UPDATE audit_log SET details = 'not json' WHERE seq = 2")
    result = _verify(store)
    assert result.first_break is not None and result.first_break.seq == 2


def test_change_and_its_record_commit_or_roll_back_together(store: SqlCipherStore) -> None:
    with pytest.raises(ForbiddenAuditDetail), store.transaction() as tx:
        user = tx.users.add("赵六", Role.STAFF, WHEN)
        tx.audit.append("user:1", "user.add", f"user:{user.id}", {"informant_name": "x"})
    with store.reading() as tx:
        assert tx.users.list() == []
        assert tx.audit_records.head().seq == 0
    with store.transaction() as tx:
        user = tx.users.add("赵六", Role.STAFF, WHEN)
        record = tx.audit.append("user:1", "user.add", f"user:{user.id}", {"role": "staff"})
    with store.reading() as tx:
        assert [u.name for u in tx.users.list()] == ["赵六"]
        assert tx.audit_records.get(1) == record


def test_last_returns_newest_records_oldest_first(store: SqlCipherStore) -> None:
    _append(store, 5)
    with store.reading() as tx:
        assert [r.seq for r in tx.audit_records.last(3)] == [3, 4, 5]
        assert [r.seq for r in tx.audit_records.iterate(from_seq=4)] == [4, 5]


def test_rolled_back_database_is_detected(
    factory: SqlCipherStoreFactory, store: SqlCipherStore, vault_path: Path, dek: bytes,
    tmp_path: Path,
) -> None:
    _append(store, 3)
    store.close()
    copy = tmp_path / "older.db"
    shutil.copy(vault_path, copy)  # WAL was checkpointed at close: the file is complete

    current = factory.open(vault_path, dek)
    _append(current, 4)
    header_head = current.audit_head()  # what the vault header would record at lock
    current.close()

    shutil.copy(copy, vault_path)  # the attacker restores the older database
    restored = factory.open(vault_path, dek)
    with restored.reading() as tx:
        actual = tx.audit_records.head()
        comparison = compare_heads(header_head, actual, tx.audit_records.get(header_head.seq))
    restored.close()
    assert comparison.status is HeadStatus.ROLLED_BACK
    assert not comparison.ok


def test_replaced_database_with_a_longer_other_history_is_diverged(
    factory: SqlCipherStoreFactory, store: SqlCipherStore, tmp_path: Path, dek: bytes
) -> None:
    _append(store, 3)
    header_head = store.audit_head()
    other = factory.create(tmp_path / "other.db", dek)
    with other.transaction() as tx:
        for i in range(5):
            tx.audit.append("user:1", "vault.unlock", "", {"attempt": i})
    with other.reading() as tx:
        comparison = compare_heads(
            header_head, tx.audit_records.head(), tx.audit_records.get(header_head.seq)
        )
    other.close()
    assert comparison.status is HeadStatus.DIVERGED


def test_database_ahead_of_the_header_is_accepted(store: SqlCipherStore) -> None:
    _append(store, 3)
    header_head = store.audit_head()
    _append(store, 2)
    with store.reading() as tx:
        comparison = compare_heads(
            header_head, tx.audit_records.head(), tx.audit_records.get(header_head.seq)
        )
    assert comparison.status is HeadStatus.AHEAD
    assert comparison.ok and comparison.ahead_by == 2


def test_commit_listeners_see_the_new_head_only_after_commit(store: SqlCipherStore) -> None:
    heads: list[tuple[int, str]] = []
    store.on_commit(lambda head: heads.append((head.seq, head.hash)))
    _append(store, 2)
    with pytest.raises(ForbiddenAuditDetail), store.transaction() as tx:
        tx.audit.append("user:1", "lead.view", "lead:1", {"content": "x"})
    with store.transaction() as tx:  # no audit record: no notification
        tx.settings.set("a", "b")
    with store.transaction() as tx:
        tx.audit.append("user:1", "vault.lock", "")
        tx.audit.append("user:1", "vault.unlock", "")
    assert [seq for seq, _ in heads] == [1, 2, 4]
    assert heads[-1] == (store.audit_head().seq, store.audit_head().hash)


_json_leaf = st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(max_size=30)
_details = st.dictionaries(
    st.sampled_from(["lead", "copy", "kind", "flags", "count", "规则"]),
    st.recursive(
        _json_leaf,
        lambda children: st.lists(children, max_size=3)
        | st.dictionaries(st.sampled_from(["a", "b", "序号"]), children, max_size=3),
        max_leaves=8,
    ),
    max_size=4,
)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(details=_details)
def test_any_valid_details_survive_the_database_round_trip(
    store: SqlCipherStore, details: dict[str, object]
) -> None:
    try:
        check_details(details)  # type: ignore[arg-type]
    except InvalidAuditField:
        return  # e.g. a lone surrogate: refused before anything is written
    with store.transaction() as tx:
        written = tx.audit.append("user:1", "lead.view", "lead:1", details)  # type: ignore[arg-type]
    with store.reading() as tx:
        assert tx.audit_records.get(written.seq) == written
        assert verify_chain(tx.audit_records.iterate()).ok
