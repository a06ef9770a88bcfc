"""Bag states, actions and refusals in the user's words (zh / en catalogues)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.bags import BagAction, BagState
from ui.printing.words import describe_print_error
from ui.roles import role_name

translate = QCoreApplication.translate


def state_name(state: BagState) -> str:
    return {
        BagState.DRAFT: translate("Bags", "Open (being filled)"),
        BagState.SEALED: translate("Bags", "Sealed"),
        BagState.HANDED_OVER: translate("Bags", "Handed over"),
        BagState.UNSEALED: translate("Bags", "Unsealed"),
        BagState.RESEALED: translate("Bags", "Resealed"),
        BagState.RETURNED: translate("Bags", "Returned"),
        BagState.VOID: translate("Bags", "Void"),
    }[state]


def action_name(action: BagAction) -> str:
    return {
        BagAction.CREATE: translate("Bags", "created"),
        BagAction.ADD_LEAD: translate("Bags", "lead added"),
        BagAction.ADD_MATERIAL: translate("Bags", "materials added"),
        BagAction.SEAL: translate("Bags", "sealed"),
        BagAction.HAND_OVER: translate("Bags", "handed over"),
        BagAction.UNSEAL: translate("Bags", "unsealed with the chief procurator's card"),
        BagAction.RESEAL: translate("Bags", "resealed"),
        BagAction.RETURN_TO_SENDER: translate("Bags", "returned to the sender"),
        BagAction.VOID: translate("Bags", "voided"),
    }[action]


def _verb(action: BagAction) -> str:
    return {
        BagAction.ADD_LEAD: translate("Bags", "take another lead"),
        BagAction.ADD_MATERIAL: translate("Bags", "take more materials"),
        BagAction.SEAL: translate("Bags", "be sealed"),
        BagAction.HAND_OVER: translate("Bags", "be handed over"),
        BagAction.UNSEAL: translate("Bags", "be unsealed"),
        BagAction.RESEAL: translate("Bags", "be resealed"),
        BagAction.RETURN_TO_SENDER: translate("Bags", "be returned"),
        BagAction.VOID: translate("Bags", "be voided"),
        BagAction.CREATE: translate("Bags", "be created"),
    }[action]


def _field(name: str) -> str:
    return {
        "receiver": translate("Bags", "the receiver"),
        "reason": translate("Bags", "the reason"),
        "sealer": translate("Bags", "the sealer"),
        "items": translate("Bags", "the item count"),
        "pages": translate("Bags", "the page count"),
        "audit_head": translate("Bags", "the audit head"),
    }.get(name, name)


def _a(error: BaseException, name: str) -> str:
    return str(getattr(error, name, ""))


def _any(error: BaseException, name: str) -> Any:
    return getattr(error, name)


_WORDS: dict[str, Callable[[BaseException], str]] = {
    "BagNotFound": lambda e: translate("Bags", "There is no bag %1 in this vault.").replace(
        "%1", _a(e, "number")
    ),
    "UnknownBag": lambda e: translate("Bags", "There is no bag %1 in this vault.").replace(
        "%1", _a(e, "number")
    ),
    "UnknownLead": lambda e: translate(
        "Bags", "There is no lead %1 in the leads register. Nothing was changed."
    ).replace("%1", _a(e, "lead_number")),
    "BadLeadNumber": lambda e: translate(
        "Bags", "“%1” is not a lead number. Lead numbers look like 2026-00012."
    ).replace("%1", _a(e, "value")),
    "DuplicateLead": lambda e: translate("Bags", "Lead %1 is already in this bag.").replace(
        "%1", _a(e, "lead_number")
    ),
    "EmptyBag": lambda e: translate(
        "Bags", "The bag is empty: add a lead or materials before sealing it."
    ),
    "BadCount": lambda e: (
        translate("Bags", "%1 cannot be %2.")
        .replace("%1", _field(_a(e, "field")))
        .replace("%2", _a(e, "value"))
    ),
    "MissingName": lambda e: translate("Bags", "Fill in %1.").replace("%1", _field(_a(e, "field"))),
    "IllegalTransition": lambda e: (
        translate("Bags", "A bag that is “%1” cannot %2.")
        .replace("%1", state_name(_any(e, "state")))
        .replace("%2", _verb(_any(e, "action")))
    ),
    "BagActionNotPermitted": lambda e: translate("Bags", "A %1 may not do this.").replace(
        "%1",
        role_name(_any(e, "role")),
    ),
    "BagChangedMeanwhile": lambda e: translate(
        "Bags", "The bag was changed elsewhere meanwhile. It has been reloaded: try again."
    ),
    # unsealing
    "UnsealingCardNotEnrolled": lambda e: translate(
        "Bags",
        "This card (%1) is not enrolled on this workstation. The bag was not unsealed.",
    ).replace("%1", _a(e, "serial")),
    "UnsealingCardNotChiefs": lambda e: translate(
        "Bags",
        "This card belongs to a %1, not to the chief procurator. Only the chief "
        "procurator's own card can unseal a bag. The bag was not unsealed.",
    ).replace("%1", role_name(_any(e, "role"))),
    "UnsealingSignatureInvalid": lambda e: translate(
        "Bags",
        "The card's signature does not match the chief procurator's enrolled key. "
        "The bag was not unsealed.",
    ),
    "UnsealingRecordMismatch": lambda e: translate(
        "Bags",
        "The signed unsealing record is out of date (%1 changed meanwhile). Sign again.",
    ).replace("%1", _field(_a(e, "field"))),
    "UnsealingRefused": lambda e: translate("Bags", "The unsealing was refused."),
    # typed or scanned numbers
    "BadCheckCharacter": lambda e: (
        translate(
            "Bags",
            "The check character is wrong: the number ends in “%1”, but it should end in "
            "“%2”. Check the number for a mistyped digit.",
        )
        .replace("%1", _a(e, "found"))
        .replace("%2", _a(e, "expected"))
    ),
    "WrongLength": lambda e: translate(
        "Bags",
        "A confidential number has 16 digits and a check character "
        "(like 990001-2026-000001-7); this has %1 characters.",
    ).replace("%1", _a(e, "found")),
    "MisplacedSeparator": lambda e: translate(
        "Bags", "The dashes of the number are in the wrong place (like 990001-2026-000001-7)."
    ),
    "BadUnitCode": lambda e: translate("Bags", "“%1” is not a six-digit unit code.").replace(
        "%1", _a(e, "value")
    ),
    "BadYear": lambda e: translate("Bags", "“%1” is not a possible year.").replace(
        "%1", _a(e, "value")
    ),
    "BadSerial": lambda e: translate("Bags", "“%1” is not a possible serial number.").replace(
        "%1", _a(e, "value")
    ),
    "ConfidentialNumberError": lambda e: translate(
        "Bags", "This is not a valid confidential number."
    ),
    "MalformedPayload": lambda e: translate(
        "Bags", "The scanned code is not a LeadVault label (it cannot be read as one)."
    ),
    "QrTagError": lambda e: translate(
        "Bags", "The scanned code is not a LeadVault label (it cannot be read as one)."
    ),
    "ScanTooLong": lambda e: translate(
        "Bags", "The scanned text is too long (%1 characters) to be a label."
    ).replace("%1", _a(e, "length")),
}


def describe_bag_error(error: BaseException) -> str:
    for cls in type(error).__mro__:
        words = _WORDS.get(cls.__name__)
        if words is not None:
            return words(error)
    return describe_print_error(error)
