"""The chief procurator's Users page and everyone's own password (pytest-qt, demo
vault, offscreen): the list with role, card, status and last unlock; removing the
last clerk or the last chief refused in words; a blocked PIN unblocked with the
admin PIN; the chief changes his own password and unlocks with the new one."""

from __future__ import annotations

from desktop.policy import Section
from tests.ui.conftest import CHIEF, CLERK, STAFF, unlock
from ui.password_panel import PasswordPanel
from ui.users_view import UsersView


def _users(qtbot, shell) -> UsersView:  # type: ignore[no-untyped-def]
    ws = shell.controller.workspace
    ws.open(Section.USERS)
    view = ws.page(Section.USERS)
    assert isinstance(view, UsersView)
    qtbot.waitUntil(lambda: view.table.rowCount() >= 2, timeout=5000)
    return view


def _cells(view: UsersView) -> list[list[str]]:
    return [[view.table.item(r, c).text() for c in range(view.COLUMNS)]
            for r in range(view.table.rowCount())]


def _select(view: UsersView, name: str) -> None:
    view.table.setCurrentCell(next(i for i, r in enumerate(view.rows) if r.name == name), 0)


def test_the_chief_sees_the_users_and_the_last_ones_stay(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    shell.cards.remove(CLERK.reader)
    qtbot.waitUntil(lambda: shell.controller.session is None, timeout=5000)
    unlock(qtbot, shell, CHIEF)
    view = _users(qtbot, shell)
    cells = {row[0]: row for row in _cells(view)}
    chief = cells[f"{CHIEF.name} (you)"]
    assert chief[1] == "Chief procurator" and chief[3] == "active" and chief[4] != "—"
    clerk = cells[CLERK.name]
    assert clerk[1] == "Clerk" and clerk[2] and clerk[4] != "—"

    asked: list[str] = []
    view.ask_removal = lambda name: asked.append(name) or ("123456", CHIEF.password)
    _select(view, CLERK.name)
    view.remove_button.click()
    qtbot.waitUntil(lambda: "last clerk cannot be removed" in view.result.text(),
                    timeout=10000)
    _select(view, CHIEF.name)
    view.remove_button.click()
    qtbot.waitUntil(lambda: "last chief procurator cannot be removed" in view.result.text(),
                    timeout=10000)
    assert asked == [CLERK.name, CHIEF.name]
    assert len(_cells(view)) == 3  # the chief, the clerk and the demo's staff member: none removed


def test_a_blocked_pin_is_unblocked_with_the_admin_pin(qtbot, make_shell) -> None:
    shell = make_shell(cards_in=True)
    shell.cards.remove(CLERK.reader)
    shell.cards.remove(STAFF.reader)  # the demo's viewer: his card plays no part here
    unlock(qtbot, shell, CHIEF)
    view = _users(qtbot, shell)
    shell.cards.insert(CLERK.reader)
    view.ask_unblock = lambda readers: (CLERK.reader, "00000000", "654321") if (
        CLERK.reader in readers) else None
    view.unblock_button.click()
    qtbot.waitUntil(lambda: view.result.text() != "", timeout=10000)
    assert "PIN" in view.result.text() and "reset" not in view.result.text()  # wrong admin PIN
    view.result.clear()
    view.ask_unblock = lambda readers: (CLERK.reader, "12345678", "654321")
    view.unblock_button.click()
    qtbot.waitUntil(lambda: "was reset" in view.result.text(), timeout=10000)


def test_the_chief_changes_his_own_password(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CHIEF)
    ws = shell.controller.workspace
    ws.open(Section.SETTINGS)
    panel = ws.page(Section.SETTINGS).password_panel
    assert isinstance(panel, PasswordPanel)
    new = "Neue-Chef-Parole-2026"
    panel.ask = lambda: (CHIEF.password, new, "different", CHIEF.pin)
    panel.button.click()
    assert panel.result.text() == "The new passwords differ."
    panel.ask = lambda: ("wrong password", new, new, CHIEF.pin)
    panel.button.click()
    qtbot.waitUntil(lambda: "password is wrong" in panel.result.text(), timeout=10000)
    panel.ask = lambda: (CHIEF.password, new, new, CHIEF.pin)
    panel.button.click()
    qtbot.waitUntil(lambda: "was changed" in panel.result.text(), timeout=10000)
    shell.cards.remove(CHIEF.reader)
    qtbot.waitUntil(lambda: shell.controller.session is None, timeout=5000)
    unlock(qtbot, shell, CHIEF, password=new)


def test_the_chief_enrols_a_second_clerk_then_removes_the_first(qtbot, make_shell) -> None:
    from desktop.domain.roles import Role
    from tests.unit.vault_support import provisioned_card
    from ui.users_view import Enrolment

    shell = make_shell()
    unlock(qtbot, shell, CHIEF)
    view = _users(qtbot, shell)
    new_card = provisioned_card()  # a prepared card in the second reader
    shell.cards.remove(CLERK.reader)
    shell.cards.readers[CLERK.reader].card = new_card.virtual
    shell.cards.insert(CLERK.reader)
    view.ask_enrolment = lambda readers: Enrolment(
        "赵新", Role.CLERK, CLERK.reader, "Zhao-Xin-Passwort-2026", "Zhao-Xin-Passwort-2026",
        "123456", CHIEF.pin) if CLERK.reader in readers else None
    view.enrol_button.click()
    qtbot.waitUntil(lambda: "was enrolled with card" in view.result.text(), timeout=20000)
    assert new_card.serial in view.result.text()
    qtbot.waitUntil(lambda: view.table.rowCount() == 4, timeout=5000)

    view.ask_removal = lambda name: ("123456", CHIEF.password)
    _select(view, CLERK.name)
    view.remove_button.click()
    qtbot.waitUntil(lambda: "was removed" in view.result.text(), timeout=30000)
    qtbot.waitUntil(lambda: [r.active for r in view.rows if r.name == CLERK.name] == [False],
                    timeout=5000)
    assert {row[0]: row[3] for row in _cells(view)}[CLERK.name] == "removed"


def test_the_chief_replaces_a_lost_card(qtbot, make_shell) -> None:
    from tests.unit.vault_support import provisioned_card
    from ui.users_view import Replacement

    shell = make_shell()
    unlock(qtbot, shell, CHIEF)
    view = _users(qtbot, shell)
    old = {r.name: r.card_serial for r in view.rows}[CLERK.name]
    new_card = provisioned_card()
    shell.cards.remove(CLERK.reader)  # her card was lost
    shell.cards.readers[CLERK.reader].card = new_card.virtual
    shell.cards.insert(CLERK.reader)
    view.ask_replacement = lambda name, readers: Replacement(
        CLERK.reader, "Li-Ming-Neu-2026-Karte", "Li-Ming-Neu-2026-Karte", "123456",
        CHIEF.pin, CHIEF.password)
    _select(view, CLERK.name)
    view.replace_button.click()
    qtbot.waitUntil(lambda: "was replaced" in view.result.text(), timeout=30000)
    qtbot.waitUntil(lambda: {r.name: r.card_serial for r in view.rows}[CLERK.name]
                    == new_card.serial, timeout=5000)
    assert new_card.serial != old


def test_the_chief_prints_a_users_enrolment_record(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CHIEF)
    view = _users(qtbot, shell)
    _select(view, CLERK.name)
    view.record_button.click()
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog.isVisible(), timeout=20000)
    assert CLERK.name in view.dialog.windowTitle()
    pdf = shell.controller.session.users().enrolment_record(CLERK.name)
    assert pdf.startswith(b"%PDF")
    view.dialog.close()
