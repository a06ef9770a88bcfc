"""Bag workflows over real SQLCipher files with in-process virtual cards: each
change one transaction with its audit record; unsealing only with the chief
procurator's card (the same path through pcscd: tests/e2e/test_bags_cli.py)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import pytest

from db.store import SqlCipherStore
from desktop.audit.chain import verify_chain
from desktop.bags.errors import (
    BagNotFound,
    UnknownLead,
    UnsealingCardNotChiefs,
    UnsealingCardNotEnrolled,
    UnsealingRecordMismatch,
    UnsealingSignatureInvalid,
)
from desktop.bags.scanning import AuthenticQr, ForgedLabel, OpenedBag, ScannedNumber, UnknownBag
from desktop.bags.service import Actor, BagService
from desktop.bags.tag_key import qr_tag_key
from desktop.domain.bag_records import NumberStatus
from desktop.domain.bags import BadLeadNumber, BagState, EmptyBag, IllegalTransition
from desktop.domain.confidential_number import BadCheckCharacter, ConfidentialNumber
from desktop.domain.printables import BagNotSealed, CopyNumber, CoverSheet, UnprintableCharacters
from desktop.domain.qr_tag import build_payload, parse_payload, verify_payload
from desktop.domain.roles import Role
from desktop.policy import Action, NotPermitted
from desktop.vault.enrollment import Approval, sign_approval
from desktop.vault.errors import ViewerOnly
from desktop.vault.session import Session
from tests.unit.bag_support import insert_leads
from tests.unit.test_vault_workflows import PASSWORD, Vault
from tests.unit.vault_support import PIN, SystemClock, VCard, provisioned_card

UNIT = "110000"
SENDER = "某某市人民检察院举报中心"
LEADS = ("2026-00001", "2026-00002", "2026-00003")


@dataclass
class World:
    vault: Vault
    clerk: VCard
    session: Session
    bags: BagService

    def as_user(self, card: VCard, password: str) -> BagService:
        self.vault.service.lock(self.session)
        self.session = self.vault.service.unlock(card.session, password, PIN)
        self.bags = BagService.for_session(
            self.session, SystemClock(), unit_code=UNIT, sender=SENDER
        )
        return self.bags

    def audit_actions(self) -> list[str]:
        with self.session.store.reading() as tx:
            return [r.action for r in tx.audit_records.iterate()]

    def chain_ok(self) -> bool:
        with self.session.store.reading() as tx:
            return verify_chain(tx.audit_records.iterate()).ok


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    vault = Vault(tmp_path)
    clerk = vault.add("王文书", Role.CLERK, "clerk pw")
    session = vault.service.unlock(clerk.session, "clerk pw", PIN)
    store = cast(SqlCipherStore, session.store)
    with store.transaction():
        insert_leads(store.database, *LEADS, created_by=int(session.user.id))
    bags = BagService.for_session(session, SystemClock(), unit_code=UNIT, sender=SENDER)
    w = World(vault, clerk, session, bags)
    yield w
    vault.service.lock(w.session)


def handed_over(world: World) -> ConfidentialNumber:
    number = world.bags.create(leads=[LEADS[0]], items=1, pages=3).bag.number
    world.bags.seal(number)
    world.bags.hand_over(number, "李秘书")
    return number


def test_create_issues_numbers_in_order_and_records_everything(world: World) -> None:
    first = world.bags.create(leads=LEADS[:2], items=2, pages=14)
    second = world.bags.create(leads=[LEADS[2]])
    year = first.bag.created_at.year
    assert str(first.bag.number).startswith(f"{UNIT}-{year}-000001-")
    assert second.bag.number.serial == 2
    assert first.bag.state is BagState.DRAFT and first.bag.recipient == "检察长"
    assert first.bag.sender == SENDER and first.bag.lead_numbers == LEADS[:2]
    assert (first.bag.items, first.bag.pages) == (2, 14) and first.version == 4
    assert world.bags.get(first.bag.number) == first
    assert world.audit_actions()[-6:] == [
        "bag.create", "bag.add-lead", "bag.add-lead", "bag.add-material", "bag.create",
        "bag.add-lead",
    ]
    assert world.chain_ok()


def test_a_refused_create_issues_no_number(world: World) -> None:
    with pytest.raises(UnknownLead) as unknown:
        world.bags.create(leads=["2026-00009"])
    assert unknown.value.lead_number == "2026-00009"
    with pytest.raises(BadLeadNumber):
        world.bags.create(leads=["张三"])
    assert world.bags.register() == []
    assert world.bags.create(leads=[LEADS[0]]).bag.number.serial == 1


def test_recipient_other_than_the_chief(world: World) -> None:
    stored = world.bags.create(leads=[LEADS[0]], recipient="分管副检察长")
    assert stored.bag.recipient == "分管副检察长"


def test_seal_hand_over_and_the_state_machine_refusals(world: World) -> None:
    empty = world.bags.create().bag.number
    with pytest.raises(EmptyBag):
        world.bags.seal(empty)
    number = world.bags.create(leads=[LEADS[0]]).bag.number
    world.bags.add_lead(number, LEADS[1])
    world.bags.add_material(number, 1, 20)
    sealed = world.bags.seal(number)
    assert sealed.bag.state is BagState.SEALED and sealed.bag.sealed_by == "王文书"
    with pytest.raises(IllegalTransition):
        world.bags.add_lead(number, LEADS[2])
    with pytest.raises(IllegalTransition):
        world.bags.prepare_unsealing(number)  # not handed over yet
    handed = world.bags.hand_over(number, " 李秘书 ")
    assert handed.bag.state is BagState.HANDED_OVER and handed.bag.holder == "李秘书"
    assert world.bags.awaiting_unsealing() == [handed]
    events = world.bags.events(number)
    assert events[-1].event.detail("receiver") == "李秘书"


def test_bags_with_a_lead(world: World) -> None:
    first = world.bags.create(leads=[LEADS[0]]).bag.number
    second = world.bags.create(leads=[LEADS[0], LEADS[1]]).bag.number  # e.g. a later report
    with world.session.store.reading() as tx:
        assert tx.bags.bags_with_lead(LEADS[0]) == [first, second]


def test_void_keeps_the_number_in_the_register_and_never_reissues_it(world: World) -> None:
    number = world.bags.create(leads=[LEADS[0]]).bag.number
    voided = world.bags.void(number, "编号打错")
    assert voided.bag.state is BagState.VOID and voided.bag.void_reason == "编号打错"
    after = world.bags.create(leads=[LEADS[1]]).bag.number
    assert after.serial == number.serial + 1
    register = world.bags.register()
    assert [(e.number, e.status) for e in register] == [
        (number, NumberStatus.VOID), (after, NumberStatus.ISSUED)
    ]
    with pytest.raises(IllegalTransition):
        world.bags.seal(number)


def test_unknown_bag(world: World) -> None:
    with pytest.raises(BagNotFound):
        world.bags.seal(ConfidentialNumber(UNIT, 2026, 42))


def test_the_chief_unseals_with_his_card_then_reseals_or_returns(world: World) -> None:
    number = handed_over(world)
    bags = world.as_user(world.vault.chief, PASSWORD)  # he unseals in his own session
    request = bags.prepare_unsealing(number)
    doc = json.loads(request.record)
    assert doc["number"] == str(number) and doc["bag"] == {"state": "handed-over", "version": 5}
    assert doc["audit_head"]["hash"] == world.session.store.audit_head().hash
    approval = sign_approval(world.vault.chief.session, PIN, request.record)
    unsealed = bags.unseal(number, approval)
    assert unsealed.bag.state is BagState.UNSEALED
    assert unsealed.bag.unsealing is not None
    assert unsealed.bag.unsealing.signature == approval.signature
    last = world.bags.events(number)[-1]
    assert last.unsealing is not None and last.unsealing.record == request.record
    assert last.unsealing.signer_serial == world.vault.chief.serial
    with world.session.store.reading() as tx:
        record = tx.audit_records.last(1)[0]
    assert record.action == "bag.unseal" and record.details["signature"] == approval.signature.hex()
    # The same signature cannot be used again: the bag and the head have moved.
    with pytest.raises(IllegalTransition):
        bags.unseal(number, approval)
    resealed = bags.reseal(number)
    assert resealed.bag.state is BagState.RESEALED and resealed.bag.sealed_by == "chief"
    assert world.chain_ok()


def test_return_to_sender_after_unsealing(world: World) -> None:
    number = handed_over(world)
    bags = world.as_user(world.vault.chief, PASSWORD)
    request = bags.prepare_unsealing(number)
    bags.unseal(number, sign_approval(world.vault.chief.session, PIN, request.record))
    returned = bags.return_to_sender(number)
    assert returned.bag.state is BagState.RETURNED and returned.bag.holder == SENDER


def _refused_nothing_changed(world: World, number: ConfidentialNumber, approval: Approval,
                             error: type[Exception]) -> Exception:
    bag_before, head_before = world.bags.get(number), world.session.store.audit_head()
    with pytest.raises(error) as refused:
        world.bags.unseal(number, approval)
    assert world.bags.get(number) == bag_before
    # The only change is the audit record of the refused attempt.
    with world.session.store.reading() as tx:
        added = list(tx.audit_records.iterate(head_before.seq + 1))
    assert [(r.action, r.subject, r.details) for r in added] == [
        ("bag.unseal-refused", f"bag:{number}", {"reason": type(refused.value).__name__})
    ]
    assert world.chain_ok()
    return refused.value


def test_the_clerks_card_is_refused(world: World) -> None:
    number = handed_over(world)
    request = world.bags.prepare_unsealing(number)
    by_clerk = sign_approval(world.clerk.session, PIN, request.record)
    refused = _refused_nothing_changed(world, number, by_clerk, UnsealingCardNotChiefs)
    assert isinstance(refused, UnsealingCardNotChiefs)
    assert refused.serial == world.clerk.serial and refused.role is Role.CLERK


def test_an_unknown_card_is_refused(world: World) -> None:
    number = handed_over(world)
    request = world.bags.prepare_unsealing(number)
    stranger = provisioned_card()
    approval = sign_approval(stranger.session, PIN, request.record)
    _refused_nothing_changed(world, number, approval, UnsealingCardNotEnrolled)


def test_a_chiefs_serial_with_another_cards_signature_is_refused(world: World) -> None:
    number = handed_over(world)
    request = world.bags.prepare_unsealing(number)
    forged = sign_approval(provisioned_card().session, PIN, request.record)
    claimed = Approval(world.vault.chief.serial, forged.record, forged.signature)
    _refused_nothing_changed(world, number, claimed, UnsealingSignatureInvalid)


def test_a_tampered_record_or_signature_is_refused(world: World) -> None:
    number = handed_over(world)

    def fresh_signature() -> Approval:
        # Each refusal is audited, which moves the head the record names: sign anew.
        request = world.bags.prepare_unsealing(number)
        return sign_approval(world.vault.chief.session, PIN, request.record)

    good = fresh_signature()
    flipped = bytes([good.signature[0] ^ 1]) + good.signature[1:]
    _refused_nothing_changed(
        world, number, Approval(good.approver_serial, good.record, flipped),
        UnsealingSignatureInvalid,
    )
    # The record edited after signing (another time): the signature no longer verifies.
    good = fresh_signature()
    doc = json.loads(good.record)
    doc["at"] = "2026-01-01T00:00:00.000000Z"
    edited = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    _refused_nothing_changed(
        world, number, Approval(good.approver_serial, edited, good.signature),
        UnsealingSignatureInvalid,
    )
    # The record of another bag, validly signed.
    other = handed_over(world)
    for_other = sign_approval(
        world.vault.chief.session, PIN, world.bags.prepare_unsealing(other).record
    )
    refused = _refused_nothing_changed(world, number, for_other, UnsealingRecordMismatch)
    assert isinstance(refused, UnsealingRecordMismatch) and refused.field == "number"
    # Not JSON at all.
    junk = sign_approval(world.vault.chief.session, PIN, b"open bag please")
    _refused_nothing_changed(world, number, junk, UnsealingRecordMismatch)


def test_a_stale_record_is_refused(world: World) -> None:
    number = handed_over(world)
    request = world.bags.prepare_unsealing(number)
    approval = sign_approval(world.vault.chief.session, PIN, request.record)
    world.bags.create(leads=[LEADS[1]])  # something audited after signing
    refused = _refused_nothing_changed(world, number, approval, UnsealingRecordMismatch)
    assert isinstance(refused, UnsealingRecordMismatch) and refused.field == "audit_head"


def test_roles_the_policy_refuses(world: World) -> None:
    number = world.bags.create(leads=[LEADS[0]]).bag.number
    chief_bags = world.as_user(world.vault.chief, PASSWORD)
    with pytest.raises(NotPermitted) as refused:
        chief_bags.create(leads=[LEADS[1]])
    assert refused.value.role is Role.CHIEF
    assert refused.value.action is Action.CREATE_BAG
    with pytest.raises(NotPermitted):
        chief_bags.seal(number)
    with pytest.raises(NotPermitted):
        chief_bags.issue_cover_sheet(number)


def test_cover_sheet_copies_are_new_audited_and_tagged(world: World) -> None:
    number = world.bags.create(leads=[LEADS[0]], items=1, pages=2).bag.number
    with pytest.raises(BagNotSealed):
        world.bags.issue_cover_sheet(number)
    world.bags.seal(number)
    first = world.bags.issue_cover_sheet(number)
    second = world.bags.issue_cover_sheet(number)
    assert first.copy_number != second.copy_number
    assert [c.copy_number for c in world.bags.copies(number)] == [
        first.copy_number, second.copy_number
    ]
    payload = parse_payload(second.qr_text)
    verify_payload(qr_tag_key(world.session.keys.dek), payload)
    assert payload.number == number and payload.copy_number == second.copy_number
    with world.session.store.reading() as tx:
        record = tx.audit_records.last(1)[0]
    assert record.action == "bag.print" and record.details["copy"] == str(second.copy_number)
    assert second.audit_head.seq == record.seq and second.audit_head.hash == record.hash
    assert (second.lead_count, second.items, second.pages) == (1, 1, 2)


def test_scanning_opens_flags_and_audits(world: World) -> None:
    number = world.bags.create(leads=[LEADS[0]]).bag.number
    world.bags.seal(number)
    sheet = world.bags.issue_cover_sheet(number)
    opened = world.bags.open_scanned(sheet.qr_text + "\r")
    assert isinstance(opened, OpenedBag) and opened.bag.number == number
    assert isinstance(opened.via, AuthenticQr) and opened.via.copy_number == sheet.copy_number
    by_code128 = world.bags.open_scanned(str(number))
    assert isinstance(by_code128, OpenedBag) and isinstance(by_code128.via, ScannedNumber)
    assert world.audit_actions()[-2:] == ["bag.scan", "bag.scan"]
    forged_text = build_payload(qr_tag_key(os.urandom(32)), number, CopyNumber(5)).encode()
    flagged = world.bags.open_scanned(forged_text)
    assert flagged == ForgedLabel(number, CopyNumber(5))
    with world.session.store.reading() as tx:
        record = tx.audit_records.last(1)[0]
    assert record.action == "bag.scan-forged" and record.subject == f"bag:{number}"
    assert record.details == {"copy": "000005"}
    unknown = ConfidentialNumber(UNIT, 2026, 777)
    assert world.bags.open_scanned(str(unknown)) == UnknownBag(unknown)
    with pytest.raises(BadCheckCharacter) as typo:
        world.bags.open_scanned(str(number)[:-1] + ("X" if number.check_character != "X" else "0"))
    assert typo.value.expected == number.check_character


def test_a_refused_render_spends_no_copy_number(world: World) -> None:
    number = world.bags.create(leads=[LEADS[0]]).bag.number
    world.bags.seal(number)
    head = world.session.store.audit_head()

    def refuse(sheet: CoverSheet) -> bytes:  # stands in for printing's font check
        raise UnprintableCharacters("sender", ("\U00020000",))

    with pytest.raises(UnprintableCharacters):
        world.bags.print_cover_sheet(number, refuse)
    assert world.bags.copies(number) == [] and world.session.store.audit_head() == head
    sheet, pdf = world.bags.print_cover_sheet(number, lambda s: str(s.copy_number).encode())
    assert pdf == b"000001" and sheet.copy_number == CopyNumber(1)


def test_stored_unsealings_reverify_and_tampering_shows(world: World) -> None:
    number = handed_over(world)
    bags = world.as_user(world.vault.chief, PASSWORD)
    request = bags.prepare_unsealing(number)
    bags.unseal(number, sign_approval(world.vault.chief.session, PIN, request.record))
    (check,) = bags.verify_unsealings()
    assert (check.number, check.version, check.problem) == (number, 6, None)
    assert check.signer_serial == world.vault.chief.serial
    # Someone with the key edits the stored signature behind the software's back.
    db = cast(SqlCipherStore, world.session.store).database
    with world.session.store.transaction():
        db.execute("DROP TRIGGER bag_unsealings_no_update")
        db.execute("UPDATE bag_unsealings SET signature = zeroblob(64)")
    assert [c.problem for c in bags.verify_unsealings()] == ["signature"]


@pytest.mark.parametrize("role", [Role.STAFF, Role.DIRECTOR, Role.DEPUTY_CHIEF])
def test_roles_without_bags_read_nothing_of_them(world: World, role: Role) -> None:
    """Viewers do not open the database at all; and should a session with a viewer's
    role ever reach the bag register, the core still asks the role."""
    number = handed_over(world)
    world.vault.service.lock(world.session)
    card = world.vault.add("读者", role, "reader pw")
    with pytest.raises(ViewerOnly):
        world.vault.service.unlock(card.session, "reader pw", PIN)
    world.session = world.vault.service.unlock(world.clerk.session, "clerk pw", PIN)
    session = world.session
    bags = BagService(
        session.store, SystemClock(), Actor("user:99", "读者", role),
        vault_id=session.vault_id, unit_code=UNIT, sender=SENDER,
        tag_key=lambda: qr_tag_key(session.keys.dek),
    )
    reads = (
        lambda: bags.get(number),
        lambda: bags.list_bags(),
        lambda: bags.awaiting_unsealing(),
        lambda: bags.events(number),
        lambda: bags.copies(number),
        lambda: bags.register(),
        lambda: bags.verify_unsealings(),
        lambda: bags.open_scanned(str(number)),
    )
    for read in reads:
        with pytest.raises(NotPermitted) as refused:
            read()
        assert (refused.value.action, refused.value.role) == (Action.VIEW_BAGS, role)
    chief = world.as_user(world.vault.chief, PASSWORD)
    assert [s.bag.number for s in chief.awaiting_unsealing()] == [number]
