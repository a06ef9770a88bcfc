"""A new card's enrolment and replacement in phases, for a workstation with one
reader (DESIGN §2): phase 1 talks only to the new card, phase 2 only to the chief's,
phase 3 to none (each card is pulled out of its in-process reader when its phase is
done). In-process virtual cards, real SQLCipher files."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.card.emulator.inprocess import InProcessTransport
from desktop.card.errors import CardRemoved, WrongPin
from desktop.card.session import OpenPgpSession
from desktop.domain.roles import Role
from desktop.vault.errors import (
    ApprovalInvalid,
    CardAlreadyEnrolled,
    CardNotEnrolled,
    NotAChiefCard,
    UserExists,
)
from desktop.vault.header_file import HeaderFile
from desktop.vault.prepared_card import ADD, REPLACE
from tests.unit.test_vault_workflows import PASSWORD, Vault
from tests.unit.vault_support import PIN, VCard, provisioned_card


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return Vault(tmp_path / "vault")


def _reinserted(card: VCard) -> OpenPgpSession:
    """The same card pushed into the reader again: a new conversation."""
    return OpenPgpSession(InProcessTransport(card.virtual))


def _pulled(card: VCard) -> None:
    card.transport.remove()


def _slots(vault: Vault) -> list[str]:
    header = HeaderFile(vault.data_dir).load().header
    return sorted(s.meta.user_name for s in header.all_slots)


def test_one_reader_enrolment_needs_each_card_once(vault: Vault) -> None:
    clerk = provisioned_card()
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    _pulled(vault.chief)  # the chief's card out, the new card in
    with pytest.raises(CardRemoved):
        vault.chief.session.info()
    prepared = vault.service.prepare_card(session, ADD, "clerk", Role.CLERK, clerk.session,
                                          PIN, "clerk pw")
    _pulled(clerk)  # the new card out, the chief's back
    chief = _reinserted(vault.chief)
    with pytest.raises(WrongPin):  # a wrong PIN keeps the preparation
        vault.service.approve_prepared(session, chief, "000000", prepared)
    approval = vault.service.approve_prepared(session, chief, PIN, prepared)
    chief.close()
    vault.chief.transport.remove()
    vault.service.enrol_prepared(session, prepared, approval)  # no card at all
    assert prepared.wiped and not any(prepared.factors.k_card)
    assert not any(prepared.factors.k_password)
    vault.service.lock(session)
    unlocked = vault.service.unlock(_reinserted(clerk), "clerk pw", PIN)
    assert unlocked.role is Role.CLERK and unlocked.keys.ik is not None
    vault.service.lock(unlocked)
    vault.chief.session = _reinserted(vault.chief)
    assert vault.actions().count("user.add") == 2  # the founder and the clerk


def test_one_reader_enrolment_of_a_viewer_wipes_his_grant_key(vault: Vault) -> None:
    staff = provisioned_card()
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    prepared = vault.service.prepare_card(session, ADD, "staff", Role.STAFF, staff.session,
                                          PIN, "staff pw")
    assert prepared.grant_key is not None and any(prepared.grant_key)
    approval = vault.service.approve_prepared(session, vault.chief.session, PIN, prepared)
    vault.service.enrol_prepared(session, prepared, approval)
    assert not any(prepared.grant_key)
    vault.service.lock(session)
    viewer = vault.service.unlock_viewer(staff.session, "staff pw", PIN)
    assert viewer.role is Role.STAFF and len(viewer.grant_key) == 32
    viewer.lock()


def test_one_reader_replacement_renews_the_keys(vault: Vault) -> None:
    lost = vault.add("clerk", Role.CLERK, "clerk pw")
    new = provisioned_card()
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    prepared = vault.service.prepare_card(session, REPLACE, "clerk", Role.STAFF, new.session,
                                          PIN, "fresh")
    assert prepared.role is Role.CLERK  # she keeps her role whatever was asked
    _pulled(new)
    approval = vault.service.approve_prepared(session, vault.chief.session, PIN, prepared)
    generation = vault.service.replace_card_prepared(
        session, prepared, approval, acting_card=vault.chief.session, acting_pin=PIN,
        acting_password=PASSWORD)
    assert generation == 2 and prepared.wiped
    vault.service.lock(session)
    with pytest.raises(CardNotEnrolled):
        vault.service.unlock(lost.session, "clerk pw", PIN)
    unlocked = vault.service.unlock(_reinserted(new), "fresh", PIN)
    assert unlocked.user.name == "clerk" and unlocked.keys.ik is not None
    vault.service.lock(unlocked)
    assert "card.replace" in vault.actions()


def test_wrong_cards_are_refused_before_a_pin_and_change_nothing(vault: Vault) -> None:
    clerk = vault.add("clerk", Role.CLERK, "clerk pw")
    before = vault.actions()
    newcomer = provisioned_card()
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    # Phase 1 with the chief's own card, or an enrolled one, left in the reader.
    for card in (vault.chief, clerk):
        with pytest.raises(CardAlreadyEnrolled):
            vault.service.prepare_card(session, ADD, "n", Role.CLERK, card.session, "999999",
                                       "p")
        assert card.session.pin_status().pw1_retries == 3  # no try spent
    with pytest.raises(UserExists):
        vault.service.check_new_card(session, ADD, "clerk", newcomer.session)
    prepared = vault.service.prepare_card(session, ADD, "n", Role.CLERK, newcomer.session,
                                          PIN, "p")
    # Phase 2 with the new card (or a clerk's) still in: no chief's, no PIN spent.
    for card in (newcomer, clerk):
        with pytest.raises(NotAChiefCard):
            vault.service.approve_prepared(session, card.session, "999999", prepared)
        assert card.session.pin_status().pw1_retries == 3
    assert not prepared.wiped
    # Abandoned: the material is wiped and cannot be used any more.
    approval = vault.service.approve_prepared(session, vault.chief.session, PIN, prepared)
    prepared.wipe()
    assert not any(prepared.factors.k_card) and not any(prepared.factors.k_password)
    with pytest.raises(ApprovalInvalid):
        vault.service.enrol_prepared(session, prepared, approval)
    vault.service.lock(session)
    actions = vault.actions()
    assert actions[:len(before)] == before and "user.add" not in actions[len(before):]
    assert _slots(vault) == ["chief", "clerk"]
    with pytest.raises(CardNotEnrolled):
        vault.service.unlock(newcomer.session, "p", PIN)


def test_the_approval_must_be_for_this_preparation(vault: Vault) -> None:
    first, second = provisioned_card(), provisioned_card()
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    one = vault.service.prepare_card(session, ADD, "n", Role.CLERK, first.session, PIN, "p")
    other = vault.service.prepare_card(session, ADD, "n", Role.CLERK, second.session, PIN, "p")
    for_other = vault.service.approve_prepared(session, vault.chief.session, PIN, other)
    with pytest.raises(ApprovalInvalid):  # names another card
        vault.service.enrol_prepared(session, one, for_other)
    assert one.wiped
    # Same card, same name, but another proposal (another slot): refused too.
    again = vault.service.prepare_card(session, ADD, "n", Role.CLERK, second.session, PIN, "p")
    with pytest.raises(ApprovalInvalid):
        vault.service.enrol_prepared(session, again, for_other)
    vault.service.lock(session)
    for card in (first, second):
        with pytest.raises(CardNotEnrolled):
            vault.service.unlock(card.session, "p", PIN)
