"""Backups in the shell (pytest-qt, demo vault, offscreen): the clerk's home screen
shows that no backup was made and reminds her; she backs up to a folder chosen in
the dialog with a progress bar and the size, the line then shows the date; a
read-only medium and a damaged backup are refused in words; the chief sets the
interval."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from desktop.policy import Section
from tests.ui.conftest import CHIEF, CLERK, unlock
from ui.backup_panel import BackupPanel


def _panel(qtbot, shell) -> BackupPanel:  # type: ignore[no-untyped-def]
    ws = shell.controller.workspace
    ws.open(Section.SETTINGS)
    view = ws.page(Section.SETTINGS)
    assert view is not None and isinstance(view.backup_panel, BackupPanel)
    panel = view.backup_panel
    qtbot.waitUntil(lambda: panel.status.text() != "", timeout=5000)
    return panel


def test_the_clerk_backs_up_and_her_home_screen_shows_the_date(
    qtbot, make_shell, tmp_path: Path
) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    reminder = shell.controller.workspace.backup_reminder
    assert reminder is not None
    qtbot.waitUntil(lambda: reminder.text() != "", timeout=5000)
    assert reminder.overdue and "No backup has been made yet" in reminder.text()
    assert "A backup is due (every 7 days)" in reminder.text()

    panel = _panel(qtbot, shell)
    assert panel.interval is None  # only the chief sets it
    medium = tmp_path / "usb"
    medium.mkdir()
    seen: list[int] = []
    panel.progress.valueChanged.connect(seen.append)
    panel.choose_folder = lambda _parent, _title: str(medium)
    panel.create_button.click()
    qtbot.waitUntil(lambda: "Backup written and checked" in panel.result.text(), timeout=20000)
    assert seen and max(seen) == 1000
    assert " of " in panel.size.text() and "MB" in panel.size.text()
    (folder,) = medium.iterdir()
    assert folder.name in panel.result.text()
    qtbot.waitUntil(lambda: "Last backup:" in reminder.text(), timeout=5000)
    assert not reminder.overdue

    panel.choose_folder = lambda _parent, _title: str(folder)
    panel.verify_button.click()
    qtbot.waitUntil(lambda: "is whole and of this vault" in panel.result.text(), timeout=20000)

    db = folder / "vault.db"
    data = bytearray(db.read_bytes())
    data[100] ^= 1
    db.write_bytes(bytes(data))
    panel.verify_button.click()
    qtbot.waitUntil(lambda: "does not match its manifest (vault.db)" in panel.result.text(),
                    timeout=20000)


def test_a_read_only_medium_is_refused_in_words(
    qtbot, make_shell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.backup.service as service

    def refuse(path: Path, data: bytes) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(service, "write_file", refuse)
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    panel = _panel(qtbot, shell)
    panel.choose_folder = lambda _parent, _title: str(tmp_path)
    panel.create_button.click()
    qtbot.waitUntil(lambda: "cannot be written" in panel.result.text(), timeout=20000)
    assert [p for p in tmp_path.iterdir() if "leadvault-backup" in p.name] == []
    assert panel.create_button.isEnabled()


def test_the_chief_sets_the_reminder_interval(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CHIEF)
    assert shell.controller.workspace.backup_reminder is None  # the clerk's home line
    panel = _panel(qtbot, shell)
    assert panel.interval is not None and panel.interval.value() == 7
    panel.interval.setValue(3)
    panel.findChild(type(panel.create_button), "backupIntervalApply").click()
    qtbot.waitUntil(lambda: "every 3 days" in panel.status.text(), timeout=5000)


def _lock(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    shell.cards.remove(CHIEF.reader)  # his card out: the session locks
    qtbot.waitUntil(lambda: shell.controller.session is None, timeout=5000)
    qtbot.waitUntil(lambda: not shell.controller.working, timeout=5000)


def test_the_chiefs_card_accepts_an_older_backup_at_unlock(
    qtbot, make_shell, tmp_path: Path
) -> None:
    import shutil

    from desktop.backup.restore import restore
    from desktop.vault.service import VaultService

    shell = make_shell()
    unlock(qtbot, shell, CHIEF)
    panel = _panel(qtbot, shell)
    medium = tmp_path / "usb"
    medium.mkdir()
    panel.choose_folder = lambda _parent, _title: str(medium)
    panel.create_button.click()
    qtbot.waitUntil(lambda: "Backup written and checked" in panel.result.text(), timeout=20000)
    (folder,) = medium.iterdir()
    _lock(qtbot, shell)
    unlock(qtbot, shell, CHIEF)  # a later checkpoint, which his card remembers
    _lock(qtbot, shell)

    vault: VaultService = shell.services.vault()
    shutil.rmtree(vault.data_dir)
    restore(folder, vault.data_dir, vault.clock)
    unlock(qtbot, shell, CHIEF, expect_success=False)
    view = shell.window.unlock_view
    qtbot.waitUntil(lambda: view.accept_restored.isVisible(), timeout=20000)
    assert "remembers checkpoint" in view.error.text()
    view.accept_restored.setChecked(True)
    view.password.setText(CHIEF.password)
    view.pin.setText(CHIEF.pin)
    view.button.click()
    try:
        qtbot.waitUntil(lambda: shell.controller.session is not None, timeout=20000)
    except Exception:
        raise AssertionError(view.error.text()) from None
    assert not view.accept_restored.isVisible()
