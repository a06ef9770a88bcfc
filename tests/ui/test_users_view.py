"""The chief procurator's Users page and everyone's own password (pytest-qt, demo
vault, offscreen): the list with role, card, status and last unlock; removing the
last clerk or the last chief refused in words; a blocked PIN unblocked with the
admin PIN; the chief changes his own password and unlocks with the new one."""

from __future__ import annotations

import shiboken6

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


def _screen(qtbot, view: UsersView, phase: str):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: view.screen is not None and view.screen.phase == phase,
                    timeout=10000)
    return view.screen


def _newcomer(qtbot, screen, password: str, pin: str = "123456") -> None:  # type: ignore[no-untyped-def]
    screen.password.setText(password)
    screen.again.setText(password)
    screen.pin.setText(pin)
    screen.newcomer_button.click()


def _sign(screen, pin: str, password: str = "") -> None:  # type: ignore[no-untyped-def]
    screen.chief_pin.setText(pin)
    screen.chief_password.setText(password)
    screen.chief_button.click()


def _swap(shell, card) -> None:  # type: ignore[no-untyped-def]
    """Another card into the chief's reader (the workstation's only one)."""
    shell.cards.remove(CHIEF.reader)
    shell.cards.readers[CHIEF.reader].card = card
    shell.cards.insert(CHIEF.reader)


def test_the_chief_enrols_a_second_clerk_then_removes_the_first(qtbot, make_shell) -> None:
    """Two readers: the new card in the second; the covering screen skips the swap."""
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
        "赵新", Role.CLERK, CLERK.reader) if CLERK.reader in readers else None
    view.enrol_button.click()
    screen = _screen(qtbot, view, "newcomer")
    assert not screen.countdown.isVisible() and not shell.controller.card_swap.active
    _newcomer(qtbot, screen, "Zhao-Xin-Passwort-2026")
    qtbot.waitUntil(lambda: screen.phase == "chief", timeout=10000)
    _sign(screen, CHIEF.pin)
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


def test_one_reader_enrolment_swaps_the_cards(qtbot, make_shell) -> None:
    """One reader: his card out (no lock, a countdown), wrong cards refused in words,
    the new card's PIN and password, his card back, his PIN; the new clerk unlocks."""
    from desktop.demo.cards import DemoPerson
    from desktop.domain.roles import Role
    from tests.unit.vault_support import provisioned_card
    from ui.users_view import Enrolment

    shell = make_shell()
    unlock(qtbot, shell, CHIEF)
    view = _users(qtbot, shell)
    controller, swap = shell.controller, shell.controller.card_swap
    workspace = controller.workspace
    chief_card = shell.cards.readers[CHIEF.reader].card
    clerk_card = shell.cards.readers[CLERK.reader].card
    new_card = provisioned_card()
    view.ask_enrolment = lambda readers: Enrolment("赵新", Role.CLERK, readers[0])
    view.enrol_button.click()
    screen = _screen(qtbot, view, "out")
    assert screen.job.one_reader and swap.active and not workspace.isEnabled()
    assert screen.isVisible() and screen.geometry() == screen.parentWidget().rect()
    qtbot.waitUntil(lambda: "Time left" in screen.countdown.text(), timeout=3000)
    for wrong, words in ((clerk_card, "already enrolled"), (chief_card, "your own card")):
        screen.message.clear()
        _swap(shell, wrong)
        qtbot.waitUntil(lambda w=words: w in screen.message.text(), timeout=10000)
        assert screen.phase == "out" and controller.session is not None  # no lock
    _swap(shell, new_card.virtual)
    screen = _screen(qtbot, view, "newcomer")
    assert new_card.serial in screen.step.text()
    _newcomer(qtbot, screen, "Zhao-Xin-Passwort-2026")
    qtbot.waitUntil(lambda: screen.phase == "back", timeout=10000)
    assert screen.password.text() == "" and screen.pin.text() == ""
    _swap(shell, clerk_card)  # not his card: refused, still swapping
    qtbot.waitUntil(lambda: "not your card" in screen.message.text(), timeout=10000)
    assert swap.active and controller.session is not None
    _swap(shell, chief_card)
    qtbot.waitUntil(lambda: screen.phase == "chief", timeout=10000)
    assert not swap.active  # from now on his card's removal locks again
    _sign(screen, "000000")  # a wrong PIN: asked again, nothing lost
    qtbot.waitUntil(lambda: "PIN" in screen.message.text() and screen.chief_button.isEnabled(),
                    timeout=10000)
    assert screen.phase == "chief"
    _sign(screen, CHIEF.pin)
    qtbot.waitUntil(lambda: "was enrolled with card" in view.result.text(), timeout=20000)
    assert new_card.serial in view.result.text() and workspace.isEnabled()
    qtbot.waitUntil(lambda: not shiboken6.isValid(screen), timeout=3000)  # gone
    qtbot.waitUntil(lambda: view.table.rowCount() == 4, timeout=5000)
    shell.cards.remove(CHIEF.reader)
    qtbot.waitUntil(lambda: controller.session is None, timeout=5000)
    assert controller.lock_reason == "card-removed"
    shell.cards.readers[CHIEF.reader].card = new_card.virtual
    unlock(qtbot, shell, DemoPerson("赵新", Role.CLERK, CHIEF.reader, "Zhao-Xin-Passwort-2026"))
    assert controller.session.user.name == "赵新"


def test_a_swap_not_finished_in_time_locks(qtbot, make_shell) -> None:
    from desktop.domain.roles import Role
    from tests.unit.vault_support import provisioned_card
    from ui.users_view import Enrolment

    shell = make_shell()
    unlock(qtbot, shell, CHIEF)
    view = _users(qtbot, shell)
    controller = shell.controller
    controller.card_swap.seconds = 2
    view.ask_enrolment = lambda readers: Enrolment("赵新", Role.CLERK, CHIEF.reader)
    view.enrol_button.click()
    screen = _screen(qtbot, view, "out")
    _swap(shell, provisioned_card().virtual)
    qtbot.waitUntil(lambda: screen.phase == "newcomer", timeout=10000)
    qtbot.waitUntil(lambda: controller.session is None, timeout=5000)
    assert controller.lock_reason == "card-swap" and not controller.card_swap.active
    assert "not finished in time" in shell.window.lock_screen.reason.text()
    qtbot.waitUntil(lambda: not shiboken6.isValid(screen), timeout=3000)


def test_cancelling_with_the_card_out_locks_and_with_it_in_does_not(qtbot, make_shell) -> None:
    from desktop.domain.roles import Role
    from ui.users_view import Enrolment

    shell = make_shell()
    unlock(qtbot, shell, CHIEF)
    view = _users(qtbot, shell)
    controller = shell.controller
    view.ask_enrolment = lambda readers: Enrolment("赵新", Role.CLERK, CHIEF.reader)
    view.enrol_button.click()
    _screen(qtbot, view, "out").cancel_button.click()  # his card never left
    assert controller.session is not None and not controller.card_swap.active
    assert "Cancelled" in view.result.text() and controller.workspace.isEnabled()
    shell.cards.remove(CHIEF.reader)  # the lock on removal is back
    qtbot.waitUntil(lambda: controller.session is None, timeout=5000)
    assert controller.lock_reason == "card-removed"
    unlock(qtbot, shell, CHIEF)
    view = _users(qtbot, shell)
    view.ask_enrolment = lambda readers: Enrolment("赵新", Role.CLERK, CHIEF.reader)
    view.enrol_button.click()
    screen = _screen(qtbot, view, "out")
    shell.cards.remove(CHIEF.reader)
    qtbot.waitUntil(lambda: screen.phase == "in", timeout=5000)
    screen.cancel_button.click()
    assert controller.session is None and controller.lock_reason == "card-swap"


def test_the_chief_replaces_a_lost_card(qtbot, make_shell) -> None:
    """One reader: the new card where his was, then his back; the keys are renewed."""
    from tests.unit.vault_support import provisioned_card
    from ui.users_view import Replacement

    shell = make_shell()
    unlock(qtbot, shell, CHIEF)
    view = _users(qtbot, shell)
    old = {r.name: r.card_serial for r in view.rows}[CLERK.name]
    chief_card = shell.cards.readers[CHIEF.reader].card
    new_card = provisioned_card()
    view.ask_replacement = lambda name, readers: Replacement(CHIEF.reader)
    _select(view, CLERK.name)
    view.replace_button.click()
    screen = _screen(qtbot, view, "out")
    _swap(shell, new_card.virtual)
    screen = _screen(qtbot, view, "newcomer")
    _newcomer(qtbot, screen, "Li-Ming-Neu-2026-Karte")
    qtbot.waitUntil(lambda: screen.phase == "back", timeout=10000)
    _swap(shell, chief_card)
    qtbot.waitUntil(lambda: screen.phase == "chief", timeout=10000)
    _sign(screen, CHIEF.pin, CHIEF.password)
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


def test_a_lock_mid_swap_wipes_what_the_new_card_gave(qtbot, make_shell) -> None:
    from desktop.domain.roles import Role
    from tests.unit.vault_support import provisioned_card
    from ui.users_view import Enrolment

    shell = make_shell()
    unlock(qtbot, shell, CHIEF)
    view = _users(qtbot, shell)
    controller = shell.controller
    view.ask_enrolment = lambda readers: Enrolment("赵敏敏", Role.STAFF, CHIEF.reader)
    view.enrol_button.click()
    _screen(qtbot, view, "out")
    _swap(shell, provisioned_card().virtual)
    screen = _screen(qtbot, view, "newcomer")
    _newcomer(qtbot, screen, "Zhao-Minmin-Passwort-2026")
    qtbot.waitUntil(lambda: screen.phase == "back", timeout=10000)
    prepared = screen._prepared
    assert prepared is not None and any(prepared.factors.k_card) and prepared.grant_key
    controller.lock("manual")  # Ctrl+L, or the swap's time running out
    assert controller.session is None and not controller.card_swap.active
    assert prepared.wiped and not any(prepared.factors.k_card)
    assert not any(prepared.factors.k_password) and not any(prepared.grant_key)


def test_two_readers_run_the_phases_back_to_back(qtbot, make_shell) -> None:
    """UsersPort.enrol and replace_card: the new card in a second reader, the chief's
    in his; the same phases in one call each."""
    from desktop.domain.roles import Role
    from tests.unit.vault_support import provisioned_card

    shell = make_shell()
    unlock(qtbot, shell, CHIEF)
    users = shell.controller.session.users()
    first, second = provisioned_card(), provisioned_card()
    for card in (first, second):
        shell.cards.remove(CLERK.reader)
        shell.cards.readers[CLERK.reader].card = card.virtual
        shell.cards.insert(CLERK.reader)
        if card is first:
            assert users.enrol("赵新", Role.STAFF, CLERK.reader, "Zhao-Xin-Passwort-2026",
                               "123456", CHIEF.pin) == first.serial
        else:
            assert users.replace_card("赵新", CLERK.reader, "Zhao-Xin-Neu-2026-Karte",
                                      "123456", CHIEF.pin, CHIEF.password) >= 2
    rows = {r.name: r for r in users.listed()}
    assert rows["赵新"].role is Role.STAFF and rows["赵新"].card_serial == second.serial
