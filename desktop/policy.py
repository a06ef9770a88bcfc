"""Roles → permissions and navigation sections (DESIGN.md §6, REGULATIONS Art. 59).

The tables below are the policy; everything else asks them. Viewers (director,
deputy chief, staff) hold no standing permission: whatever they may see comes
from a grant the chief procurator signed, scoped to one subject (a lead or a bag).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import NamedTuple

from desktop.domain.roles import Role


class Action(enum.Enum):
    RECORD_LEAD = "record-lead"
    VIEW_LEAD = "view-lead"
    VIEW_IDENTITY = "view-identity"
    VIEW_BAGS = "view-bags"  # the bag register, a bag's events and copies
    CREATE_BAG = "create-bag"
    SEAL_BAG = "seal-bag"
    UNSEAL_BAG = "unseal-bag"
    PRINT = "print"
    EXPORT = "export"
    REQUEST_APPROVAL = "request-approval"
    DECIDE_APPROVAL = "decide-approval"
    VIEW_AUDIT = "view-audit"
    CHANGE_IDLE_TIMEOUT = "change-idle-timeout"
    ENROLL_USER = "enroll-user"
    REMOVE_USER = "remove-user"
    REKEY = "rekey"  # new database and identity keys: only keyholders, who hold both
    CHANGE_LANGUAGE = "change-language"
    BACKUP = "backup"  # copy the vault to removable media and check such a copy


class Section(enum.Enum):
    """Navigation entries of the main window, in display order per role."""

    LEADS = "leads"
    BAGS = "bags"
    PRINTS = "prints"
    MY_REQUESTS = "my-requests"
    APPROVALS = "approvals"
    BAGS_AWAITING_UNSEALING = "bags-awaiting-unsealing"
    AUDIT = "audit"
    USERS = "users"
    GRANTED = "granted"
    SETTINGS = "settings"


_A = Action
_EVERYONE = frozenset({_A.CHANGE_LANGUAGE})

PERMISSIONS: dict[Role, frozenset[Action]] = {
    # The designated person records leads, seals bags and prints; she asks the
    # chief procurator for anything beyond that (Art. 59(1), 59(3)). She may export
    # what she prints to a file, except a document that names an informant
    # (desktop.app.prints refuses that without the chief's approval).
    Role.CLERK: _EVERYONE
    | {
        _A.RECORD_LEAD,
        _A.VIEW_LEAD,
        _A.VIEW_IDENTITY,
        _A.VIEW_BAGS,
        _A.CREATE_BAG,
        _A.SEAL_BAG,
        _A.PRINT,
        _A.EXPORT,
        _A.REQUEST_APPROVAL,
        _A.REKEY,
        _A.BACKUP,
    },
    # The chief procurator approves, opens bags personally and reads the audit.
    Role.CHIEF: _EVERYONE
    | {
        _A.VIEW_LEAD,
        _A.VIEW_IDENTITY,
        _A.DECIDE_APPROVAL,
        _A.VIEW_BAGS,
        _A.UNSEAL_BAG,
        _A.VIEW_AUDIT,
        _A.CHANGE_IDLE_TIMEOUT,
        _A.ENROLL_USER,
        _A.REMOVE_USER,
        _A.REKEY,
        _A.BACKUP,
    },
    # Viewers (DESIGN §6): they hold no database key, so they may only ask;
    # whatever they see comes from a grant package the chief signed (below).
    Role.DIRECTOR: _EVERYONE | {_A.REQUEST_APPROVAL},
    Role.DEPUTY_CHIEF: _EVERYONE | {_A.REQUEST_APPROVAL},
    Role.STAFF: _EVERYONE | {_A.REQUEST_APPROVAL},
}

# What a signed grant can hand a viewer, per subject. Deciding, unsealing
# and enrolling can never be granted: only the chief's own card does those.
GRANTABLE: frozenset[Action] = frozenset({_A.VIEW_LEAD, _A.VIEW_IDENTITY, _A.PRINT, _A.EXPORT})

SECTIONS: dict[Role, tuple[Section, ...]] = {
    Role.CLERK: (Section.LEADS, Section.BAGS, Section.PRINTS, Section.MY_REQUESTS),
    # Leads read-only (the leads section offers no recording without RECORD_LEAD).
    Role.CHIEF: (Section.APPROVALS, Section.BAGS_AWAITING_UNSEALING, Section.LEADS,
                 Section.AUDIT, Section.USERS),
    Role.DIRECTOR: (Section.GRANTED, Section.MY_REQUESTS),
    Role.DEPUTY_CHIEF: (Section.GRANTED, Section.MY_REQUESTS),
    Role.STAFF: (Section.GRANTED, Section.MY_REQUESTS),
}


# After too long without a checkpoint of the chief's card (DESIGN §7), keyholders
# may record new reports and nothing else until he signs one.
WHILE_UNWITNESSED: frozenset[Action] = frozenset(
    {_A.RECORD_LEAD, _A.REQUEST_APPROVAL, _A.CHANGE_LANGUAGE}
)


class NotPermitted(Exception):
    """``role`` may not do ``action``: the one refusal of every permission check in
    the core (vault, leads, bags, prints), so ui/ words them all alike."""

    def __init__(self, action: Action, role: Role) -> None:
        super().__init__(f"a {role.value} may not {action.value}")
        self.action = action
        self.role = role


class CheckpointOverdue(NotPermitted):
    """``action`` waits for the chief procurator's next checkpoint: the last one is
    older than the age he set, so only new reports may be recorded meanwhile."""

    def __init__(self, action: Action, role: Role) -> None:
        Exception.__init__(self, f"{action.value} waits for the chief's next checkpoint")
        self.action = action
        self.role = role


def require(role: Role, action: Action, *, overdue: bool, subject: str | None = None,
            grants: Iterable[Grant] = ()) -> None:
    """The one permission check of the core's services: the role's table, then the
    witness rule (CheckpointOverdue)."""
    if not allowed(role, action, subject, grants):
        raise NotPermitted(action, role)
    if overdue and action not in WHILE_UNWITNESSED:
        raise CheckpointOverdue(action, role)


class Grant(NamedTuple):
    """A verified, unexpired grant: ``action`` on ``subject`` (e.g. "lead:12")."""

    action: Action
    subject: str


def allowed(
    role: Role, action: Action, subject: str | None = None, grants: Iterable[Grant] = ()
) -> bool:
    """May ``role`` do ``action`` (on ``subject``)? Grants count for viewers only,
    only for grantable actions, and only on the subject they name."""
    if action in PERMISSIONS[role]:
        return True
    if role.holds_vault_keys or action not in GRANTABLE or subject is None:
        return False
    return any(g.action is action and g.subject == subject for g in grants)


def sections_for(role: Role) -> tuple[Section, ...]:
    """The navigation of ``role``; settings (language at least) come last for everyone."""
    return (*SECTIONS[role], Section.SETTINGS)


def home_section(role: Role) -> Section:
    return SECTIONS[role][0]
