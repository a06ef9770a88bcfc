"""The bag register in real SQLCipher files: numbers issued in order per unit and
year and never reused, the register append-only (void only), bags with versions,
events, unsealing evidence and printed copies."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from db.store import SqlCipherStore
from desktop.domain.bag_records import BagChangedMeanwhile, NumberStatus, UnsealingEvidence
from desktop.domain.bags import BagAction, BagState, UnsealingSignature, new_bag
from desktop.domain.confidential_number import ConfidentialNumber
from desktop.domain.documents import DocumentKind
from desktop.domain.storage import ConstraintViolation, NotFound
from tests.unit.bag_support import insert_leads, insert_user

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def seeded(store: SqlCipherStore) -> SqlCipherStore:
    with store.transaction():
        insert_user(store.database, "李检", "chief")
        insert_leads(store.database, "2026-00001", "2026-00002")
    return store


def test_numbers_are_issued_in_order_per_unit_and_year(store: SqlCipherStore) -> None:
    with store.transaction() as tx:
        issued = [tx.bags.issue_number("110000", 2026, T0, "user:1") for _ in range(3)]
        other_year = tx.bags.issue_number("110000", 2027, T0, "user:1")
        other_unit = tx.bags.issue_number("120000", 2026, T0, "user:1")
    assert [n.serial for n in issued] == [1, 2, 3]
    assert str(issued[0]) == "110000-2026-000001-" + issued[0].check_character
    assert other_year.serial == 1 and other_unit.serial == 1
    with store.reading() as tx:
        register = tx.bags.register(2026)
    assert [str(e.number) for e in register] == [str(n) for n in [*issued, other_unit]]
    assert all(e.status is NumberStatus.ISSUED and e.issued_by == "user:1" for e in register)


def test_a_rolled_back_issue_leaves_no_gap_and_no_number(store: SqlCipherStore) -> None:
    with pytest.raises(RuntimeError), store.transaction() as tx:
        tx.bags.issue_number("110000", 2026, T0, "user:1")
        raise RuntimeError("the bag could not be created")
    with store.transaction() as tx:
        assert tx.bags.issue_number("110000", 2026, T0, "user:1").serial == 1


def test_voided_numbers_stay_and_are_never_reissued(store: SqlCipherStore) -> None:
    with store.transaction() as tx:
        first = tx.bags.issue_number("110000", 2026, T0, "user:1")
        entry = tx.bags.void_number(first, T0)
        second = tx.bags.issue_number("110000", 2026, T0, "user:1")
    assert entry.status is NumberStatus.VOID and entry.voided_at == T0
    assert second.serial == 2
    with store.reading() as tx:
        statuses = [(e.number.serial, e.status) for e in tx.bags.register()]
    assert statuses == [(1, NumberStatus.VOID), (2, NumberStatus.ISSUED)]


def test_the_register_refuses_deletes_unvoiding_and_counter_rewinds(store: SqlCipherStore) -> None:
    with store.transaction() as tx:
        number = tx.bags.issue_number("110000", 2026, T0, "user:1")
        tx.bags.issue_number("110000", 2026, T0, "user:1")
        tx.bags.void_number(number, T0)
    db = store.database
    refused = [
        "DELETE FROM confidential_numbers",
        "UPDATE confidential_numbers SET voided_at = NULL",
        "UPDATE confidential_numbers SET serial = 9 WHERE serial = 2",
        "UPDATE number_counters SET last_serial = 1",
        "DELETE FROM number_counters",
    ]
    for statement in refused:
        with pytest.raises(ConstraintViolation), store.transaction():
            db.execute(statement)
    # Re-inserting an issued number (a rewound counter) is refused by the register.
    with pytest.raises(ConstraintViolation), store.transaction():
        db.execute(
            "INSERT INTO confidential_numbers VALUES (?, '110000', 2026, 1, 'x', 'user:1', NULL)",
            (str(number),),
        )
    with store.reading() as tx:
        assert len(tx.bags.register()) == 2


def test_bag_round_trip_with_versions_and_events(seeded: SqlCipherStore) -> None:
    with seeded.transaction() as tx:
        number = tx.bags.issue_number("110000", 2026, T0, "user:1")
        bag, created = new_bag(number, sender="某某市人民检察院举报中心", by="王文书", at=T0)
        stored = tx.bags.add(bag, created)
        bag, event = stored.bag.add_lead("2026-00001", by="王文书", at=T0)
        stored = tx.bags.update(bag, event, stored.version)
        bag, event = stored.bag.add_material(2, 14, by="王文书", at=T0)
        stored = tx.bags.update(bag, event, stored.version)
        bag, event = stored.bag.seal(by="王文书", at=T0)
        stored = tx.bags.update(bag, event, stored.version)
    assert stored.version == 4
    with seeded.reading() as tx:
        loaded = tx.bags.get(number)
        events = tx.bags.events(number)
        assert tx.bags.bags_with_lead("2026-00001") == [number]
        assert tx.bags.list_bags(frozenset({BagState.SEALED})) == [loaded]
        assert tx.bags.list_bags(frozenset({BagState.DRAFT})) == []
    assert loaded == stored
    assert loaded.bag.lead_numbers == ("2026-00001",) and loaded.bag.items == 2
    assert [e.event.action for e in events] == [
        BagAction.CREATE, BagAction.ADD_LEAD, BagAction.ADD_MATERIAL, BagAction.SEAL
    ]
    assert events[1].event.detail("lead") == "2026-00001"
    assert [e.version for e in events] == [1, 2, 3, 4]


def test_a_stale_version_is_refused(seeded: SqlCipherStore) -> None:
    with seeded.transaction() as tx:
        number = tx.bags.issue_number("110000", 2026, T0, "user:1")
        stored = tx.bags.add(*new_bag(number, sender="中心", by="王", at=T0))
        bag, event = stored.bag.add_lead("2026-00001", by="王", at=T0)
        tx.bags.update(bag, event, stored.version)
    bag, event = stored.bag.add_lead("2026-00002", by="王", at=T0)
    with pytest.raises(BagChangedMeanwhile) as refused, seeded.transaction() as tx:
        tx.bags.update(bag, event, stored.version)
    assert (refused.value.expected, refused.value.found) == (1, 2)


def test_unknown_bag_and_unknown_lead(seeded: SqlCipherStore) -> None:
    with seeded.reading() as tx:
        with pytest.raises(NotFound):
            tx.bags.get(ConfidentialNumber("110000", 2026, 99))
        assert tx.bags.find(ConfidentialNumber("110000", 2026, 99)) is None
        assert tx.bags.lead_exists("2026-00001") and not tx.bags.lead_exists("2026-00009")
    with pytest.raises(ConstraintViolation), seeded.transaction() as tx:
        number = tx.bags.issue_number("110000", 2026, T0, "user:1")
        stored = tx.bags.add(*new_bag(number, sender="中心", by="王", at=T0))
        tx.bags.update(*stored.bag.add_lead("2026-00009", by="王", at=T0), stored.version)


def test_unsealing_evidence_is_stored_with_its_event(seeded: SqlCipherStore) -> None:
    with seeded.transaction() as tx:
        number = tx.bags.issue_number("110000", 2026, T0, "user:1")
        stored = tx.bags.add(*new_bag(number, sender="中心", by="王", at=T0))
        for step in (
            lambda b: b.add_lead("2026-00001", by="王", at=T0),
            lambda b: b.seal(by="王", at=T0),
            lambda b: b.hand_over("李检", by="王", at=T0),
        ):
            stored = tx.bags.update(*step(stored.bag), stored.version)
        signature = UnsealingSignature(number, T0, "ab" * 32, "fp" * 20, b"\x01" * 64)
        evidence = UnsealingEvidence(b'{"action":"bag.unseal"}', b"\x01" * 64, "0A1B2C3D", 1)
        stored = tx.bags.update(*stored.bag.unseal(signature), stored.version, evidence)
    with seeded.reading() as tx:
        loaded = tx.bags.get(number)
        events = tx.bags.events(number)
    assert loaded.bag.state is BagState.UNSEALED
    assert loaded.bag.unsealing == signature
    assert events[-1].unsealing == evidence and events[-2].unsealing is None
    for statement in ("DELETE FROM bag_unsealings", "UPDATE bag_events SET actor = 'x'",
                      "DELETE FROM bags", "DELETE FROM bag_leads"):
        with pytest.raises(ConstraintViolation), seeded.transaction():
            seeded.database.execute(statement)


def test_copy_numbers_are_new_for_every_print(store: SqlCipherStore) -> None:
    with store.transaction() as tx:
        sheet = DocumentKind.COVER_SHEET
        copies = [tx.bags.issue_copy(sheet, "bag:x", T0, "user:1") for _ in range(3)]
        other = tx.bags.issue_copy(DocumentKind.SEAL_LABELS, "bag:y", T0, "user:1")
    assert [str(c.copy_number) for c in copies] == ["000001", "000002", "000003"]
    assert other.copy_number.value == 4
    with store.reading() as tx:
        assert tx.bags.copies("bag:x") == copies
        assert tx.bags.copies("bag:y")[0].document is DocumentKind.SEAL_LABELS
