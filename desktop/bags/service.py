"""Bag use cases (DESIGN.md §5): each change is one database transaction with
its audit record, the state change comes from the pure state machine
(desktop.domain.bags), and the bag is stored with a version so a change
prepared against an older view is refused (BagChangedMeanwhile).

    bags = BagService.for_session(session, clock, unit_code="110000", sender="某某市人民检察院")
    bag = bags.create(leads=["2026-00001"], items=2, pages=14)
    bags.seal(bag.number)
    sheet = bags.issue_cover_sheet(bag.number)   # printing/ renders it
    bags.hand_over(bag.number, receiver="王秘书")
    request = bags.prepare_unsealing(bag.number)          # the chief confirms this
    approval = sign_approval(chief_card, pin, request.record)
    bags.unseal(bag.number, approval)

Unsealing needs no particular session: the chief's card signature is the
authority. Every other change checks the session's role against
desktop.policy."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from desktop.audit.details import MAX_TEXT
from desktop.bags.errors import (
    BagNotFound,
    UnknownLead,
    UnsealingRefused,
)
from desktop.bags.scanning import (
    AuthenticQr,
    ForgedLabel,
    ForgedQr,
    OpenedBag,
    ScanOutcome,
    UnknownBag,
    read_scan,
)
from desktop.bags.tag_key import qr_tag_key
from desktop.bags.unsealing import (
    UnsealingCheck,
    UnsealingRequest,
    check_record,
    recheck,
    unsealing_record,
    verify_signer,
)
from desktop.domain.audit import bag_subject, user_subject
from desktop.domain.bag_records import (
    NumberEntry,
    PrintedCopy,
    StoredBag,
    StoredEvent,
    UnsealingEvidence,
)
from desktop.domain.bags import (
    CHIEF_PROCURATOR,
    Bag,
    BagAction,
    BagEvent,
    BagState,
    IllegalTransition,
    UnsealingSignature,
    new_bag,
)
from desktop.domain.confidential_number import ConfidentialNumber
from desktop.domain.documents import DocumentKind
from desktop.domain.lead_number import LEAD_NUMBER
from desktop.domain.printables import (
    BadField,
    BagLabel,
    BagLabels,
    BagNotSealed,
    BagRegister,
    ClassificationLevel,
    ClassificationMark,
    CoverSheet,
    SealLabels,
    cover_sheet_for,
    local_date,
    register_row,
)
from desktop.domain.qr_tag import build_payload
from desktop.domain.roles import Role
from desktop.policy import WHILE_UNWITNESSED, Action, CheckpointOverdue, NotPermitted, allowed
from desktop.ports import Clock, Store, UnitOfWork
from desktop.vault.enrollment import Approval
from desktop.vault.roster_chain import VerifiedRoster
from desktop.vault.session import Session

# Leads are state secrets until decided otherwise; 机密 for the longest period.
DEFAULT_CLASSIFICATION = ClassificationMark(ClassificationLevel.CONFIDENTIAL, 20)
MAX_LABELS = 80  # ten sheets of eight

Transition = Callable[[Bag], tuple[Bag, BagEvent]]


@dataclass(frozen=True)
class Actor:
    """Who acts: the audit id, the name the register shows, the role the policy checks."""

    audit_id: str
    name: str
    role: Role
    # The session's witness rule (DESIGN §7): no recent checkpoint of the chief's card.
    overdue: Callable[[], bool] = lambda: False




class BagService:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        actor: Actor,
        *,
        vault_id: str,
        unit_code: str,
        sender: str,
        tag_key: Callable[[], bytes],
        roster: Callable[[], VerifiedRoster | None] = lambda: None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._actor = actor
        self._vault_id = vault_id
        self._unit_code = unit_code
        self._sender = sender
        self._tag_key = tag_key
        # Who is a chief procurator comes from the signed roster, never the users table.
        self._roster = roster

    @classmethod
    def for_session(
        cls, session: Session, clock: Clock, *, unit_code: str, sender: str
    ) -> BagService:
        """``unit_code`` and ``sender`` (the unit's name) come from the vault header
        (VaultService.info())."""
        return cls(
            session.store,
            clock,
            Actor(session.actor, session.user.name, session.role,
                  lambda: session.checkpoint_overdue),
            vault_id=session.vault_id,
            unit_code=unit_code,
            sender=sender,
            # Derived when needed, never kept: the session's DEK is wiped at lock
            # (a kept copy would outlive it) and replaced by a rekey.
            tag_key=lambda: qr_tag_key(session.keys.dek),
            roster=lambda: session.roster,
        )

    # ------------------------------------------------------------ reading

    def get(self, number: ConfidentialNumber) -> StoredBag:
        self._require(Action.VIEW_BAGS)
        with self._store.reading() as tx:
            return _get(tx, number)

    def list_bags(self, states: Iterable[BagState] | None = None) -> list[StoredBag]:
        self._require(Action.VIEW_BAGS)
        with self._store.reading() as tx:
            return tx.bags.list_bags(None if states is None else frozenset(states))

    def awaiting_unsealing(self) -> list[StoredBag]:
        """The chief procurator's list: bags handed over and not yet opened."""
        return self.list_bags([BagState.HANDED_OVER])

    def events(self, number: ConfidentialNumber) -> list[StoredEvent]:
        self._require(Action.VIEW_BAGS)
        with self._store.reading() as tx:
            _get(tx, number)
            return tx.bags.events(number)

    def register(self, year: int | None = None) -> list[NumberEntry]:
        self._require(Action.VIEW_BAGS)
        with self._store.reading() as tx:
            return tx.bags.register(year)

    def copies(self, number: ConfidentialNumber) -> list[PrintedCopy]:
        self._require(Action.VIEW_BAGS)
        with self._store.reading() as tx:
            return tx.bags.copies(bag_subject(number))

    # ------------------------------------------------------------ changes

    def create(
        self,
        leads: Iterable[str] = (),
        items: int = 0,
        pages: int = 0,
        recipient: str = CHIEF_PROCURATOR,
    ) -> StoredBag:
        """Issue the next confidential number of this year and open a draft bag
        with these leads and materials — all one transaction: a refused lead
        leaves no number issued."""
        self._require(Action.CREATE_BAG)
        now = self._clock.now()
        with self._store.transaction() as tx:
            number = tx.bags.issue_number(self._unit_code, now.year, now, self._actor.audit_id)
            bag, event = new_bag(
                number, sender=self._sender, recipient=recipient, by=self._actor.name, at=now
            )
            stored = tx.bags.add(bag, event)
            self._audit(tx, event, {"recipient": recipient})
            for lead in leads:
                stored = self._apply(tx, stored, self._add_lead(tx, lead, now))
            if items or pages:
                stored = self._apply(
                    tx, stored, lambda b: b.add_material(items, pages, by=self._actor.name, at=now)
                )
            return stored

    def add_lead(self, number: ConfidentialNumber, lead_number: str) -> StoredBag:
        self._require(Action.CREATE_BAG)
        now = self._clock.now()
        with self._store.transaction() as tx:
            return self._apply(tx, _get(tx, number), self._add_lead(tx, lead_number, now))

    def add_material(self, number: ConfidentialNumber, items: int, pages: int) -> StoredBag:
        self._require(Action.CREATE_BAG)
        return self._change(
            number, lambda b: b.add_material(items, pages, by=self._actor.name, at=self._now())
        )

    def seal(self, number: ConfidentialNumber) -> StoredBag:
        self._require(Action.SEAL_BAG)
        return self._change(number, lambda b: b.seal(by=self._actor.name, at=self._now()))

    def hand_over(self, number: ConfidentialNumber, receiver: str) -> StoredBag:
        self._require(Action.SEAL_BAG)
        return self._change(
            number, lambda b: b.hand_over(receiver.strip(), by=self._actor.name, at=self._now())
        )

    def reseal(self, number: ConfidentialNumber) -> StoredBag:
        self._require_any((Action.SEAL_BAG, Action.UNSEAL_BAG))
        return self._change(number, lambda b: b.reseal(by=self._actor.name, at=self._now()))

    def return_to_sender(self, number: ConfidentialNumber) -> StoredBag:
        self._require_any((Action.SEAL_BAG, Action.UNSEAL_BAG))
        return self._change(
            number, lambda b: b.return_to_sender(by=self._actor.name, at=self._now())
        )

    def void(self, number: ConfidentialNumber, reason: str) -> StoredBag:
        """The bag becomes void and its number stays in the register as voided."""
        self._require(Action.CREATE_BAG)
        now = self._now()
        with self._store.transaction() as tx:
            stored = self._apply(
                tx, _get(tx, number), lambda b: b.void(reason, by=self._actor.name, at=now)
            )
            tx.bags.void_number(number, now)
            return stored

    # ------------------------------------------------------------ unsealing

    def prepare_unsealing(self, number: ConfidentialNumber) -> UnsealingRequest:
        """The record the chief procurator's card is to sign for opening ``number``.
        Sign it right away: anything audited before unseal() makes it stale."""
        with self._store.reading() as tx:
            stored = _get(tx, number)
            if not stored.bag.can(BagAction.UNSEAL):
                raise IllegalTransition(stored.bag.state, BagAction.UNSEAL)
            return unsealing_record(
                self._vault_id, stored, tx.audit_records.head(), self._clock.now()
            )

    def unseal(self, number: ConfidentialNumber, approval: Approval) -> StoredBag:
        """Record the unsealing signed by the chief procurator's card. The signature
        is verified against his enrolled key before anything is written; any other
        card, a bad signature or a stale record raises UnsealingRefused and
        the bag is left as it was; the refusal itself is audited, so an attempt
        with the wrong card leaves a trace."""
        try:
            return self._unseal(number, approval)
        except UnsealingRefused as refusal:
            with self._store.transaction() as tx:
                tx.audit.append(
                    self._actor.audit_id,
                    "bag.unseal-refused",
                    bag_subject(number),
                    {"reason": type(refusal).__name__},
                )
            raise

    def _unseal(self, number: ConfidentialNumber, approval: Approval) -> StoredBag:
        with self._store.transaction() as tx:
            stored = _get(tx, number)
            if not stored.bag.can(BagAction.UNSEAL):
                raise IllegalTransition(stored.bag.state, BagAction.UNSEAL)
            head = tx.audit_records.head()
            signed_at = check_record(approval.record, self._vault_id, stored, head)
            signer = verify_signer(tx, number, approval, self._roster())
            signature = UnsealingSignature(
                number=number,
                signed_at=signed_at,
                audit_head=head.hash,
                signer_fingerprint=signer.card.signature.fingerprint,
                signature=approval.signature,
            )
            bag, event = stored.bag.unseal(signature)
            evidence = UnsealingEvidence(
                record=approval.record,
                signature=approval.signature,
                signer_serial=signer.card.serial,
                signer_user_id=signer.user_id,
            )
            updated = tx.bags.update(bag, event, stored.version, evidence)
            self._audit(
                tx,
                event,
                {
                    "card": signer.card.serial,
                    "signed_by": user_subject(signer.user_id),
                    "signed_head": head.seq,
                    "signature": approval.signature.hex(),
                },
            )
            return updated

    def verify_unsealings(self) -> list[UnsealingCheck]:
        """Re-verify every stored unsealing (the audit view's check): the signed
        record, its audit head on the chain, the signature under the enrolled key."""
        self._require(Action.VIEW_BAGS)
        with self._store.reading() as tx:
            return [
                recheck(tx, stored.bag.number, event, self._roster())
                for stored in reversed(tx.bags.list_bags())
                for event in tx.bags.events(stored.bag.number)
                if event.unsealing is not None
            ]

    # ------------------------------------------------------------ printing

    def issue_cover_sheet(
        self, number: ConfidentialNumber, classification: ClassificationMark | None = None
    ) -> CoverSheet:
        """A new copy of the cover sheet: a fresh six-digit copy number, its QR
        tagged with the vault's key, and the audit head after the print record
        (the paper witnesses its own printing). Prefer print_cover_sheet, which
        renders inside the same transaction."""
        return self._cover_sheet(number, classification, None, False)[0]

    def print_cover_sheet(
        self,
        number: ConfidentialNumber,
        render: Callable[[CoverSheet], bytes],
        classification: ClassificationMark | None = None,
        *,
        export: bool = False,
    ) -> tuple[CoverSheet, bytes]:
        """Issue a copy and render it (printing.cover_sheet.render_cover_sheet, passed
        in by the composition root) in one transaction: if rendering refuses (e.g.
        UnprintableCharacters), no copy number is spent and nothing is audited.
        ``export``: the copy goes to a file; its export is audited in the same
        transaction (and needs Action.EXPORT)."""
        sheet, pdf = self._cover_sheet(number, classification, render, export)
        assert pdf is not None
        return sheet, pdf

    def _cover_sheet(
        self,
        number: ConfidentialNumber,
        classification: ClassificationMark | None,
        render: Callable[[CoverSheet], bytes] | None,
        export: bool,
    ) -> tuple[CoverSheet, bytes | None]:
        self._require(Action.PRINT)
        if export:
            self._require(Action.EXPORT)
        mark = classification or DEFAULT_CLASSIFICATION
        now = self._now()
        with self._store.transaction() as tx:
            stored = _get(tx, number)
            if stored.bag.sealed_at is None or stored.bag.state is BagState.VOID:
                raise BagNotSealed(stored.bag.state)  # before a copy number is spent
            copy = tx.bags.issue_copy(
                DocumentKind.COVER_SHEET, bag_subject(number), now, self._actor.audit_id
            )
            record = tx.audit.append(
                self._actor.audit_id,
                "bag.print",
                bag_subject(number),
                {"document": DocumentKind.COVER_SHEET.value, "copy": str(copy.copy_number),
                 "classification": str(mark)},
            )
            payload = build_payload(self._tag_key(), number, copy.copy_number)
            sheet = cover_sheet_for(
                stored.bag,
                copy_number=copy.copy_number,
                classification=mark,
                qr_text=payload.encode(),
                audit_head=record.head,
            )
            pdf = None if render is None else render(sheet)
            if export:
                self._exported(
                    tx, DocumentKind.COVER_SHEET, bag_subject(number), str(copy.copy_number)
                )
            return sheet, pdf

    def print_bag_labels(
        self,
        number: ConfidentialNumber,
        render: Callable[[BagLabels], bytes],
        count: int = 1,
        classification: ClassificationMark | None = None,
        *,
        export: bool = False,
    ) -> tuple[BagLabels, bytes]:
        """``count`` bag labels, each its own copy number and tagged QR."""
        self._require(Action.PRINT)
        if export:
            self._require(Action.EXPORT)
        if not 1 <= count <= MAX_LABELS:
            raise BadField("count", count, f"1 to {MAX_LABELS} labels")
        mark = classification or DEFAULT_CLASSIFICATION
        now = self._now()
        with self._store.transaction() as tx:
            bag = _get(tx, number).bag
            if bag.state is BagState.VOID:
                raise BagNotSealed(bag.state)
            labels = []
            for _ in range(count):
                copy = tx.bags.issue_copy(
                    DocumentKind.BAG_LABEL, bag_subject(number), now, self._actor.audit_id
                )
                qr = build_payload(self._tag_key(), number, copy.copy_number).encode()
                labels.append(BagLabel(number, copy.copy_number, mark, bag.sender,
                                       bag.recipient, qr))
            tx.audit.append(
                self._actor.audit_id, "bag.print", bag_subject(number),
                {"document": DocumentKind.BAG_LABEL.value,
                 "copies": [str(label.copy_number) for label in labels],
                 "classification": str(mark)},
            )
            sheet = BagLabels(tuple(labels))
            pdf = render(sheet)
            if export:
                first, last = labels[0].copy_number, labels[-1].copy_number
                self._exported(tx, DocumentKind.BAG_LABEL, bag_subject(number), f"{first}–{last}")
            return sheet, pdf

    def print_seal_labels(
        self,
        number: ConfidentialNumber,
        render: Callable[[SealLabels], bytes],
        count: int = 5,
        *,
        export: bool = False,
    ) -> tuple[SealLabels, bytes]:
        """Seal strips (封条) for a sealed bag's seams; audited with their count."""
        self._require(Action.PRINT)
        if export:
            self._require(Action.EXPORT)
        now = self._now()
        with self._store.transaction() as tx:
            bag = _get(tx, number).bag
            if bag.sealed_at is None or bag.state is BagState.VOID:
                raise BagNotSealed(bag.state)
            sheet = SealLabels(number, bag.sender, local_date(bag.sealed_at), count)
            copy = tx.bags.issue_copy(
                DocumentKind.SEAL_LABELS, bag_subject(number), now, self._actor.audit_id
            )
            tx.audit.append(
                self._actor.audit_id, "bag.print", bag_subject(number),
                {"document": DocumentKind.SEAL_LABELS.value, "copy": str(copy.copy_number),
                 "count": count},
            )
            pdf = render(sheet)
            if export:
                self._exported(
                    tx, DocumentKind.SEAL_LABELS, bag_subject(number), str(copy.copy_number)
                )
            return sheet, pdf

    def print_register(
        self,
        render: Callable[[BagRegister], bytes],
        year: int | None = None,
        classification: ClassificationMark | None = None,
        *,
        export: bool = False,
    ) -> tuple[BagRegister, bytes]:
        """The bag register (every bag, voided ones too), as one audited copy."""
        self._require(Action.PRINT)
        if export:
            self._require(Action.EXPORT)
        mark = classification or DEFAULT_CLASSIFICATION
        now = self._now()
        with self._store.transaction() as tx:
            rows = tuple(
                register_row(s.bag)
                for s in reversed(tx.bags.list_bags())
                if year is None or s.bag.number.year == year
            )
            subject = "bags" if year is None else f"bags:{year}"
            copy = tx.bags.issue_copy(DocumentKind.BAG_REGISTER, subject, now, self._actor.audit_id)
            record = tx.audit.append(
                self._actor.audit_id, "bag.print", subject,
                {"document": DocumentKind.BAG_REGISTER.value, "copy": str(copy.copy_number),
                 "rows": len(rows),
                 "classification": str(mark)},
            )
            sheet = BagRegister(self._sender, rows, now, copy.copy_number, mark,
                                record.head)
            pdf = render(sheet)
            if export:
                self._exported(tx, DocumentKind.BAG_REGISTER, subject, str(copy.copy_number))
            return sheet, pdf

    # ------------------------------------------------------------ scanning

    def open_scanned(self, text: str) -> ScanOutcome:
        """What a keyboard-wedge scan (or a typed number) names. Raises the parse
        errors of read_scan (BadCheckCharacter carries the expected character)."""
        self._require(Action.VIEW_BAGS)
        result = read_scan(text, self._tag_key())
        with self._store.transaction() as tx:
            if isinstance(result, ForgedQr):
                tx.audit.append(
                    self._actor.audit_id,
                    "bag.scan-forged",
                    bag_subject(result.number),
                    {"copy": str(result.copy_number)},
                )
                return ForgedLabel(result.number, result.copy_number)
            stored = tx.bags.find(result.number)
            if stored is None:
                return UnknownBag(result.number)
            details: dict[str, str] = {"source": result.source.value}
            if isinstance(result, AuthenticQr):
                details["copy"] = str(result.copy_number)
            tx.audit.append(self._actor.audit_id, "bag.scan", bag_subject(result.number), details)
            return OpenedBag(stored.bag, stored.version, result)

    # ------------------------------------------------------------ helpers

    def _now(self) -> datetime:
        return self._clock.now()

    def _require(self, action: Action) -> None:
        self._require_any((action,))

    def _require_any(self, actions: Iterable[Action]) -> None:
        wanted = tuple(actions)
        if not any(allowed(self._actor.role, a) for a in wanted):
            raise NotPermitted(wanted[0], self._actor.role)
        if self._actor.overdue() and not any(a in WHILE_UNWITNESSED for a in wanted):
            raise CheckpointOverdue(wanted[0], self._actor.role)

    def _add_lead(self, tx: UnitOfWork, lead_number: str, now: datetime) -> Transition:
        lead = lead_number.strip()
        if LEAD_NUMBER.fullmatch(lead) and not tx.bags.lead_exists(lead):
            raise UnknownLead(lead)  # a malformed number is BadLeadNumber from the bag
        return lambda b: b.add_lead(lead, by=self._actor.name, at=now)

    def _change(self, number: ConfidentialNumber, transition: Transition) -> StoredBag:
        with self._store.transaction() as tx:
            return self._apply(tx, _get(tx, number), transition)

    def _apply(self, tx: UnitOfWork, stored: StoredBag, transition: Transition) -> StoredBag:
        bag, event = transition(stored.bag)
        updated = tx.bags.update(bag, event, stored.version)
        self._audit(tx, event, dict(event.details))
        return updated

    def _exported(
        self, tx: UnitOfWork, document: DocumentKind, subject: str, copy: str
    ) -> None:
        """The copy just issued leaves as a file: audited with its issue, in one go."""
        tx.audit.append(
            self._actor.audit_id,
            "document.export",
            subject,
            {"document": document.value, "copy": copy},
        )

    def _audit(self, tx: UnitOfWork, event: BagEvent, details: dict[str, str | int]) -> None:
        tx.audit.append(
            self._actor.audit_id,
            f"bag.{event.action.value}",
            bag_subject(event.number),
            {k: v[:MAX_TEXT] if isinstance(v, str) else v for k, v in details.items()},
        )


def _get(tx: UnitOfWork, number: ConfidentialNumber) -> StoredBag:
    stored = tx.bags.find(number)
    if stored is None:
        raise BagNotFound(number)
    return stored
