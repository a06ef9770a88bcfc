"""Scanning on the bag screens: a keyboard-wedge scanner types the number (Code
128) or the QR payload and presses Enter into the scan field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop import bootstrap
from desktop.domain.confidential_number import ConfidentialNumber
from desktop.domain.printables import CopyNumber
from desktop.domain.qr_tag import build_payload
from desktop.policy import Section
from tests.ui.bags_support import audit, bag_sections, open_section, service
from tests.ui.conftest import CLERK, unlock
from ui.bags.scan_bar import SCAN_SHORTCUT

__all__ = ["bag_sections"]


def _scan(qtbot, view, text: str) -> None:
    """What the scanner does: type the characters, then Enter."""
    field = view.scan.field
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == ""  # the line went to the buffer and the field is ready again
    qtbot.waitUntil(lambda: not view.worker.busy, timeout=10000)


def _sealed_bags(shell, count: int) -> list[str]:
    bags = service(shell)
    numbers = []
    for _ in range(count):
        stored = bags.create(items=1, pages=2)
        bags.seal(stored.bag.number)
        numbers.append(str(stored.bag.number))
    return numbers


def test_a_scanned_number_opens_its_bag(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    first, second = _sealed_bags(shell, 2)
    view = open_section(qtbot, shell, Section.BAGS)
    with qtbot.waitSignal(view.scan.opened, timeout=10000) as opened:
        _scan(qtbot, view, first)
    assert opened.args == [first]
    qtbot.waitUntil(lambda: view.detail.number.text() == first, timeout=10000)
    assert view.scan.result.text() == f"Opened bag {first}."
    # The compact form a Code 128 reader may give, with the dashes left out, works too.
    _scan(qtbot, view, second.replace("-", ""))
    qtbot.waitUntil(lambda: view.detail.number.text() == second, timeout=10000)
    scans = [r for r in audit(shell) if r.action == "bag.scan"]
    assert [(r.subject, r.details["source"]) for r in scans] == [
        (f"bag:{first}", "number"),
        (f"bag:{second}", "number"),
    ]


def test_an_authentic_qr_label_opens_the_bag_and_the_shortcut_focuses_the_field(
    qtbot, make_shell
) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    (number,) = _sealed_bags(shell, 1)
    bags = service(shell)
    renderers = bootstrap.renderers()
    sheet, _pdf = bags.print_cover_sheet(bags.list_bags()[0].bag.number, renderers.cover_sheet)
    view = open_section(qtbot, shell, Section.BAGS)
    shell.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shell.window, timeout=5000)
    view.new_button.setFocus()
    assert SCAN_SHORTCUT == "Ctrl+E"
    qtbot.keyClick(view.new_button, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.scan.field, timeout=5000)
    _scan(qtbot, view, sheet.qr_text)
    qtbot.waitUntil(lambda: view.detail.number.text() == number, timeout=10000)
    scan = [r for r in audit(shell) if r.action == "bag.scan"][-1]
    assert scan.details == {"source": "qr", "copy": str(sheet.copy_number)}


def test_a_wrong_check_character_says_which_one_was_expected(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    (number,) = _sealed_bags(shell, 1)
    expected = number[-1]
    wrong = "X" if expected != "X" else "0"
    view = open_section(qtbot, shell, Section.BAGS)
    with qtbot.waitSignal(view.scan.refused, timeout=10000):
        _scan(qtbot, view, number[:-1] + wrong)
    assert view.scan.result.text() == (
        f"The check character is wrong: the number ends in “{wrong}”, but it should end "
        f"in “{expected}”. Check the number for a mistyped digit."
    )
    assert "b00020" in view.scan.result.styleSheet()
    assert view.detail.stored is None  # nothing opened
    # A mistyped digit is caught the same way.
    digit = "1" if number[14] != "1" else "2"
    _scan(qtbot, view, number[:14] + digit + number[15:])
    assert view.scan.result.text().startswith("The check character is wrong")
    # A valid number of no bag here.
    bags = service(shell)
    missing = ConfidentialNumber(unit_code="990001", year=bags.list_bags()[0].bag.number.year,
                                 serial=999)
    _scan(qtbot, view, str(missing))
    assert view.scan.result.text() == (
        f"The number {missing} is valid, but no bag of this workstation has it."
    )


def test_a_forged_qr_label_is_a_red_warning_and_audited(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    (number,) = _sealed_bags(shell, 1)
    real = service(shell).list_bags()[0].bag.number
    forged = build_payload(b"\x07" * 32, real, CopyNumber(42)).encode()  # made elsewhere
    view = open_section(qtbot, shell, Section.BAGS)
    with qtbot.waitSignal(view.scan.flagged, timeout=10000) as flagged:
        _scan(qtbot, view, forged)
    assert flagged.args == [number]
    text = view.scan.result.text()
    assert text.startswith("WARNING: this label was not printed by this workstation")
    assert f"number {number}, copy No. 000042" in text
    assert "b00020" in view.scan.result.styleSheet()
    assert view.detail.stored is None  # a forged label never opens the bag
    record = [r for r in audit(shell) if r.action == "bag.scan-forged"]
    assert [(r.subject, r.details) for r in record] == [(f"bag:{number}", {"copy": "000042"})]
    # Broken QR text is refused in words, not with a crash.
    _scan(qtbot, view, "LV1:garbage")
    assert view.scan.result.text() == (
        "The scanned code is not a LeadVault label (it cannot be read as one)."
    )


def test_the_scan_shortcut_works_from_any_page(qtbot, make_shell) -> None:
    """Ctrl+E on the leads page opens the bag register with the cursor in its scan field;
    on the bag page itself the field's own shortcut still answers (not two at once)."""
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    workspace = shell.controller.workspace
    workspace.open(Section.LEADS)
    leads = workspace.page(Section.LEADS)
    shell.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shell.window, timeout=5000)
    leads.setFocus()
    qtbot.keyClick(leads, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert workspace.current_section is Section.BAGS
    view = workspace.page(Section.BAGS)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.scan.field, timeout=5000)
    assert not workspace.scan_shortcut.isEnabled()  # the field's own shortcut answers here
    view.new_button.setFocus()
    qtbot.keyClick(view.new_button, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.scan.field, timeout=5000)
