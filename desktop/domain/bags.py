"""Confidential bags (机要袋): the state machine, pure and Qt-free.

Article 59(3): materials for the chief procurator are sealed in a bag with a
confidential number and opened by him personally. A bag moves

    draft ─seal→ sealed ─hand_over→ handed_over ─unseal→ unsealed
    unsealed ─reseal→ resealed ─hand_over→ handed_over …
    unsealed ─return_to_sender→ returned
    draft | sealed ─void→ void

Every transition returns a new ``Bag`` and the ``BagEvent`` to store and
audit; anything else raises ``IllegalTransition`` naming the state and the
action. Unsealing needs an ``UnsealingSignature`` made by the chief
procurator's card; its verification against his enrolled key happens in the
workflow before it gets here, this module refuses to unseal without one.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import datetime

from desktop.domain.confidential_number import ConfidentialNumber
from desktop.domain.lead_number import LEAD_NUMBER

CHIEF_PROCURATOR = "检察长"  # the default recipient (检察长亲启)


class BagState(enum.Enum):
    DRAFT = "draft"  # open: leads and materials are being put in
    SEALED = "sealed"
    HANDED_OVER = "handed-over"
    UNSEALED = "unsealed"
    RESEALED = "resealed"
    RETURNED = "returned"
    VOID = "void"


class BagAction(enum.Enum):
    CREATE = "create"
    ADD_LEAD = "add-lead"
    ADD_MATERIAL = "add-material"
    SEAL = "seal"
    HAND_OVER = "hand-over"
    UNSEAL = "unseal"
    RESEAL = "reseal"
    RETURN_TO_SENDER = "return-to-sender"
    VOID = "void"


# Where each action may start. CREATE has no source state.
ALLOWED: dict[BagAction, frozenset[BagState]] = {
    BagAction.ADD_LEAD: frozenset({BagState.DRAFT}),
    BagAction.ADD_MATERIAL: frozenset({BagState.DRAFT}),
    BagAction.SEAL: frozenset({BagState.DRAFT}),
    BagAction.HAND_OVER: frozenset({BagState.SEALED, BagState.RESEALED}),
    BagAction.UNSEAL: frozenset({BagState.HANDED_OVER}),
    BagAction.RESEAL: frozenset({BagState.UNSEALED}),
    BagAction.RETURN_TO_SENDER: frozenset({BagState.UNSEALED}),
    BagAction.VOID: frozenset({BagState.DRAFT, BagState.SEALED}),
}


class BagError(Exception):
    """Base class of the bag state machine's refusals."""


class IllegalTransition(BagError):
    def __init__(self, state: BagState, action: BagAction) -> None:
        super().__init__(f"cannot {action.value} a bag that is {state.value}")
        self.state = state
        self.action = action


class EmptyBag(BagError):
    """Sealing a bag with no lead and no material."""

    def __init__(self, number: ConfidentialNumber) -> None:
        super().__init__(f"bag {number} is empty")
        self.number = number


class BadLeadNumber(BagError):
    def __init__(self, value: str) -> None:
        super().__init__(f"not a lead number (YYYY-NNNNN): {value!r}")
        self.value = value


class DuplicateLead(BagError):
    def __init__(self, lead_number: str) -> None:
        super().__init__(f"lead {lead_number} is already in the bag")
        self.lead_number = lead_number


class BadCount(BagError):
    """An item or page count out of range (``field`` is "items" or "pages")."""

    def __init__(self, field: str, value: int) -> None:
        super().__init__(f"bad {field} count: {value}")
        self.field = field
        self.value = value


class MissingName(BagError):
    """A person or unit the record needs was left blank (``field`` names it)."""

    def __init__(self, field: str) -> None:
        super().__init__(f"{field} is required")
        self.field = field


class UnsealingSignatureMissing(BagError):
    def __init__(self, number: ConfidentialNumber) -> None:
        super().__init__(f"bag {number} can only be unsealed with the chief procurator's signature")
        self.number = number


class SignatureForAnotherBag(BagError):
    def __init__(self, expected: ConfidentialNumber, found: ConfidentialNumber) -> None:
        super().__init__(f"the unsealing signature is for bag {found}, not {expected}")
        self.expected = expected
        self.found = found


@dataclass(frozen=True)
class UnsealingSignature:
    """The chief procurator's card signature over the canonical unsealing record
    (number, time, audit head). The workflow verifies it against his enrolled
    key before handing it to ``Bag.unseal``."""

    number: ConfidentialNumber
    signed_at: datetime
    audit_head: str  # hex SHA-256 of the audit head at signing time
    signer_fingerprint: str  # of the chief procurator's signature key
    signature: bytes


@dataclass(frozen=True)
class BagEvent:
    number: ConfidentialNumber
    action: BagAction
    from_state: BagState | None  # None for CREATE
    to_state: BagState
    at: datetime
    actor: str  # the user who acted (for UNSEAL: the signer's key fingerprint)
    # What the action recorded: a lead number, counts, the receiver, the void
    # reason. Never identity or report content.
    details: tuple[tuple[str, str], ...] = ()

    def detail(self, key: str) -> str | None:
        return dict(self.details).get(key)


@dataclass(frozen=True)
class Bag:
    number: ConfidentialNumber
    sender: str  # the sending unit, e.g. the reporting centre
    recipient: str
    created_at: datetime
    state: BagState = BagState.DRAFT
    lead_numbers: tuple[str, ...] = ()
    items: int = 0
    pages: int = 0
    sealed_by: str | None = None  # the last (re)sealer
    sealed_at: datetime | None = None
    holder: str | None = None  # the receiver of the last hand-over
    handed_over_at: datetime | None = None
    unsealing: UnsealingSignature | None = None  # the last unsealing
    void_reason: str | None = None

    # ------------------------------------------------------------ transitions

    def add_lead(self, lead_number: str, *, by: str, at: datetime) -> tuple[Bag, BagEvent]:
        self._require(BagAction.ADD_LEAD)
        if not LEAD_NUMBER.fullmatch(lead_number):
            raise BadLeadNumber(lead_number)
        if lead_number in self.lead_numbers:
            raise DuplicateLead(lead_number)
        bag = replace(self, lead_numbers=(*self.lead_numbers, lead_number))
        return bag, self._event(BagAction.ADD_LEAD, bag, by, at, lead=lead_number)

    def add_material(
        self, items: int, pages: int, *, by: str, at: datetime
    ) -> tuple[Bag, BagEvent]:
        self._require(BagAction.ADD_MATERIAL)
        if items < 1:
            raise BadCount("items", items)
        if pages < 0:
            raise BadCount("pages", pages)
        bag = replace(self, items=self.items + items, pages=self.pages + pages)
        return bag, self._event(
            BagAction.ADD_MATERIAL, bag, by, at, items=str(items), pages=str(pages)
        )

    def seal(self, *, by: str, at: datetime) -> tuple[Bag, BagEvent]:
        self._require(BagAction.SEAL)
        _require_name("sealer", by)
        if not self.lead_numbers and self.items == 0:
            raise EmptyBag(self.number)
        bag = replace(self, state=BagState.SEALED, sealed_by=by, sealed_at=at)
        return bag, self._event(BagAction.SEAL, bag, by, at)

    def hand_over(self, receiver: str, *, by: str, at: datetime) -> tuple[Bag, BagEvent]:
        self._require(BagAction.HAND_OVER)
        _require_name("receiver", receiver)
        bag = replace(self, state=BagState.HANDED_OVER, holder=receiver, handed_over_at=at)
        return bag, self._event(BagAction.HAND_OVER, bag, by, at, receiver=receiver)

    def unseal(self, signature: UnsealingSignature | None) -> tuple[Bag, BagEvent]:
        self._require(BagAction.UNSEAL)
        if signature is None:
            raise UnsealingSignatureMissing(self.number)
        if signature.number != self.number:
            raise SignatureForAnotherBag(self.number, signature.number)
        bag = replace(self, state=BagState.UNSEALED, unsealing=signature)
        return bag, self._event(
            BagAction.UNSEAL,
            bag,
            signature.signer_fingerprint,
            signature.signed_at,
            audit_head=signature.audit_head,
        )

    def reseal(self, *, by: str, at: datetime) -> tuple[Bag, BagEvent]:
        self._require(BagAction.RESEAL)
        _require_name("sealer", by)
        bag = replace(self, state=BagState.RESEALED, sealed_by=by, sealed_at=at)
        return bag, self._event(BagAction.RESEAL, bag, by, at)

    def return_to_sender(self, *, by: str, at: datetime) -> tuple[Bag, BagEvent]:
        self._require(BagAction.RETURN_TO_SENDER)
        bag = replace(self, state=BagState.RETURNED, holder=self.sender)
        return bag, self._event(BagAction.RETURN_TO_SENDER, bag, by, at)

    def void(self, reason: str, *, by: str, at: datetime) -> tuple[Bag, BagEvent]:
        # The number stays in the register as voided; it is never issued again.
        self._require(BagAction.VOID)
        _require_name("reason", reason)
        bag = replace(self, state=BagState.VOID, void_reason=reason.strip())
        return bag, self._event(BagAction.VOID, bag, by, at, reason=reason.strip())

    # ------------------------------------------------------------ helpers

    def can(self, action: BagAction) -> bool:
        return action is not BagAction.CREATE and self.state in ALLOWED[action]

    def _require(self, action: BagAction) -> None:
        if not self.can(action):
            raise IllegalTransition(self.state, action)

    def _event(
        self, action: BagAction, after: Bag, actor: str, at: datetime, **details: str
    ) -> BagEvent:
        return BagEvent(
            number=self.number,
            action=action,
            from_state=self.state,
            to_state=after.state,
            at=at,
            actor=actor,
            details=tuple(sorted(details.items())),
        )


def _require_name(field: str, value: str) -> None:
    if not value.strip():
        raise MissingName(field)


def new_bag(
    number: ConfidentialNumber,
    *,
    sender: str,
    recipient: str = CHIEF_PROCURATOR,
    by: str,
    at: datetime,
) -> tuple[Bag, BagEvent]:
    """Open a draft bag under a freshly issued number."""
    _require_name("sender", sender)
    _require_name("recipient", recipient)
    bag = Bag(number=number, sender=sender, recipient=recipient, created_at=at)
    event = BagEvent(
        number=number,
        action=BagAction.CREATE,
        from_state=None,
        to_state=BagState.DRAFT,
        at=at,
        actor=by,
        details=(("recipient", recipient), ("sender", sender)),
    )
    return bag, event
