"""Every role × action, and the navigation per role (DESIGN.md §6)."""

from __future__ import annotations

import pytest

from desktop.domain.roles import Role
from desktop.policy import (
    GRANTABLE,
    Action,
    Grant,
    Section,
    allowed,
    home_section,
    sections_for,
)

A = Action
R = Role
# The whole table, written out so a change to policy.py is a deliberate change here too.
EXPECTED: dict[Role, set[Action]] = {
    R.CLERK: {
        A.RECORD_LEAD,
        A.VIEW_LEAD,
        A.VIEW_IDENTITY,
        A.VIEW_BAGS,
        A.CREATE_BAG,
        A.SEAL_BAG,
        A.PRINT,
        A.EXPORT,
        A.REQUEST_APPROVAL,
        A.REKEY,
        A.BACKUP,
        A.CHANGE_LANGUAGE,
    },
    R.CHIEF: {
        A.VIEW_LEAD,
        A.VIEW_IDENTITY,
        A.DECIDE_APPROVAL,
        A.VIEW_BAGS,
        A.UNSEAL_BAG,
        A.VIEW_AUDIT,
        A.CHANGE_IDLE_TIMEOUT,
        A.ENROLL_USER,
        A.REMOVE_USER,
        A.REKEY,
        A.BACKUP,
        A.CHANGE_LANGUAGE,
    },
    # Viewers: no database key, so nothing but asking (grants, below, add the rest).
    R.DIRECTOR: {A.REQUEST_APPROVAL, A.CHANGE_LANGUAGE},
    R.DEPUTY_CHIEF: {A.REQUEST_APPROVAL, A.CHANGE_LANGUAGE},
    R.STAFF: {A.REQUEST_APPROVAL, A.CHANGE_LANGUAGE},
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(Action))
def test_every_role_and_action(role: Role, action: Action) -> None:
    assert allowed(role, action, subject="lead:1") is (action in EXPECTED[role])


def test_only_the_chief_unseals_decides_and_changes_the_idle_time() -> None:
    for action in (A.UNSEAL_BAG, A.DECIDE_APPROVAL, A.CHANGE_IDLE_TIMEOUT, A.VIEW_AUDIT):
        assert [r for r in Role if allowed(r, action)] == [R.CHIEF]


def test_staff_sees_nothing_without_a_grant() -> None:
    for action in (A.VIEW_LEAD, A.VIEW_IDENTITY, A.PRINT, A.EXPORT):
        assert not allowed(R.STAFF, action, subject="lead:7")


@pytest.mark.parametrize("action", sorted(GRANTABLE, key=lambda a: a.value))
def test_a_grant_opens_exactly_its_subject(action: Action) -> None:
    grants = [Grant(action, "lead:7")]
    assert allowed(R.STAFF, action, subject="lead:7", grants=grants)
    assert not allowed(R.STAFF, action, subject="lead:8", grants=grants)
    assert not allowed(R.STAFF, action, subject=None, grants=grants)
    other = next(a for a in GRANTABLE if a is not action)
    assert not allowed(R.STAFF, other, subject="lead:7", grants=grants)


@pytest.mark.parametrize(
    "action", [
        A.UNSEAL_BAG,
        A.DECIDE_APPROVAL,
        A.ENROLL_USER,
        A.REMOVE_USER,
        A.REKEY,
        A.VIEW_AUDIT,
        A.CHANGE_IDLE_TIMEOUT,
    ]
)
def test_the_chiefs_powers_cannot_be_granted(action: Action) -> None:
    assert not allowed(R.STAFF, action, subject="bag:1", grants=[Grant(action, "bag:1")])


def test_grants_mean_nothing_to_other_roles() -> None:
    # A clerk cannot unseal even holding a (forged) grant.
    assert not allowed(R.CLERK, A.UNSEAL_BAG, "bag:1", [Grant(A.UNSEAL_BAG, "bag:1")])


def test_navigation_per_role() -> None:
    S = Section
    assert sections_for(R.CLERK) == (S.LEADS, S.BAGS, S.PRINTS, S.MY_REQUESTS, S.SETTINGS)
    assert sections_for(R.CHIEF) == (S.APPROVALS, S.BAGS_AWAITING_UNSEALING, S.LEADS, S.AUDIT,
                                     S.USERS, S.SETTINGS)
    assert sections_for(R.DIRECTOR) == (S.GRANTED, S.MY_REQUESTS, S.SETTINGS)
    assert sections_for(R.DEPUTY_CHIEF) == sections_for(R.DIRECTOR)
    assert sections_for(R.STAFF) == (S.GRANTED, S.MY_REQUESTS, S.SETTINGS)
    assert home_section(R.CHIEF) is S.APPROVALS
    assert home_section(R.CLERK) is S.LEADS


def test_no_one_but_the_chief_sees_the_audit_or_the_unsealing_queue() -> None:
    for role in Role:
        chiefs_only = {Section.AUDIT, Section.BAGS_AWAITING_UNSEALING, Section.APPROVALS}
        assert bool(chiefs_only & set(sections_for(role))) is (role is R.CHIEF)
