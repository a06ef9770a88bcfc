"""Printing and exporting through the application layer (desktop.app.prints):
the core, not the screen, decides what may leave the machine as a file, and a
copy exported is issued and audited in one transaction."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

import pytest

from desktop.app.prints import Document, ExportRefused, Prints
from desktop.app.renderers import Renderers
from desktop.bags.service import Actor, BagService
from desktop.bags.tag_key import qr_tag_key
from desktop.domain.documents import DocumentKind
from desktop.domain.roles import Role
from desktop.policy import Action, NotPermitted
from desktop.ports import UnitOfWork
from desktop.vault.session import Session
from tests.unit.test_bag_workflows import SENDER, UNIT, World, world
from tests.unit.test_vault_workflows import PASSWORD
from tests.unit.vault_support import SystemClock

__all__ = ["world"]  # the fixture


def _pdf(_sheet: object) -> bytes:
    return b"%PDF-1.7 test"


RENDERERS = Renderers(_pdf, _pdf, _pdf, _pdf, _pdf, _pdf)


class CountingStore:
    """The session's store, counting the transactions opened through it."""

    def __init__(self, store: Any) -> None:
        self._store = store
        self.transactions = 0

    def transaction(self) -> AbstractContextManager[UnitOfWork]:
        self.transactions += 1
        return self._store.transaction()  # type: ignore[no-any-return]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def _prints(session: Session, store: Any = None, renderers: Renderers = RENDERERS) -> Prints:
    bags = BagService(
        store or session.store,
        SystemClock(),
        Actor(session.actor, session.user.name, session.role),
        vault_id=session.vault_id,
        unit_code=UNIT,
        sender=SENDER,
        tag_key=lambda: qr_tag_key(session.keys.dek),
    )
    return Prints(session, lambda: bags, renderers, lambda: None)


def _sealed(world: World) -> Document:
    number = world.bags.create(items=1, pages=3).bag.number
    world.bags.seal(number)
    return Document(DocumentKind.COVER_SHEET, f"bag:{number}", number)


def _records(world: World) -> list[tuple[str, str, dict[str, object]]]:
    with world.session.store.reading() as tx:
        return [(r.action, r.subject, dict(r.details)) for r in tx.audit_records.iterate()]


def test_an_export_issues_the_copy_and_its_audit_in_one_transaction(world: World) -> None:
    document = _sealed(world)
    store = CountingStore(world.session.store)
    copy = _prints(world.session, store).export(document)
    assert store.transactions == 1
    assert copy.copy_number == "000001" and copy.pdf.startswith(b"%PDF")
    assert _records(world)[-2:] == [
        ("bag.print", document.subject,
         {"document": "cover-sheet", "copy": "000001", "classification": "机密★20年"}),
        ("document.export", document.subject, {"document": "cover-sheet", "copy": "000001"}),
    ]
    assert world.chain_ok()


def test_a_failed_export_leaves_neither_copy_nor_audit(world: World) -> None:
    document = _sealed(world)
    before = _records(world)

    def broken(_sheet: object) -> bytes:
        raise OSError("renderer failed")

    with pytest.raises(OSError):
        _prints(world.session, renderers=Renderers(broken, _pdf, _pdf, _pdf, _pdf, _pdf)).export(
            document
        )
    assert _records(world) == before
    assert world.bags.copies(document.bag) == []  # type: ignore[arg-type]


def test_a_document_that_names_an_informant_is_refused_and_the_refusal_audited(
    world: World,
) -> None:
    assert DocumentKind.VISIT_TRANSCRIPT.names_informant
    assert not DocumentKind.COVER_SHEET.names_informant
    document = Document(DocumentKind.VISIT_TRANSCRIPT, "lead:1")
    with pytest.raises(ExportRefused) as refused:
        _prints(world.session).export(document)
    assert refused.value.document is DocumentKind.VISIT_TRANSCRIPT
    assert _records(world)[-1] == (
        "document.export-refused",
        "lead:1",
        {"document": "visit-transcript", "reason": "no-approval"},
    )


def test_a_role_without_export_is_refused_and_the_refusal_audited(world: World) -> None:
    document = _sealed(world)
    world.as_user(world.vault.chief, PASSWORD)  # the chief procurator has no Action.EXPORT
    with pytest.raises(NotPermitted) as refused:
        _prints(world.session).export(document)
    assert (refused.value.action, refused.value.role) == (Action.EXPORT, Role.CHIEF)
    assert _records(world)[-1] == (
        "document.export-refused",
        document.subject,
        {"document": "cover-sheet", "reason": "not-permitted"},
    )
    assert world.bags.copies(document.bag) == []  # type: ignore[arg-type]


def test_print_outcomes_and_discards_are_audited_by_the_core(world: World) -> None:
    document = _sealed(world)
    prints = _prints(world.session)
    issued = prints.issue(document)
    prints.printed(document, [issued.copy_number], "HP LaserJet")
    prints.print_failed(document, ["000002"], "")
    prints.discard(document, "000003")
    assert _records(world)[-3:] == [
        ("document.print", document.subject,
         {"document": "cover-sheet", "copies": "000001", "printer": "HP LaserJet"}),
        ("document.print-failed", document.subject,
         {"document": "cover-sheet", "copies": "000002", "printer": "pdf"}),
        ("document.discard", document.subject, {"document": "cover-sheet", "copy": "000003"}),
    ]


