"""The chief's operations screens in Chinese (docs/screenshots/ops-*.png with
LEADVAULT_LEAD_SHOTS=docs/screenshots): the audit view filtered to one user, the
Users page, the covering screen of a one-reader enrolment at each card, the About box.
Every visible text is checked to be Chinese."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.roles import Role
from desktop.policy import Section
from tests.ui.conftest import CHIEF, CLERK, unlock
from tests.ui.test_clerk_day_screenshots import KEPT, _english_left
from tests.ui.test_users_view import _screen, _swap, _users
from tests.unit.vault_support import provisioned_card
from ui.audit_view import AuditView
from ui.help_dialogs import AboutDialog
from ui.i18n import CHINESE
from ui.users_view import Enrolment

# Data, not words: ids, fingerprints, digests, card serials and media types stay as
# they are in both languages.
_DATA = re.compile(r"[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}"  # the vault id
                   r"|(?:[0-9A-F]{4} ){7}[0-9A-F]{4}"  # a key's fingerprint
                   r"|\b[0-9A-Fa-f]{8,}\b|\b[a-z]+/[a-z0-9.+-]+\b|SHA-256")


def _words_left(widget: QWidget) -> list[str]:
    return [text for text in _english_left(widget)
            if {w.upper() for w in re.findall(r"[A-Za-z]{2,}", _DATA.sub("", text))} - KEPT]


def _save(widget: QWidget, folder: Path, name: str) -> None:
    QApplication.processEvents()
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"ops-{name}.png"))


def test_the_chiefs_operations_screens_in_chinese(qtbot, make_shell, tmp_path: Path) -> None:
    folder = Path(os.environ.get("LEADVAULT_LEAD_SHOTS", tmp_path))
    shell = make_shell(language=CHINESE)
    shell.window.resize(1200, 760)
    unlock(qtbot, shell, CLERK)  # the clerk's unlock is in the trail to filter by
    shell.cards.remove(CLERK.reader)
    qtbot.waitUntil(lambda: shell.controller.session is None, timeout=5000)
    unlock(qtbot, shell, CHIEF)
    controller = shell.controller

    controller.workspace.open(Section.AUDIT)
    audit = controller.workspace.page(Section.AUDIT)
    assert isinstance(audit, AuditView)
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0, timeout=10000)
    audit.filters.user.setCurrentIndex(audit.filters.user.findText(CLERK.name))
    audit.filters.apply_button.click()
    qtbot.waitUntil(lambda: not controller.session_worker.busy, timeout=10000)
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0, timeout=10000)
    assert {audit.model.index(r, 2).data() for r in range(audit.model.rowCount())} == {
        CLERK.name}
    assert _words_left(audit) == []
    _save(shell.window, folder, "audit-filtered")

    shell.window.about_action.trigger()
    about = controller.help_window
    assert isinstance(about, AboutDialog)
    assert controller.session.vault_session.vault_id in about.summary.text()
    assert _words_left(about.summary) == []
    _save(about, folder, "about")
    about.close()

    users = _users(qtbot, shell)
    assert _words_left(users) == []
    _save(shell.window, folder, "users")

    new_card = provisioned_card()
    users.ask_enrolment = lambda readers: Enrolment("赵新", Role.CLERK, readers[0])
    users.enrol_button.click()
    screen = _screen(qtbot, users, "out")
    qtbot.waitUntil(lambda: "秒" in screen.countdown.text(), timeout=3000)
    assert _words_left(screen) == []
    _save(shell.window, folder, "enrol-swap-out")
    _swap(shell, new_card.virtual)
    screen = _screen(qtbot, users, "newcomer")
    assert new_card.serial in screen.step.text() and _words_left(screen) == []
    _save(shell.window, folder, "enrol-swap-new-card")
    screen.cancel_button.click()  # his card is out: the session locks
    qtbot.waitUntil(lambda: controller.session is None, timeout=5000)
    assert controller.lock_reason == "card-swap"

