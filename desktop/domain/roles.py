"""The five roles of the reporting centre (DESIGN.md §6)."""

from __future__ import annotations

import enum


class Role(enum.Enum):
    CLERK = "clerk"  # the designated person (专人) at the special computer
    DIRECTOR = "director"  # head of the reporting centre
    DEPUTY_CHIEF = "deputy-chief"  # deputy chief procurator in charge (分管副检察长)
    CHIEF = "chief"  # chief procurator (检察长)
    STAFF = "staff"  # sees only what a signed grant allows

    @property
    def holds_vault_keys(self) -> bool:
        """Keyholders (clerk, chief procurator) receive DEK and IK; the others are
        viewers who see only grant packages sealed to them (DESIGN.md §6)."""
        return self in (Role.CLERK, Role.CHIEF)

    @property
    def receives_identity_key(self) -> bool:
        """Only keyholders receive IK at unlock; a viewer sees an identity only
        inside a grant package."""
        return self.holds_vault_keys
