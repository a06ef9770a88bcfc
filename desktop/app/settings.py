"""Workstation settings kept in the vault (today: the idle-lock time)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.app.workstation_checks import DEFAULT_IDLE_LOCK_SECONDS, check_idle_timeout
from desktop.policy import Action, NotPermitted, allowed

if TYPE_CHECKING:
    from desktop.vault.session import Session

IDLE_SETTING = "workstation.idle_lock_seconds"


class Settings:
    """desktop.app.ports.SettingsPort."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def idle_timeout_seconds(self) -> int:
        with self._session.store.reading() as tx:
            value = tx.settings.get(IDLE_SETTING)
        if value is None or not value.isdigit() or check_idle_timeout(int(value)) is not None:
            return DEFAULT_IDLE_LOCK_SECONDS
        return int(value)

    def set_idle_timeout_seconds(self, seconds: int) -> None:
        s = self._session
        if not allowed(s.role, Action.CHANGE_IDLE_TIMEOUT):
            raise NotPermitted(Action.CHANGE_IDLE_TIMEOUT, s.role)
        problem = check_idle_timeout(seconds)
        if problem is not None:
            raise ValueError(problem.value)
        with s.store.transaction() as tx:
            tx.settings.set(IDLE_SETTING, str(seconds))
            tx.audit.append(s.actor, "settings.change", IDLE_SETTING, {"value": seconds})
