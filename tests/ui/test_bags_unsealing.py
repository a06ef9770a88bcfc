"""The chief procurator unseals a bag with his own card from his section; the
clerk's card is refused and the bag stays sealed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.domain.bags import BagState
from desktop.policy import Section
from tests.ui.bags_support import audit, bag_sections, open_section, service
from tests.ui.conftest import CHIEF, CLERK, unlock
from ui.bags.unsealing import AwaitingUnsealingView, UnsealDialog

__all__ = ["bag_sections"]


def _handed_over_bag(qtbot, shell) -> str:
    """The clerk seals and hands over a bag, then takes her card out."""
    unlock(qtbot, shell, CLERK)
    bags = service(shell)
    stored = bags.create(items=1, pages=6)
    bags.seal(stored.bag.number)
    bags.hand_over(stored.bag.number, "王秘书")
    shell.cards.remove(CLERK.reader)
    qtbot.waitUntil(lambda: shell.controller.session is None, timeout=5000)
    qtbot.waitUntil(lambda: not shell.controller.working, timeout=5000)
    return str(stored.bag.number)


def _chief_view(qtbot, shell) -> AwaitingUnsealingView:
    unlock(qtbot, shell, CHIEF)
    view = open_section(qtbot, shell, Section.BAGS_AWAITING_UNSEALING)
    assert isinstance(view, AwaitingUnsealingView)
    return view


def _open_dialog(qtbot, view: AwaitingUnsealingView) -> UnsealDialog:
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.table.selectRow(0)
    assert view.unseal_button.isEnabled()
    view.unseal_button.click()
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.sign_button.isEnabled(), timeout=10000)
    return dialog


def _sign(qtbot, dialog: UnsealDialog, reader: str, pin: str) -> None:
    dialog.reader.setCurrentText(reader)
    dialog.pin.setText(pin)
    dialog.sign_button.click()
    assert dialog.pin.text() == ""  # handed to the card thread, not kept in the form


def test_the_chief_unseals_a_bag_with_his_card(qtbot, make_shell) -> None:
    shell = make_shell()
    number = _handed_over_bag(qtbot, shell)
    view = _chief_view(qtbot, shell)
    assert view.table.rowCount() == 1 and view.table.item(0, 0).text() == number
    assert view.table.item(0, 1).text() == "Handed over"
    dialog = _open_dialog(qtbot, view)
    assert dialog.record_label.text().startswith(f"the unsealing of {number} at ")
    assert [dialog.reader.itemText(i) for i in range(dialog.reader.count())] == [CHIEF.reader]
    with qtbot.waitSignal(view.unsealed, timeout=20000) as unsealed:
        _sign(qtbot, dialog, CHIEF.reader, CHIEF.pin)
    assert unsealed.args == [number]
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: view.detail.state.text() == "Unsealed", timeout=10000)
    assert view.status.text() == f"Bag {number} was unsealed; the signature is recorded."
    assert "signed by the chief procurator's card" in view.detail._fact["unsealed"].text()
    assert view.table.rowCount() == 0 and not view.empty.isHidden()
    bags = service(shell)
    stored = bags.get(bags.list_bags()[0].bag.number)
    assert stored.bag.state is BagState.UNSEALED
    assert [c.problem for c in bags.verify_unsealings()] == [None]
    record = [r for r in audit(shell) if r.action == "bag.unseal"]
    assert len(record) == 1 and record[0].subject == f"bag:{number}"
    assert record[0].details["card"] == shell.controller.session.user.card_serial


def test_the_clerks_card_is_refused_and_the_bag_stays_sealed(qtbot, make_shell) -> None:
    shell = make_shell()
    number = _handed_over_bag(qtbot, shell)
    view = _chief_view(qtbot, shell)
    shell.cards.insert(CLERK.reader)  # her card in the second reader
    dialog = _open_dialog(qtbot, view)
    readers = [dialog.reader.itemText(i) for i in range(dialog.reader.count())]
    assert readers == [CHIEF.reader, CLERK.reader]
    with qtbot.waitSignal(dialog.refused, timeout=20000) as refused:
        _sign(qtbot, dialog, CLERK.reader, CLERK.pin)
    assert refused.args == [
        "This card belongs to a Clerk, not to the chief procurator. Only the chief "
        "procurator's own card can unseal a bag. The bag was not unsealed."
    ]
    assert dialog.isVisible() and dialog.message.text() == refused.args[0]
    assert "b00020" in dialog.message.styleSheet()
    bags = service(shell)
    assert bags.get(bags.list_bags()[0].bag.number).bag.state is BagState.HANDED_OVER
    assert not [r for r in audit(shell) if r.action == "bag.unseal"]
    # The attempt is audited, so the dialog prepares the current record to sign.
    assert [r.details for r in audit(shell) if r.action == "bag.unseal-refused"] == [
        {"reason": "UnsealingCardNotChiefs"}
    ]
    qtbot.waitUntil(lambda: dialog.request is not None and dialog.sign_button.isEnabled(),
                    timeout=10000)

    # A wrong PIN on his own card is said with the tries left; then he signs.
    with qtbot.waitSignal(dialog.refused, timeout=20000) as wrong:
        _sign(qtbot, dialog, CHIEF.reader, "000000")
    assert wrong.args == ["Wrong PIN. 2 more wrong PINs will block the card."]
    with qtbot.waitSignal(view.unsealed, timeout=20000):
        _sign(qtbot, dialog, CHIEF.reader, CHIEF.pin)
    assert bags.get(bags.list_bags()[0].bag.number).bag.state is BagState.UNSEALED
    assert number in view.status.text()


def test_scanning_a_label_in_the_chiefs_section_asks_to_unseal_it(qtbot, make_shell) -> None:
    shell = make_shell()
    number = _handed_over_bag(qtbot, shell)
    view = _chief_view(qtbot, shell)
    qtbot.keyClicks(view.scan.field, number)
    qtbot.keyClick(view.scan.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog.isVisible(), timeout=10000)
    assert str(view.dialog.number) == number
    view.dialog.reject()


def test_the_signing_card_offered_first_is_the_users_own(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    shell.cards.insert(CHIEF.reader)
    assert shell.controller.session.cards().readers() == [CLERK.reader, CHIEF.reader]
    shell.cards.remove(CHIEF.reader)
    assert shell.controller.session.cards().readers() == [CLERK.reader]


def test_a_record_made_stale_by_a_newer_audit_record_is_shown_again_and_re_signed(
    qtbot, make_shell
) -> None:
    shell = make_shell()
    number = _handed_over_bag(qtbot, shell)
    view = _chief_view(qtbot, shell)
    dialog = _open_dialog(qtbot, view)
    shown = dialog.record_label.text()
    shell.controller.session.drafts().save("test.meanwhile", b"")  # audited meanwhile
    with qtbot.waitSignal(dialog.refused, timeout=20000) as refused:
        _sign(qtbot, dialog, CHIEF.reader, CHIEF.pin)
    assert refused.args == [
        "The signed unsealing record is out of date (the audit head changed meanwhile). "
        "Sign again."
    ]
    qtbot.waitUntil(lambda: dialog.sign_button.isEnabled(), timeout=10000)
    assert dialog.record_label.text() != shown  # the current record, to be signed now
    bags = service(shell)
    assert bags.get(bags.list_bags()[0].bag.number).bag.state is BagState.HANDED_OVER
    with qtbot.waitSignal(view.unsealed, timeout=20000):
        _sign(qtbot, dialog, CHIEF.reader, CHIEF.pin)
    assert bags.get(bags.list_bags()[0].bag.number).bag.state is BagState.UNSEALED
    assert number in view.status.text()
