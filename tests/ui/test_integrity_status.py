"""The whole-file check after unlock (issue 14): its progress in the status bar, on
demand from the menu, and a damaged file locks the vault with a plain message."""

from __future__ import annotations

from desktop.vault.errors import DatabaseCorrupt
from tests.ui.conftest import CLERK, unlock


class _Damaged:
    fraction = 0.5

    def step(self) -> bool:
        raise DatabaseCorrupt("HMAC verification failed for page 7")


def test_the_check_runs_after_unlock_and_shows_in_the_status_bar(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    label = shell.window.status.integrity_label
    qtbot.waitUntil(lambda: label.text() == "Database checked", timeout=10000)
    assert shell.controller.workspace is not None  # the work was shown meanwhile


def test_a_damaged_file_found_on_demand_locks_the_vault(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    label = shell.window.status.integrity_label
    qtbot.waitUntil(lambda: label.text() == "Database checked", timeout=10000)
    session = shell.controller.session
    session.integrity_pass = _Damaged  # the next pass meets a damaged page
    shell.window.check_action.trigger()
    qtbot.waitUntil(lambda: shell.controller.session is None, timeout=10000)
    assert shell.window.pages.currentWidget() is shell.window.lock_screen
    assert "found damage" in shell.window.lock_screen.reason.text()
    assert label.text() == ""
