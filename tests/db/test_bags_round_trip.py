"""Property: whatever legal sequence of transitions a bag goes through, what the
repository stores and reads back is exactly what the pure state machine made,
and its events replay in order with versions 1..n."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.store import SqlCipherStore
from desktop.domain.bag_records import UnsealingEvidence
from desktop.domain.bags import Bag, BagAction, BagError, BagEvent, UnsealingSignature, new_bag
from desktop.domain.confidential_number import ConfidentialNumber
from tests.unit.bag_support import insert_leads, insert_user

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
LEADS = tuple(f"2026-{n:05d}" for n in range(1, 6))

Move = tuple[BagAction, tuple[str, ...]]


def apply(bag: Bag, move: Move, at: datetime) -> tuple[Bag, BagEvent]:
    action, args = move
    if action is BagAction.ADD_LEAD:
        return bag.add_lead(args[0], by="王", at=at)
    if action is BagAction.ADD_MATERIAL:
        return bag.add_material(int(args[0]), int(args[1]), by="王", at=at)
    if action is BagAction.SEAL:
        return bag.seal(by="王文书", at=at)
    if action is BagAction.HAND_OVER:
        return bag.hand_over(args[0], by="王", at=at)
    if action is BagAction.UNSEAL:
        return bag.unseal(UnsealingSignature(bag.number, at, "cd" * 32, "ef" * 20, b"\x07" * 64))
    if action is BagAction.RESEAL:
        return bag.reseal(by="检察长", at=at)
    if action is BagAction.RETURN_TO_SENDER:
        return bag.return_to_sender(by="检察长", at=at)
    return bag.void(args[0], by="王", at=at)


ARGS: dict[BagAction, st.SearchStrategy[tuple[str, ...]]] = {
    BagAction.ADD_LEAD: st.tuples(st.sampled_from(LEADS)),
    BagAction.ADD_MATERIAL: st.tuples(st.integers(1, 9).map(str), st.integers(0, 300).map(str)),
    BagAction.HAND_OVER: st.tuples(st.sampled_from(["李秘书", "张主任"])),
    BagAction.VOID: st.tuples(st.sampled_from(["编号作废", "打印错误"])),
}


@st.composite
def histories(draw: st.DrawFn) -> list[Move]:
    """A legal path: at each step one of the actions the current state allows."""
    probe, _ = new_bag(ConfidentialNumber("110000", 2026, 1), sender="中心", by="王", at=T0)
    moves: list[Move] = []
    for _ in range(draw(st.integers(0, 12))):
        legal = [a for a in BagAction if a is not BagAction.CREATE and probe.can(a)]
        if BagAction.VOID in legal and len(legal) > 1 and draw(st.integers(0, 7)):
            legal.remove(BagAction.VOID)  # void rarely, so that paths go deep
        if not legal:
            break
        action = draw(st.sampled_from(legal))
        move = (action, draw(ARGS.get(action, st.just(()))))
        try:
            probe, _ = apply(probe, move, T0)
        except BagError:  # a duplicate lead or an empty seal: not a legal move here
            continue
        moves.append(move)
    return moves


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=histories())
def test_stored_bag_equals_the_state_machine(store: SqlCipherStore, history: list[Move]) -> None:
    with store.transaction() as tx:
        if not tx.users.list():
            insert_user(store.database, "李检", "chief")
            insert_leads(store.database, *LEADS)
        number = tx.bags.issue_number("110000", 2026, T0, "user:1")
        bag, event = new_bag(number, sender="某某市人民检察院", by="王", at=T0)
        stored = tx.bags.add(bag, event)
        expected = [event]
        for i, move in enumerate(history, start=1):
            bag, event = apply(stored.bag, move, T0 + timedelta(minutes=i))
            evidence = None
            if event.action is BagAction.UNSEAL:
                evidence = UnsealingEvidence(b"{}", b"\x07" * 64, "0A1B2C3D", 1)
            stored = tx.bags.update(bag, event, stored.version, evidence)
            expected.append(event)
    with store.reading() as tx:
        loaded = tx.bags.get(number)
        events = tx.bags.events(number)
    assert loaded.bag == bag and loaded.version == len(history) + 1
    assert [e.event for e in events] == expected
    assert [e.version for e in events] == list(range(1, len(expected) + 1))
