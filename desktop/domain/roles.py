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
    def receives_identity_key(self) -> bool:
        """Only these roles receive IK at unlock; staff never do (grants are per lead)."""
        return self is not Role.STAFF
