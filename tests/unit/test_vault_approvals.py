"""The chief procurator's signed approval of an enrollment or a card
replacement — the next roster version signed on his card: only a chief of the
current roster counts, and the version must be exactly this change (this vault,
action, user, role and card), recent, and based on the current roster."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain.roles import Role
from desktop.vault.enrollment import APPROVAL_VALID_FOR, Approval
from desktop.vault.errors import ApprovalInvalid, CardNotEnrolled
from desktop.vault.roster_changes import sign_proposal
from tests.unit.test_vault_workflows import PASSWORD, Vault
from tests.unit.vault_support import PIN, VCard, provisioned_card


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return Vault(tmp_path / "vault")


def _add_with(vault: Vault, approval: Approval, newcomer: VCard, name: str = "n") -> None:
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    try:
        vault.service.add_user(
            session,
            user_name=name,
            role=Role.CLERK,
            card=newcomer.session,
            pin=PIN,
            password="p",
            approval=approval,
        )
    finally:
        vault.service.lock(session)


def _request(vault: Vault, newcomer: VCard, action: str = "user.add", name: str = "n") -> bytes:
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    try:
        return vault.service.enrollment_request(session, action, name, Role.CLERK, newcomer.session)
    finally:
        vault.service.lock(session)


def _refused_and_not_enrolled(vault: Vault, approval: Approval, newcomer: VCard) -> None:
    enrolled_before = vault.actions().count("user.add")
    with pytest.raises(ApprovalInvalid):
        _add_with(vault, approval, newcomer)
    with pytest.raises(CardNotEnrolled):
        vault.service.unlock(newcomer.session, "p", PIN)
    assert vault.actions().count("user.add") == enrolled_before


def test_a_retired_chief_card_no_longer_approves(vault: Vault) -> None:
    newcomer = provisioned_card()
    record = _request(vault, newcomer)
    old_chief_card = vault.chief
    new_chief_card = provisioned_card()
    session = vault.service.unlock(old_chief_card.session, PASSWORD, PIN)
    vault.service.replace_own_card(
        session,
        password=PASSWORD,
        old_card=old_chief_card.session,
        old_pin=PIN,
        new_card=new_chief_card.session,
        new_pin=PIN,
    )
    vault.service.lock(session)
    vault.chief = new_chief_card
    by_retired_card = vault.service.approve(old_chief_card.session, PIN, record)
    _refused_and_not_enrolled(vault, by_retired_card, newcomer)
    # The proposal named the roster before the replacement: stale even for his new card.
    _refused_and_not_enrolled(
        vault, vault.service.approve(new_chief_card.session, PIN, record), newcomer
    )
    # A proposal made now and signed by the chief's current card enrolls.
    record = _request(vault, newcomer)
    by_retired_card = vault.service.approve(old_chief_card.session, PIN, record)
    _refused_and_not_enrolled(vault, by_retired_card, newcomer)
    _add_with(vault, vault.service.approve(new_chief_card.session, PIN, record), newcomer)
    vault.service.lock(vault.service.unlock(newcomer.session, "p", PIN))


def test_a_removed_chiefs_card_no_longer_approves(vault: Vault) -> None:
    second_chief = vault.add("chief2", Role.CHIEF, "chief2 pw")
    newcomer = provisioned_card()
    record = _request(vault, newcomer)
    signed_before_removal = vault.service.approve(second_chief.session, PIN, record)
    session = vault.service.unlock(vault.chief.session, PASSWORD, PIN)
    vault.service.remove_user(session, "chief2", vault.chief.session, PIN, PASSWORD)
    vault.service.lock(session)
    _refused_and_not_enrolled(vault, signed_before_removal, newcomer)


def test_a_claimed_approver_serial_does_not_lend_its_key(vault: Vault) -> None:
    clerk = vault.add("clerk", Role.CLERK, "clerk pw")
    newcomer = provisioned_card()
    record = _request(vault, newcomer)
    by_clerk = vault.service.approve(clerk.session, PIN, record)
    posing = Approval(vault.chief.serial, by_clerk.record, by_clerk.signature)
    _refused_and_not_enrolled(vault, posing, newcomer)


def test_an_approval_for_another_action_or_vault_is_refused(vault: Vault, tmp_path: Path) -> None:
    vault.add("clerk", Role.CLERK, "clerk pw")
    newcomer = provisioned_card()
    # Signed for a card replacement, presented for an enrollment.
    replace = _request(vault, newcomer, action="card.replace", name="clerk")
    as_replace = vault.service.approve(vault.chief.session, PIN, replace)
    with pytest.raises(ApprovalInvalid):
        _add_with(vault, as_replace, newcomer, name="clerk2")
    # Signed in another vault by the same chief's card: its audit head is not
    # on this vault's chain, and it names another vault.
    other = Vault(tmp_path / "other")
    foreign = vault.service.approve(vault.chief.session, PIN, _request(other, newcomer))
    _refused_and_not_enrolled(vault, foreign, newcomer)


@pytest.mark.parametrize(
    "offset",
    [-APPROVAL_VALID_FOR - timedelta(minutes=1), timedelta(hours=1)],
    ids=["kept back too long", "dated ahead"],
)
def test_an_approval_outside_its_validity_is_refused(vault: Vault, offset: timedelta) -> None:
    newcomer = provisioned_card()
    record = _request(vault, newcomer)
    signed = sign_proposal(vault.chief.session, PIN, record, datetime.now(UTC) + offset)
    _refused_and_not_enrolled(vault, signed, newcomer)
