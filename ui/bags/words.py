"""Bag states, actions and refusals in the user's words (zh / en catalogues)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.bags import errors as bag_errors
from desktop.bags.scanning import ScanTooLong
from desktop.domain import bags as bag_rules
from desktop.domain import confidential_number as numbers
from desktop.domain import qr_tag
from desktop.domain.bag_records import BagChangedMeanwhile
from desktop.domain.bags import BagAction, BagState
from ui.messages import ErrorWords, words_for
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


BAG_ERROR_WORDS: ErrorWords = {
    bag_errors.BagNotFound: lambda e: translate(
        "Bags", "There is no bag %1 in this vault."
    ).replace("%1", _a(e, "number")),
    bag_errors.UnknownLead: lambda e: translate(
        "Bags", "There is no lead %1 in the leads register. Nothing was changed."
    ).replace("%1", _a(e, "lead_number")),
    bag_rules.BadLeadNumber: lambda e: translate(
        "Bags", "“%1” is not a lead number. Lead numbers look like 2026-00012."
    ).replace("%1", _a(e, "value")),
    bag_rules.DuplicateLead: lambda e: translate("Bags", "Lead %1 is already in this bag.").replace(
        "%1", _a(e, "lead_number")
    ),
    bag_rules.EmptyBag: lambda e: translate(
        "Bags", "The bag is empty: add a lead or materials before sealing it."
    ),
    bag_rules.BadCount: lambda e: (
        translate("Bags", "%1 cannot be %2.")
        .replace("%1", _field(_a(e, "field")))
        .replace("%2", _a(e, "value"))
    ),
    bag_rules.MissingName: lambda e: translate("Bags", "Fill in %1.").replace(
        "%1", _field(_a(e, "field"))
    ),
    bag_rules.IllegalTransition: lambda e: (
        translate("Bags", "A bag that is “%1” cannot %2.")
        .replace("%1", state_name(_any(e, "state")))
        .replace("%2", _verb(_any(e, "action")))
    ),
    BagChangedMeanwhile: lambda e: translate(
        "Bags", "The bag was changed elsewhere meanwhile. It has been reloaded: try again."
    ),
    # unsealing
    bag_errors.UnsealingCardNotEnrolled: lambda e: translate(
        "Bags",
        "This card (%1) is not enrolled on this workstation. The bag was not unsealed.",
    ).replace("%1", _a(e, "serial")),
    bag_errors.UnsealingCardNotChiefs: lambda e: translate(
        "Bags",
        "This card belongs to a %1, not to the chief procurator. Only the chief "
        "procurator's own card can unseal a bag. The bag was not unsealed.",
    ).replace("%1", role_name(_any(e, "role"))),
    bag_errors.UnsealingSignatureInvalid: lambda e: translate(
        "Bags",
        "The card's signature does not match the chief procurator's enrolled key. "
        "The bag was not unsealed.",
    ),
    bag_errors.UnsealingRecordMismatch: lambda e: translate(
        "Bags",
        "The signed unsealing record is out of date (%1 changed meanwhile). Sign again.",
    ).replace("%1", _field(_a(e, "field"))),
    bag_errors.UnsealingRefused: lambda e: translate("Bags", "The unsealing was refused."),
    bag_rules.UnsealingSignatureMissing: lambda e: translate(
        "Bags", "A bag is unsealed only with the chief procurator's card signature."
    ),
    bag_rules.SignatureForAnotherBag: lambda e: translate(
        "Bags", "The signature is for bag %1, not this one. The bag was not unsealed."
    ).replace("%1", _a(e, "found")),
    bag_rules.BagError: lambda e: translate("Bags", "The bag refused this. Nothing was changed."),
    bag_errors.BagWorkflowError: lambda e: translate(
        "Bags", "The bag refused this. Nothing was changed."
    ),
    # typed or scanned numbers
    numbers.BadCheckCharacter: lambda e: (
        translate(
            "Bags",
            "The check character is wrong: the number ends in “%1”, but it should end in "
            "“%2”. Check the number for a mistyped digit.",
        )
        .replace("%1", _a(e, "found"))
        .replace("%2", _a(e, "expected"))
    ),
    numbers.WrongLength: lambda e: translate(
        "Bags",
        "A confidential number has 16 digits and a check character "
        "(like 990001-2026-000001-7); this has %1 characters.",
    ).replace("%1", _a(e, "found")),
    numbers.MisplacedSeparator: lambda e: translate(
        "Bags", "The dashes of the number are in the wrong place (like 990001-2026-000001-7)."
    ),
    numbers.BadUnitCode: lambda e: translate("Bags", "“%1” is not a six-digit unit code.").replace(
        "%1", _a(e, "value")
    ),
    numbers.BadYear: lambda e: translate("Bags", "“%1” is not a possible year.").replace(
        "%1", _a(e, "value")
    ),
    numbers.BadSerial: lambda e: translate("Bags", "“%1” is not a possible serial number.").replace(
        "%1", _a(e, "value")
    ),
    numbers.SerialsExhausted: lambda e: translate(
        "Bags", "Every confidential number of %1 has been issued. Ask the administrator."
    ).replace("%1", _a(e, "year")),
    numbers.ConfidentialNumberError: lambda e: translate(
        "Bags", "This is not a valid confidential number."
    ),
    qr_tag.MalformedPayload: lambda e: translate(
        "Bags", "The scanned code is not a LeadVault label (it cannot be read as one)."
    ),
    qr_tag.TagMismatch: lambda e: translate(
        "Bags", "This label was not printed by this workstation: it may be forged. Report it."
    ),
    qr_tag.QrTagError: lambda e: translate(
        "Bags", "The scanned code is not a LeadVault label (it cannot be read as one)."
    ),
    ScanTooLong: lambda e: translate(
        "Bags", "The scanned text is too long (%1 characters) to be a label."
    ).replace("%1", _a(e, "length")),
}


def describe_bag_error(error: BaseException) -> str:
    words = words_for(error, BAG_ERROR_WORDS)
    return words if words is not None else describe_print_error(error)
