"""Who acts on the leads register: the user, the store, the clock, the session's
identity key and grants, and the permission check every use case starts with."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from desktop.domain.audit import lead_subject, user_subject
from desktop.domain.leads import LeadId
from desktop.domain.roles import Role
from desktop.domain.users import User
from desktop.policy import Action, Grant, allowed, require
from desktop.ports import Clock, Store


class LeadContext:
    """`ik` is the session's identity key (None for staff); `grants` are the verified
    grants of a staff member."""

    def __init__(self, store: Store, clock: Clock, user: User,
                 ik: bytes | bytearray | None, grants: Iterable[Grant] = (),
                 overdue: Callable[[], bool] = lambda: False) -> None:
        self.store = store
        self.clock = clock
        self.user = user
        self.ik = ik
        self.grants = tuple(grants)
        # The session's witness rule: no recent checkpoint of the chief's card.
        self.overdue = overdue

    @property
    def actor(self) -> str:
        return user_subject(self.user.id)

    @property
    def role(self) -> Role:
        return self.user.role

    def require(self, action: Action, lead_id: LeadId | None = None) -> None:
        subject = None if lead_id is None else lead_subject(lead_id)
        require(self.role, action, overdue=self.overdue(), subject=subject, grants=self.grants)

    def may_view_identity(self) -> bool:
        return allowed(self.role, Action.VIEW_IDENTITY) and self.ik is not None
