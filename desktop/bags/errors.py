"""Typed refusals of the bag workflows. They carry data; only ui/ words them.

The state machine's own refusals (IllegalTransition, EmptyBag, …) come from
desktop.domain.bags unchanged; a number typed wrong raises the errors of
desktop.domain.confidential_number (BadCheckCharacter carries ``expected``)."""

from __future__ import annotations

from desktop.domain.confidential_number import ConfidentialNumber
from desktop.domain.roles import Role


class BagWorkflowError(Exception):
    """Base class of the bag workflows' refusals."""


class BagNotFound(BagWorkflowError):
    def __init__(self, number: ConfidentialNumber) -> None:
        super().__init__(f"no bag {number} in this vault")
        self.number = number


class UnknownLead(BagWorkflowError):
    """The lead number is not in the leads register."""

    def __init__(self, lead_number: str) -> None:
        super().__init__(f"no lead {lead_number} in the leads register")
        self.lead_number = lead_number




class UnsealingRefused(BagWorkflowError):
    """Base class: the unsealing was not recorded and nothing changed."""

    def __init__(self, number: ConfidentialNumber, message: str) -> None:
        super().__init__(f"unsealing of {number} refused: {message}")
        self.number = number


class UnsealingCardNotEnrolled(UnsealingRefused):
    """The signing card is unknown to this vault (or retired)."""

    def __init__(self, number: ConfidentialNumber, serial: str) -> None:
        super().__init__(number, f"card {serial} is not an enrolled card")
        self.serial = serial


class UnsealingCardNotChiefs(UnsealingRefused):
    """The signing card is enrolled, but to someone who is not an active chief
    procurator (``role`` is its holder's role)."""

    def __init__(self, number: ConfidentialNumber, serial: str, role: Role) -> None:
        super().__init__(number, f"card {serial} belongs to a {role.value}, not the chief")
        self.serial = serial
        self.role = role


class UnsealingSignatureInvalid(UnsealingRefused):
    """The signature does not verify against the chief's enrolled signature key."""

    def __init__(self, number: ConfidentialNumber, serial: str) -> None:
        super().__init__(number, f"the signature of card {serial} does not verify")
        self.serial = serial


class UnsealingRecordMismatch(UnsealingRefused):
    """The signed record is not the one for this bag now: ``field`` names what
    differs (vault_id, number, bag state or version, audit_head, action, format).
    A record signed before something else was audited must be signed again."""

    def __init__(self, number: ConfidentialNumber, field: str) -> None:
        super().__init__(number, f"the signed record's {field} does not match")
        self.field = field
