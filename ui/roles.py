"""Role names in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.roles import Role

translate = QCoreApplication.translate


def role_name(role: Role) -> str:
    return {
        Role.CLERK: translate("Roles", "Clerk"),
        Role.DIRECTOR: translate("Roles", "Reporting centre director"),
        Role.DEPUTY_CHIEF: translate("Roles", "Deputy chief procurator"),
        Role.CHIEF: translate("Roles", "Chief procurator"),
        Role.STAFF: translate("Roles", "Staff"),
    }[role]
