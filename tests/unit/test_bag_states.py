"""The bag state machine: every (state × action) pair, legal and illegal."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from desktop.domain.bags import (
    CHIEF_PROCURATOR,
    BadCount,
    BadLeadNumber,
    Bag,
    BagAction,
    BagEvent,
    BagState,
    DuplicateLead,
    EmptyBag,
    IllegalTransition,
    MissingName,
    SignatureForAnotherBag,
    UnsealingSignature,
    UnsealingSignatureMissing,
    new_bag,
)
from desktop.domain.confidential_number import ConfidentialNumber

NUMBER = ConfidentialNumber("320100", 2026, 7)
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
CLERK = "clerk-wang"
CHIEF = "chief-li"
CHIEF_KEY = "A1B2C3D4E5F60718293A4B5C6D7E8F9012345678"


def signature_for(number: ConfidentialNumber, minutes: int = 60) -> UnsealingSignature:
    return UnsealingSignature(
        number=number,
        signed_at=T0 + timedelta(minutes=minutes),
        audit_head="ab" * 32,
        signer_fingerprint=CHIEF_KEY,
        signature=b"\x30\x44" + b"\x01" * 68,
    )


def draft() -> Bag:
    bag, _ = new_bag(NUMBER, sender="举报中心", by=CLERK, at=T0)
    bag, _ = bag.add_lead("2026-00012", by=CLERK, at=T0)
    bag, _ = bag.add_material(3, 41, by=CLERK, at=T0)
    return bag


# How to reach each state by legal steps only.
PATHS: dict[BagState, list[BagAction]] = {
    BagState.DRAFT: [],
    BagState.SEALED: [BagAction.SEAL],
    BagState.HANDED_OVER: [BagAction.SEAL, BagAction.HAND_OVER],
    BagState.UNSEALED: [BagAction.SEAL, BagAction.HAND_OVER, BagAction.UNSEAL],
    BagState.RESEALED: [BagAction.SEAL, BagAction.HAND_OVER, BagAction.UNSEAL, BagAction.RESEAL],
    BagState.RETURNED: [
        BagAction.SEAL,
        BagAction.HAND_OVER,
        BagAction.UNSEAL,
        BagAction.RETURN_TO_SENDER,
    ],
    BagState.VOID: [BagAction.VOID],
}

# The legal transitions, written out independently of the module's table.
LEGAL: dict[tuple[BagState, BagAction], BagState] = {
    (BagState.DRAFT, BagAction.ADD_LEAD): BagState.DRAFT,
    (BagState.DRAFT, BagAction.ADD_MATERIAL): BagState.DRAFT,
    (BagState.DRAFT, BagAction.SEAL): BagState.SEALED,
    (BagState.DRAFT, BagAction.VOID): BagState.VOID,
    (BagState.SEALED, BagAction.HAND_OVER): BagState.HANDED_OVER,
    (BagState.SEALED, BagAction.VOID): BagState.VOID,
    (BagState.HANDED_OVER, BagAction.UNSEAL): BagState.UNSEALED,
    (BagState.UNSEALED, BagAction.RESEAL): BagState.RESEALED,
    (BagState.UNSEALED, BagAction.RETURN_TO_SENDER): BagState.RETURNED,
    (BagState.RESEALED, BagAction.HAND_OVER): BagState.HANDED_OVER,
}

ACTIONS = [a for a in BagAction if a is not BagAction.CREATE]

PERFORM: dict[BagAction, Callable[[Bag], tuple[Bag, BagEvent]]] = {
    BagAction.ADD_LEAD: lambda b: b.add_lead("2026-00099", by=CLERK, at=T0),
    BagAction.ADD_MATERIAL: lambda b: b.add_material(1, 5, by=CLERK, at=T0),
    BagAction.SEAL: lambda b: b.seal(by=CLERK, at=T0 + timedelta(minutes=10)),
    BagAction.HAND_OVER: lambda b: b.hand_over(CHIEF, by=CLERK, at=T0 + timedelta(minutes=20)),
    BagAction.UNSEAL: lambda b: b.unseal(signature_for(b.number)),
    BagAction.RESEAL: lambda b: b.reseal(by=CLERK, at=T0 + timedelta(minutes=90)),
    BagAction.RETURN_TO_SENDER: lambda b: b.return_to_sender(by=CHIEF, at=T0 + timedelta(hours=2)),
    BagAction.VOID: lambda b: b.void("封装有误，重新封装", by=CLERK, at=T0 + timedelta(hours=3)),
}


def bag_in(state: BagState) -> Bag:
    bag = draft()
    for action in PATHS[state]:
        bag, _ = PERFORM[action](bag)
    assert bag.state is state
    return bag


def test_the_table_covers_every_pair() -> None:
    assert len(list(itertools.product(BagState, ACTIONS))) == 7 * 8


@pytest.mark.parametrize(
    ("state", "action"),
    list(itertools.product(BagState, ACTIONS)),
    ids=lambda v: v.value,
)
def test_every_state_and_action(state: BagState, action: BagAction) -> None:
    before = bag_in(state)
    if (state, action) in LEGAL:
        after, event = PERFORM[action](before)
        assert after.state is LEGAL[(state, action)]
        assert event.action is action
        assert event.from_state is state
        assert event.to_state is after.state
        assert event.number == before.number
        assert before.state is state  # frozen: the old bag is unchanged
        assert before.can(action)
    else:
        assert not before.can(action)
        with pytest.raises(IllegalTransition) as raised:
            PERFORM[action](before)
        assert raised.value.state is state
        assert raised.value.action is action
        assert state.value in str(raised.value)
        assert action.value in str(raised.value)


def test_create_defaults_to_the_chief_procurator() -> None:
    bag, event = new_bag(NUMBER, sender="举报中心", by=CLERK, at=T0)
    assert bag.state is BagState.DRAFT
    assert bag.recipient == CHIEF_PROCURATOR
    assert event.action is BagAction.CREATE
    assert event.from_state is None
    assert event.detail("recipient") == CHIEF_PROCURATOR


def test_a_full_journey_records_every_step() -> None:
    bag = draft()
    events: list[BagEvent] = []
    for action in [
        BagAction.SEAL,
        BagAction.HAND_OVER,
        BagAction.UNSEAL,
        BagAction.RESEAL,
        BagAction.HAND_OVER,
        BagAction.UNSEAL,
        BagAction.RETURN_TO_SENDER,
    ]:
        bag, event = PERFORM[action](bag)
        events.append(event)
    assert bag.state is BagState.RETURNED
    assert bag.holder == "举报中心"
    assert [e.to_state for e in events] == [
        BagState.SEALED,
        BagState.HANDED_OVER,
        BagState.UNSEALED,
        BagState.RESEALED,
        BagState.HANDED_OVER,
        BagState.UNSEALED,
        BagState.RETURNED,
    ]
    assert events[1].detail("receiver") == CHIEF
    assert events[2].actor == CHIEF_KEY
    assert events[2].detail("audit_head") == "ab" * 32


def test_contents_and_counts_accumulate() -> None:
    bag = draft()
    bag, event = bag.add_material(2, 10, by=CLERK, at=T0)
    assert (bag.items, bag.pages) == (5, 51)
    assert event.detail("items") == "2"
    assert event.detail("pages") == "10"
    bag, _ = bag.add_lead("2026-00013", by=CLERK, at=T0)
    assert bag.lead_numbers == ("2026-00012", "2026-00013")


def test_sealing_records_sealer_and_time() -> None:
    bag, event = draft().seal(by=CLERK, at=T0)
    assert (bag.sealed_by, bag.sealed_at) == (CLERK, T0)
    assert event.actor == CLERK


def test_unsealing_is_refused_without_the_signature() -> None:
    bag = bag_in(BagState.HANDED_OVER)
    with pytest.raises(UnsealingSignatureMissing) as raised:
        bag.unseal(None)
    assert raised.value.number == NUMBER


def test_unsealing_is_refused_with_another_bags_signature() -> None:
    other = ConfidentialNumber("320100", 2026, 8)
    with pytest.raises(SignatureForAnotherBag) as raised:
        bag_in(BagState.HANDED_OVER).unseal(signature_for(other))
    assert (raised.value.expected, raised.value.found) == (NUMBER, other)


def test_illegal_state_is_reported_before_a_missing_signature() -> None:
    with pytest.raises(IllegalTransition):
        bag_in(BagState.SEALED).unseal(None)


def test_an_empty_bag_cannot_be_sealed() -> None:
    bag, _ = new_bag(NUMBER, sender="举报中心", by=CLERK, at=T0)
    with pytest.raises(EmptyBag):
        bag.seal(by=CLERK, at=T0)
    only_material, _ = bag.add_material(1, 0, by=CLERK, at=T0)
    assert only_material.seal(by=CLERK, at=T0)[0].state is BagState.SEALED


@pytest.mark.parametrize("text", ["", "2026-12", "张三", "2026-000012", " 2026-00012"])
def test_only_lead_numbers_go_into_a_bag(text: str) -> None:
    # A name typed where a lead number belongs never reaches the bag (or its cover sheet).
    with pytest.raises(BadLeadNumber) as raised:
        draft().add_lead(text, by=CLERK, at=T0)
    assert raised.value.value == text


def test_the_same_lead_is_not_added_twice() -> None:
    with pytest.raises(DuplicateLead):
        draft().add_lead("2026-00012", by=CLERK, at=T0)


@pytest.mark.parametrize(
    ("items", "pages", "field"), [(0, 3, "items"), (-1, 3, "items"), (1, -2, "pages")]
)
def test_bad_counts(items: int, pages: int, field: str) -> None:
    with pytest.raises(BadCount) as raised:
        draft().add_material(items, pages, by=CLERK, at=T0)
    assert raised.value.field == field


def test_names_and_reasons_are_required() -> None:
    with pytest.raises(MissingName) as raised:
        bag_in(BagState.SEALED).hand_over("  ", by=CLERK, at=T0)
    assert raised.value.field == "receiver"
    with pytest.raises(MissingName) as raised:
        draft().void(" ", by=CLERK, at=T0)
    assert raised.value.field == "reason"
    with pytest.raises(MissingName):
        draft().seal(by="", at=T0)
    with pytest.raises(MissingName):
        new_bag(NUMBER, sender="", by=CLERK, at=T0)


def test_a_voided_bag_keeps_its_number_and_reason() -> None:
    bag, event = bag_in(BagState.SEALED).void(" 封条破损 ", by=CLERK, at=T0)
    assert bag.number == NUMBER
    assert bag.void_reason == "封条破损"
    assert event.detail("reason") == "封条破损"


def test_bags_and_events_are_frozen() -> None:
    bag = draft()
    with pytest.raises(AttributeError):
        bag.state = BagState.SEALED  # type: ignore[misc]
