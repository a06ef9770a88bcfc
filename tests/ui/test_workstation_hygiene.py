"""Air-gap banner and audit with fake interface lists, the clipboard rules,
settings (idle time for the chief only, language switch) on the real shell."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.app.workstation_checks import CLIPBOARD_CLEAR_SECONDS, NetworkInterface
from desktop.policy import Section
from tests.ui.conftest import CHIEF, CLERK, ISOLATED, unlock
from ui.clipboard import ClipboardGuard, IdentityLineEdit, concealed_mime, strip_copy_actions
from ui.i18n import CHINESE

ETH0 = NetworkInterface("eth0", is_loopback=False, is_up=True, is_running=True)


def _audit_actions(shell) -> list[str]:  # type: ignore[no-untyped-def]
    session = shell.controller.session.vault_session
    with session.store.reading() as tx:
        return [r.action for r in tx.audit_records.last(50)]


def test_air_gap_banner_and_audit_with_a_fake_interface_list(qtbot, make_shell) -> None:
    shell = make_shell()
    window = shell.window
    assert not window.banner.isVisible()
    assert window.status.air_gap_label.text() == "Network: isolated"
    # A cable is plugged in while the workstation is locked.
    shell.interfaces.append(ETH0)
    shell.controller.air_gap.check()
    assert window.banner.isVisible()
    assert "connected to a network (eth0)" in window.banner.text()
    assert window.status.air_gap_label.text() == "Network: CONNECTED"
    # Recorded at the next unlock (the log is inside the vault), once.
    unlock(qtbot, shell, CLERK)
    assert _audit_actions(shell).count("workstation.air_gap_breach") == 1
    shell.controller.air_gap.check()  # the same breach a minute later: no new record
    qtbot.wait(200)
    qtbot.waitUntil(lambda: not shell.controller.working, timeout=3000)
    assert _audit_actions(shell).count("workstation.air_gap_breach") == 1
    # A second interface while unlocked: recorded at once.
    shell.interfaces.append(NetworkInterface("wlan0", False, True, True))
    shell.controller.air_gap.check()
    qtbot.waitUntil(
        lambda: _audit_actions(shell).count("workstation.air_gap_breach") == 2, timeout=3000
    )
    # Unplugged: the banner goes away.
    shell.interfaces[:] = ISOLATED
    shell.controller.air_gap.check()
    assert not window.banner.isVisible()
    assert window.status.air_gap_label.text() == "Network: isolated"


def test_air_gap_is_checked_every_minute(make_shell) -> None:
    shell = make_shell()
    assert shell.controller.air_gap._timer.interval() == 60_000
    assert shell.controller.air_gap._timer.isActive()


def test_identity_fields_cannot_be_copied_cut_or_dragged(qtbot, qapp: QApplication) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("before")
    field = IdentityLineEdit()
    qtbot.addWidget(field)
    field.show()
    field.setText("张三 110101199001011234")
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "before"
    qtbot.keyClick(field, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "before"
    assert field.text() == "张三 110101199001011234"
    field.copy()
    field.cut()
    assert clipboard.text() == "before"
    assert not field.dragEnabled()
    menu = field.createStandardContextMenu()
    strip_copy_actions(menu)
    names = {a.objectName() for a in menu.actions()}
    assert "edit-copy" not in names and "edit-cut" not in names
    assert "edit-paste" in names  # typing and pasting in still work
    # Pasting into the field works.
    clipboard.setText("李四")
    field.clear()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "李四"


def test_other_copies_are_concealed_and_cleared(qtbot, qapp: QApplication) -> None:
    clipboard = QGuiApplication.clipboard()
    guard = ClipboardGuard()
    assert guard._timer.interval() == CLIPBOARD_CLEAR_SECONDS * 1000 == 30_000
    plain = QLineEdit("LV-2026-000123")
    qtbot.addWidget(plain)
    plain.show()
    plain.activateWindow()
    plain.setFocus()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None, timeout=2000)
    plain.selectAll()
    plain.copy()  # an ordinary widget's copy
    mime = clipboard.mimeData()
    assert mime.text() == "LV-2026-000123"
    assert bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"
    assert mime.hasFormat("application/x-nspasteboard-concealed-type")
    assert guard._timer.isActive()
    guard._timer.setInterval(100)  # let the 30 s pass quickly
    guard._timer.start()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    # Something the user copied elsewhere since is never wiped.
    guard.copy("ours")
    other = QMimeData()
    other.setText("theirs")
    other.setData("x-kde-passwordManagerHint", b"secret")  # looks marked: not re-taken
    clipboard.setMimeData(other)
    guard.clear_now()
    assert clipboard.text() == "theirs"
    assert concealed_mime("x").hasFormat("x-kde-passwordManagerHint")
    guard.copy("ours again")
    guard.detach()  # at quit: our concealed copy leaves with the app
    assert clipboard.text() == ""


def test_only_the_chief_changes_the_idle_time(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    ws = shell.controller.workspace
    ws.open(Section.SETTINGS)
    assert not ws.settings_view.idle_minutes.isEnabled()
    assert not ws.settings_view.save_idle.isVisible()
    assert ws.settings_view.idle_minutes.value() == 5
    # Even called directly, the clerk's session refuses.
    with qtbot.waitSignal(shell.controller.locked, timeout=3000):
        shell.cards.remove(CLERK.reader)
    unlock(qtbot, shell, CHIEF)
    ws = shell.controller.workspace
    ws.open(Section.SETTINGS)
    view = ws.settings_view
    assert view.idle_minutes.isEnabled()
    view.idle_minutes.setValue(10)
    view.save_idle.click()
    qtbot.waitUntil(lambda: view.status.text() == "Saved.", timeout=3000)
    assert shell.controller.idle.timeout_seconds == 600
    assert "settings.change" in _audit_actions(shell)
    shell.cards.remove(CHIEF.reader)
    qtbot.waitUntil(lambda: shell.controller.session is None, timeout=2000)
    unlock(qtbot, shell, CLERK)  # the setting holds for everyone
    assert shell.controller.idle.timeout_seconds == 600
    assert shell.window.status.lock_label.text() in ("Auto-lock in 10:00", "Auto-lock in 9:59")


def test_the_clerk_session_refuses_to_change_the_idle_time(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    ws = shell.controller.workspace
    ws.open(Section.SETTINGS)
    shell.controller.set_idle_timeout(120)
    qtbot.waitUntil(lambda: ws.settings_view.status.text() != "", timeout=3000)
    refused = "Your role (Clerk) may not do this. Nothing was changed."
    assert ws.settings_view.status.text() == refused
    assert shell.controller.idle.timeout_seconds == 300


def test_switching_to_chinese_keeps_the_user_where_he_was(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    ws = shell.controller.workspace
    ws.open(Section.SETTINGS)
    ws.settings_view.language.setCurrentIndex(ws.settings_view.language.findData(CHINESE))
    ws = shell.controller.workspace
    assert ws.current_section is Section.SETTINGS
    titles = [ws.navigation.item(i).text() for i in range(ws.navigation.count())]
    assert titles == ["举报线索", "机要袋", "打印登记", "我的申请", "设置"]
    assert shell.window.status.user_label.text() == "李明 · 专人"
    assert shell.window.file_menu.title() == "工作站(&W)"
    assert (shell.services.data_dir / "language").read_text() == "zh_CN"


def test_input_methods_are_told_not_to_learn_identities(qtbot, make_shell) -> None:  # type: ignore[no-untyped-def]
    """What fcitx5 or IBus asks a focused field before it learns a typed word: every
    identity field of the entry form answers "sensitive, no prediction"; a reported
    person's name (not an identity) is left to the input method as usual."""
    from tests.ui.test_leads_screens import _section

    _shell, section = _section(qtbot, make_shell)
    form = section.form
    assert form is not None
    fields = form.findChildren(IdentityLineEdit)
    assert len(fields) >= 6  # name, ID number, unit, address, phones, relatives
    assert form.informant_name in fields and form.id_number in fields
    for field in fields:
        hints = Qt.InputMethodHint(field.inputMethodQuery(Qt.InputMethodQuery.ImHints))
        assert hints & Qt.InputMethodHint.ImhSensitiveData
        assert hints & Qt.InputMethodHint.ImhNoPredictiveText
    person = Qt.InputMethodHint(form.person_name.inputMethodQuery(Qt.InputMethodQuery.ImHints))
    assert not person & Qt.InputMethodHint.ImhSensitiveData
