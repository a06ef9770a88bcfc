"""An unsealing signature is good for one unsealing of one bag, by a card the
database holds as an active chief procurator's: not for the next unsealing of
the same bag, and not once that card was replaced."""

from __future__ import annotations

import pytest

from desktop.bags.errors import UnsealingCardNotEnrolled, UnsealingRecordMismatch
from desktop.domain.bags import BagState
from desktop.vault.enrollment import sign_approval
from tests.unit.test_bag_workflows import World, handed_over, world
from tests.unit.test_vault_workflows import PASSWORD
from tests.unit.vault_support import PIN, provisioned_card

__all__ = ["world"]  # the fixture, shared with test_bag_workflows


def test_a_first_unsealings_signature_does_not_open_the_bag_again(world: World) -> None:
    number = handed_over(world)
    chief_bags = world.as_user(world.vault.chief, PASSWORD)
    first = sign_approval(
        world.vault.chief.session, PIN, chief_bags.prepare_unsealing(number).record
    )
    chief_bags.unseal(number, first)
    chief_bags.reseal(number)
    world.as_user(world.clerk, "clerk pw").hand_over(number, "李秘书")
    chief_bags = world.as_user(world.vault.chief, PASSWORD)
    bag_before, head_before = chief_bags.get(number), world.session.store.audit_head()
    with pytest.raises(UnsealingRecordMismatch):
        chief_bags.unseal(number, first)
    assert chief_bags.get(number) == bag_before
    # The replay changed nothing but left its trace in the audit trail.
    with world.session.store.reading() as tx:
        added = [r.action for r in tx.audit_records.iterate(head_before.seq + 1)]
    assert added == ["bag.unseal-refused"]
    second = sign_approval(
        world.vault.chief.session, PIN, chief_bags.prepare_unsealing(number).record
    )
    assert chief_bags.unseal(number, second).bag.state is BagState.UNSEALED


def test_a_replaced_chief_card_no_longer_unseals(world: World) -> None:
    number = handed_over(world)
    old_card, new_card = world.vault.chief, provisioned_card()
    world.as_user(old_card, PASSWORD)
    world.vault.service.replace_own_card(
        world.session,
        password=PASSWORD,
        old_card=old_card.session,
        old_pin=PIN,
        new_card=new_card.session,
        new_pin=PIN,
    )
    request = world.bags.prepare_unsealing(number)
    by_old_card = sign_approval(old_card.session, PIN, request.record)
    with pytest.raises(UnsealingCardNotEnrolled):
        world.bags.unseal(number, by_old_card)
    assert world.bags.get(number).bag.state is BagState.HANDED_OVER
