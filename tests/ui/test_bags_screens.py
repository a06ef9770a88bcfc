"""The clerk's bag screens on the real shell (demo workstation, real vault,
in-process virtual cards): create, seal, hand over, void, refusals in words."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.domain.bags import BagState
from desktop.policy import Section
from tests.ui.bags_support import audit, bag_sections, idle, open_section, service
from tests.ui.conftest import CHIEF, CLERK, unlock
from ui.bags.bags_view import BagsView

__all__ = ["bag_sections"]


def _state_column(view: BagsView, row: int) -> str:
    return view.table.item(row, 1).text()


def test_the_clerk_creates_seals_and_hands_over_a_bag_through_the_screens(
    qtbot, make_shell
) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    view = open_section(qtbot, shell, Section.BAGS)
    assert isinstance(view, BagsView)
    assert view.table.rowCount() == 0

    view.new_button.click()
    form = view.form
    assert form is not None and form.isVisible()
    form.items.setValue(2)
    form.pages.setValue(14)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        form.ok_button.click()
    assert not form.isVisible()
    assert view.table.rowCount() == 1
    number = view.table.item(0, 0).text()
    assert number.startswith("990001-") and len(number) == 20
    assert view.detail.number.text() == number
    assert view.detail.state.text() == "Open (being filled)"
    assert view.status.text() == f"Bag {number} created."
    assert _state_column(view, 0) == "Open (being filled)"

    seal = view.detail.buttons["seal"]
    hand_over = view.detail.buttons["hand-over"]
    assert seal.isEnabled() and not hand_over.isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=10000):
        seal.click()
    assert view.detail.state.text() == "Sealed"
    assert "李明" in view.detail._fact["sealed"].text()
    assert hand_over.isEnabled() and not seal.isEnabled()

    hand_over.click()
    receiver = view.form
    receiver.text.setText("王秘书")
    with qtbot.waitSignal(view.loaded, timeout=10000):
        receiver.ok_button.click()
    assert view.detail.state.text() == "Handed over"
    assert "to 王秘书" in view.detail._fact["handed"].text()
    assert _state_column(view, 0) == "Handed over"
    assert view.table.item(0, 8).text() == "王秘书"
    history = [view.detail.history.item(i).text() for i in range(view.detail.history.count())]
    assert [line.split("  ")[1:] for line in history] == [
        ["created", "李明"],
        ["materials added (2 item(s), 14 page(s))", "李明"],
        ["sealed", "李明"],
        ["handed over (to 王秘书)", "李明"],
    ]
    stored = service(shell).get(service(shell).list_bags()[0].bag.number)
    assert stored.bag.state is BagState.HANDED_OVER and stored.bag.holder == "王秘书"
    actions = [r.action for r in audit(shell) if r.subject == f"bag:{number}"]
    assert actions == ["bag.create", "bag.add-material", "bag.seal", "bag.hand-over"]


def test_refusals_are_said_in_words_and_change_nothing(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    view = open_section(qtbot, shell, Section.BAGS)

    # An unknown lead: refused in the form, which stays open; no number is issued.
    view.new_button.click()
    form = view.form
    form.leads.setText("2026-99999")
    form.ok_button.click()
    qtbot.waitUntil(lambda: form.error.text() != "", timeout=10000)
    assert form.error.text() == (
        "There is no lead 2026-99999 in the leads register. Nothing was changed."
    )
    assert form.isVisible()
    form.leads.setText("not-a-lead")
    form.ok_button.click()
    qtbot.waitUntil(lambda: "is not a lead number" in form.error.text(), timeout=10000)
    assert service(shell).register() == []
    form.reject()

    # An empty bag cannot be sealed.
    bag = service(shell).create()
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.open_bag(str(bag.bag.number))
    view.detail.buttons["seal"].click()
    qtbot.waitUntil(lambda: view.status.text() != "", timeout=10000)
    assert view.status.text() == "The bag is empty: add a lead or materials before sealing it."

    # Materials, then voiding needs a reason; the number stays voided in the register.
    view.detail.buttons["add-material"].click()
    material = view.form
    material.items.setValue(1)
    material.pages.setValue(3)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        material.ok_button.click()
    assert view.detail._fact["counts"].text() == "1 / 3"
    view.detail.buttons["void"].click()
    reason = view.form
    reason.ok_button.click()
    qtbot.waitUntil(lambda: reason.error.text() != "", timeout=10000)
    assert reason.error.text() == "Fill in the reason."
    reason.text.setText("装错材料，重新装袋")
    with qtbot.waitSignal(view.loaded, timeout=10000):
        reason.ok_button.click()
    assert view.detail.state.text() == "Void"
    assert view.detail._fact["void"].text() == "装错材料，重新装袋"
    assert not any(b.isEnabled() for b in view.detail.buttons.values() if b is not None
                   and b.objectName() != "action-print-labels")
    entries = service(shell).register()
    assert [e.status.value for e in entries] == ["void"]


def test_the_bag_sections_replace_the_empty_states(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    for section in (Section.BAGS, Section.PRINTS):
        page = open_section(qtbot, shell, section)
        assert page.findChild(QWidget, "emptyStateText") is None
    idle(qtbot, page.worker)


def test_leads_are_put_in_by_number_and_a_duplicate_is_refused(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    numbers = [row.number for row in shell.controller.session.leads().page(limit=3)]
    assert len(numbers) == 3  # the demo workstation's fictional leads
    view = open_section(qtbot, shell, Section.BAGS)
    view.new_button.click()
    form = view.form
    form.leads.setText(f"{numbers[0]}，{numbers[1]}")  # a Chinese comma between them
    with qtbot.waitSignal(view.loaded, timeout=10000):
        form.ok_button.click()
    assert view.detail._fact["leads"].text() == f"{numbers[0]}, {numbers[1]}"  # English
    assert view.table.item(0, 3).text() == "2"

    view.detail.buttons["add-lead"].click()
    lead_form = view.form
    lead_form.lead.setText(numbers[1])
    lead_form.ok_button.click()
    qtbot.waitUntil(lambda: lead_form.error.text() != "", timeout=10000)
    assert lead_form.error.text() == f"Lead {numbers[1]} is already in this bag."
    lead_form.lead.setText(numbers[2])
    with qtbot.waitSignal(view.loaded, timeout=10000):
        lead_form.ok_button.click()
    assert view.detail._fact["leads"].text() == ", ".join(numbers)
    history = [view.detail.history.item(i).text() for i in range(view.detail.history.count())]
    assert history[-1].split("  ")[1] == f"lead added (lead {numbers[2]})"


def test_after_unsealing_the_clerk_reseals_or_returns_the_bag(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    session = shell.controller.session
    bags = service(shell)
    shell.cards.insert(CHIEF.reader)  # the chief procurator's card in the second reader
    opened = []
    for _ in range(2):
        number = bags.create(items=1, pages=4).bag.number
        bags.seal(number)
        bags.hand_over(number, "王秘书")
        request = bags.prepare_unsealing(number)
        bags.unseal(number, session.cards().sign(CHIEF.reader, CHIEF.pin, request.record))
        opened.append(str(number))
    view = open_section(qtbot, shell, Section.BAGS)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.open_bag(opened[0])
    assert view.detail.state.text() == "Unsealed"
    assert "signed by the chief procurator's card" in view.detail._fact["unsealed"].text()
    enabled = {k for k, b in view.detail.buttons.items() if b.isEnabled()}
    assert {"reseal", "return-to-sender"} <= enabled and "seal" not in enabled
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.detail.buttons["reseal"].click()
    assert view.detail.state.text() == "Resealed"
    assert view.detail.buttons["hand-over"].isEnabled()  # it can go to the chief again
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.open_bag(opened[1])
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.detail.buttons["return-to-sender"].click()
    assert view.detail.state.text() == "Returned"
    assert view.status.text() == f"Bag {opened[1]} returned."
    assert not view.detail.buttons["void"].isEnabled()
