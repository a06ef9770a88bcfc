"""Restoring a backup from the set-up wizard and recovering with the recovery code,
through the real widgets over the demo workstation (in-process virtual cards, the
real vault in SQLCipher files, the demo keyring): a backup made → the data folder
wiped (and, for a replacement computer, the workstation key gone from the keyring)
→ the application started again → restore on the wizard's first page → the recovery
code → unlock → the same leads. Bad input is refused in words with the data folder
left as it was."""

from __future__ import annotations

import errno
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from desktop.app.restoring import code_problem
from desktop.vault import recovery_code
from desktop.vault.errors import WrongRecoveryCode
from tests.ui.conftest import CHIEF, CLERK, Shell, unlock

CODE = re.compile(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){5}-[A-Z2-7]{3}")


def _on_session(qtbot, shell: Shell, call):  # type: ignore[no-untyped-def]
    """``call(session)`` on the session's worker, as every screen runs it."""
    session, worker = shell.controller.session, shell.controller.session_worker
    found: list[object] = []
    worker.submit(lambda: call(session), found.append, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=20000)
    assert not isinstance(found[0], BaseException), found[0]
    return found[0]


def _lead_numbers(qtbot, shell: Shell) -> list[str]:  # type: ignore[no-untyped-def]
    rows = _on_session(qtbot, shell, lambda s: s.leads().page(limit=100))
    return [str(row.number) for row in rows]  # type: ignore[attr-defined]


def _lock(qtbot, shell: Shell) -> None:  # type: ignore[no-untyped-def]
    for card in shell.cards.cards():
        shell.cards.remove(card.reader)
    qtbot.waitUntil(lambda: shell.controller.session is None, timeout=5000)
    qtbot.waitUntil(lambda: not shell.controller.working, timeout=10000)


def _backed_up(qtbot, shell: Shell, medium: Path) -> tuple[Path, list[str]]:  # type: ignore[no-untyped-def]
    """The clerk's leads and a backup of them (her first unlock records the demo's)."""
    unlock(qtbot, shell, CLERK)
    numbers = _lead_numbers(qtbot, shell)
    assert len(numbers) >= 3
    medium.mkdir()
    done = _on_session(qtbot, shell, lambda s: s.backups().create(medium, lambda *_: None))
    _lock(qtbot, shell)
    return done.folder, numbers  # type: ignore[attr-defined]


def _disk_replaced(shell: Shell, *, keyring_too: bool) -> str:
    vault_id = shell.services.vault().info().vault_id
    shutil.rmtree(shell.services.data_dir)
    if keyring_too:  # another computer: its keyring never held the workstation key
        shell.services.key_store().delete(vault_id)
    return vault_id


def _restore_view(qtbot, shell: Shell):  # type: ignore[no-untyped-def]
    wizard = shell.controller.wizard_view
    assert wizard is not None  # no vault: the application starts with set-up
    assert wizard.restore_button.isVisible()
    wizard.restore_button.click()
    view = shell.controller.restore_view
    assert view is not None and shell.window.pages.currentWidget() is view
    return view


def _choose(qtbot, view, folder: Path) -> None:  # type: ignore[no-untyped-def]
    view.choose_folder = lambda _parent, _title: str(folder)
    view.choose_button.click()
    qtbot.waitUntil(lambda: not view._busy, timeout=10000)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_replacement_computer_restores_recovers_with_the_code_and_unlocks(
        qtbot, make_shell, tmp_path: Path) -> None:
    shell = make_shell()
    code = shell.recovery_code
    folder, numbers = _backed_up(qtbot, shell, tmp_path / "usb")
    vault_id = _disk_replaced(shell, keyring_too=True)
    shell = make_shell(restart=shell)

    view = _restore_view(qtbot, shell)
    assert not view.restore_button.isEnabled()  # nothing chosen yet
    _choose(qtbot, view, folder)
    assert view.problems.text() == ""
    assert view.facts is not None and view.facts_box.isVisible()
    assert view.vault_value.text() == vault_id
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", view.made_value.text())
    assert view.size_value.text().endswith("MB")
    assert re.fullmatch(r"[0-9a-f]{16} #\d+", view.head_value.text())
    assert view.restore_button.isEnabled()
    seen: list[int] = []
    view.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(shell.controller.restore_finished, timeout=30000):
        view.restore_button.click()
    assert seen and max(seen) == 1000
    assert shell.controller.wizard_view is None and shell.controller.restore_view is None
    assert shell.services.vault_exists()

    # The keyring lacks the workstation key: the recovery page comes next.
    recovery = shell.controller.recovery_view
    assert recovery is not None and shell.window.pages.currentWidget() is recovery
    assert recovery.note.text().startswith("The backup is in place.")
    mistyped = code[:5] + ("A" if code[5] != "A" else "B") + code[6:]
    recovery.code.setText(mistyped)
    recovery.next_button.click()  # refused at once: the check character
    assert recovery.problems.text() == (
        "The recovery code is mistyped. Check it against the sheet.")
    recovery.code.setText(code[:-4])
    recovery.next_button.click()
    assert "27 letters and digits" in recovery.problems.text()
    recovery.code.setText(code.replace("-", "")[:3] + "1" + code.replace("-", "")[4:])
    recovery.next_button.click()
    assert "Character 4 is not one of the code's letters" in recovery.problems.text()
    another, _ = recovery_code.generate()  # well formed, of no vault here
    recovery.code.setText(another)
    recovery.next_button.click()
    qtbot.waitUntil(lambda: "does not belong to this vault" in recovery.problems.text(),
                    timeout=30000)
    assert not recovery.recovered
    assert shell.services.key_store().get(vault_id) is None

    recovery.code.setText(code.lower().replace("-", " "))  # as typed from the sheet
    recovery.next_button.click()
    qtbot.waitUntil(lambda: recovery.recovered, timeout=30000)
    assert recovery.code.text() == ""
    assert shell.services.key_store().get(vault_id) is not None
    new_code = recovery.sheet.code_label.text()
    assert CODE.fullmatch(new_code) and new_code != code and code_problem(new_code) is None
    qtbot.waitUntil(lambda: recovery.sheet.preview.page_count >= 1, timeout=10000)
    assert not recovery.cancel_button.isVisible()  # the old code is spent: no way back
    # Quitting before the new code is kept asks first; "No" (the default) stays.
    for ask in (shell.window.quit_action.trigger, shell.window.close):
        ask()
        box = recovery.quit_confirm
        assert box is not None and box.isVisible()
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        assert "cannot be recovered with a code" in box.text()
        box.button(QMessageBox.StandardButton.No).click()
        assert shell.window.isVisible() and shell.controller.recovery_view is recovery
        assert recovery.sheet.code_label.text() == new_code
    clipboard = QGuiApplication.clipboard()
    for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
        assert new_code not in clipboard.text(mode) and code not in clipboard.text(mode)
    recovery.next_button.click()
    assert recovery.problems.text() == (
        "Confirm that the recovery sheet is printed or the code written down.")
    recovery.sheet.confirm_box.setChecked(True)
    with qtbot.waitSignal(shell.controller.recovery_finished, timeout=5000):
        recovery.next_button.click()
    assert recovery.sheet.code_label.text() == ""  # shown once
    assert shell.controller.recovery_view is None
    assert shell.window.pages.currentWidget() is shell.window.lock_screen
    for path in shell.services.data_dir.parent.rglob("*"):  # nothing kept the codes
        if path.is_file():
            data = path.read_bytes()
            for secret in (code, new_code, code.replace("-", ""), new_code.replace("-", "")):
                assert secret.encode() not in data, path

    unlock(qtbot, shell, CHIEF)  # the chief witnesses the recovery (a checkpoint)
    actions = [e.action for e in _on_session(qtbot, shell, lambda s: s.audit().tail(40))]  # type: ignore[attr-defined]
    assert "vault.recover" in actions and "backup.restore" in actions
    _lock(qtbot, shell)
    unlock(qtbot, shell, CLERK)
    assert _lead_numbers(qtbot, shell) == numbers
    _lock(qtbot, shell)
    # The code used is dead: well formed still, it opens nothing.
    assert code_problem(code) is None
    with pytest.raises(WrongRecoveryCode):
        shell.services.restoring().recover(code)


def test_the_same_computer_restores_and_unlocks_without_the_code(
        qtbot, make_shell, tmp_path: Path) -> None:
    shell = make_shell()
    folder, numbers = _backed_up(qtbot, shell, tmp_path / "usb")
    _disk_replaced(shell, keyring_too=False)
    shell = make_shell(restart=shell)
    view = _restore_view(qtbot, shell)
    view.cancel_button.click()  # back to set-up, nothing done
    assert shell.controller.restore_view is None
    assert shell.window.pages.currentWidget() is shell.controller.wizard_view
    view = _restore_view(qtbot, shell)
    _choose(qtbot, view, folder)
    with qtbot.waitSignal(shell.controller.restore_finished, timeout=30000):
        view.restore_button.click()
    assert shell.controller.recovery_view is None  # the keyring still holds the key
    assert shell.window.pages.currentWidget() is shell.window.lock_screen
    unlock(qtbot, shell, CLERK)
    assert _lead_numbers(qtbot, shell) == numbers


def test_bad_backups_are_refused_in_words_and_leave_the_data_folder_as_it_was(
        qtbot, make_shell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop.backup.restore as restoring

    shell = make_shell()
    folder, _ = _backed_up(qtbot, shell, tmp_path / "usb")
    _disk_replaced(shell, keyring_too=False)
    shell = make_shell(restart=shell)
    data = shell.services.data_dir
    view = _restore_view(qtbot, shell)

    # A folder that is not a backup.
    (tmp_path / "photos").mkdir()
    _choose(qtbot, view, tmp_path / "photos")
    assert view.problems.text() == (
        "This folder holds no LeadVault backup. Choose the backup's own folder.")
    assert view.facts is None and not view.restore_button.isEnabled()

    # Files that do not match the manifest: one cut short is seen at once …
    short = tmp_path / "short"
    shutil.copytree(folder, short)
    with (short / "vault.db").open("r+b") as f:
        f.truncate(4096)
    _choose(qtbot, view, short)
    assert view.problems.text().startswith("The backup does not match its manifest (vault.db).")
    assert view.facts is None

    # … one changed in place when its bytes are checked, before anything is copied.
    changed = tmp_path / "changed"
    shutil.copytree(folder, changed)
    db = bytearray((changed / "vault.db").read_bytes())
    db[5000] ^= 1
    (changed / "vault.db").write_bytes(bytes(db))
    _choose(qtbot, view, changed)
    assert view.facts is not None  # names and sizes agree
    view.restore_button.click()
    qtbot.waitUntil(lambda: "does not match its manifest (vault.db)" in view.problems.text(),
                    timeout=20000)
    assert _leftovers(data) == [] and not shell.services.vault_exists()

    # The medium pulled out halfway: what was copied goes again.
    real_copy, copied = restoring._copy, []

    def pulled_out(source, target, progress, done, total):  # type: ignore[no-untyped-def]
        if copied:
            raise OSError(errno.EIO, "Input/output error")
        copied.append(source.name)
        return real_copy(source, target, progress, done, total)

    monkeypatch.setattr(restoring, "_copy", pulled_out)
    _choose(qtbot, view, folder)
    view.restore_button.click()
    qtbot.waitUntil(lambda: "was the medium pulled out?" in view.problems.text(), timeout=20000)
    assert copied and _leftovers(data) == []
    monkeypatch.setattr(restoring, "_copy", real_copy)

    # A data folder that is not empty is never written into.
    data.mkdir(parents=True, exist_ok=True)
    (data / "notes.txt").write_text("kept")
    view.restore_button.click()
    qtbot.waitUntil(lambda: "is not empty" in view.problems.text(), timeout=20000)
    assert str(data) in view.problems.text()
    assert _leftovers(data) == ["notes.txt"] and (data / "notes.txt").read_text() == "kept"
    assert shell.controller.wizard_view is not None  # still setting up

    (data / "notes.txt").unlink()
    with qtbot.waitSignal(shell.controller.restore_finished, timeout=30000):
        view.restore_button.click()
    assert shell.services.vault_exists()


def test_quitting_with_the_new_code_not_kept_needs_a_yes(qtbot, make_shell) -> None:
    shell = make_shell()
    vault_id = shell.services.vault().info().vault_id
    shell.services.key_store().delete(vault_id)
    shell.controller.show_recovery()
    recovery = shell.controller.recovery_view
    recovery.code.setText(shell.recovery_code)
    recovery.next_button.click()
    qtbot.waitUntil(lambda: recovery.recovered, timeout=30000)
    assert shell.services.key_store().get(vault_id) is not None  # the recovery stands
    shell.window.quit_action.trigger()
    box = recovery.quit_confirm
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert not shell.window.isVisible()
    assert recovery.sheet.code_label.text() == ""  # gone from the screen as it closed


def test_an_unlock_without_the_workstation_key_offers_the_recovery_code(
        qtbot, make_shell) -> None:
    shell = make_shell()
    code = shell.recovery_code
    vault_id = shell.services.vault().info().vault_id
    shell.services.key_store().delete(vault_id)  # the key store was reset
    unlock(qtbot, shell, CLERK, expect_success=False)
    view = shell.window.unlock_view
    qtbot.waitUntil(lambda: view.recover_button.isVisible(), timeout=20000)
    assert "Use the sealed recovery sheet to recover" in view.error.text()
    view.recover_button.click()
    recovery = shell.controller.recovery_view
    assert recovery is not None and shell.window.pages.currentWidget() is recovery
    assert not recovery.note.text().startswith("The backup is in place.")
    shell.cards.insert(CHIEF.reader)  # a card going in does not take the page away
    qtbot.wait(300)
    assert shell.window.pages.currentWidget() is recovery
    recovery.cancel_button.click()  # nothing done: back to the cards
    assert shell.controller.recovery_view is None
    qtbot.waitUntil(lambda: view.holder is not None, timeout=5000)
    assert not view.recover_button.isVisible()

    shell.controller.show_recovery()
    recovery = shell.controller.recovery_view
    recovery.code.setText(code)
    recovery.next_button.click()
    qtbot.waitUntil(lambda: recovery.recovered, timeout=30000)
    recovery.sheet.confirm_box.setChecked(True)
    recovery.next_button.click()
    assert shell.controller.recovery_view is None
    shell.cards.remove(CLERK.reader)
    qtbot.waitUntil(lambda: view.holder is not None and view.holder.reader == CHIEF.reader,
                    timeout=5000)
    unlock(qtbot, shell, CHIEF)
    assert shell.controller.session.user.name == CHIEF.name


def test_a_backup_folder_named_with_markup_is_shown_as_its_name(
        qtbot, make_shell, tmp_path: Path) -> None:
    """Whoever prepares the medium names the folder: its name is shown as the text it
    is, never as rich text that could restyle or hide the facts a person checks
    (the vault, the date) before restoring."""
    from PySide6.QtCore import Qt

    shell = make_shell()
    folder, _ = _backed_up(qtbot, shell, tmp_path / "usb")
    named = folder.rename(folder.parent / "<h1 style='color:white'>x<b>ok")
    _disk_replaced(shell, keyring_too=False)
    shell = make_shell(restart=shell)
    view = _restore_view(qtbot, shell)
    _choose(qtbot, view, named)
    assert view.facts is not None and view.folder_value.text() == str(named)
    for label in (view.folder_value, view.vault_value, view.made_value, view.size_value,
                  view.head_value, view.problems):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
