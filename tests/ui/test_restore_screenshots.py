"""The restore and recovery screens in Chinese (docs/screenshots/ops-restore*.png and
ops-recover-*.png with LEADVAULT_LEAD_SHOTS=docs/screenshots): the backup chosen and
described on a replacement computer, the recovery code typed with a mistake caught,
the new code shown once. Every visible text is checked to be Chinese but paths, ids,
the audit head and the codes themselves."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtWidgets import QWidget

from tests.ui.test_leads_screenshots import _texts
from tests.ui.test_operations_screenshots import _DATA, _save
from tests.ui.test_restore_and_recover import (
    _backed_up,
    _choose,
    _disk_replaced,
    _restore_view,
)
from ui.i18n import CHINESE

KEPT = {"PIN", "MB", "GB", "A", "Z"}
_CODE = re.compile(r"[A-Z2-7]{4}(?:-[A-Z2-7]{1,4}){6}|X{4}(?:-X{3,4}){6}")


def _words_left(widget: QWidget, *paths: Path) -> list[str]:
    left = []
    for text in _texts(widget):
        for path in paths:
            text = text.replace(str(path), "")
        text = _DATA.sub("", _CODE.sub("", text))
        if {w.upper() for w in re.findall(r"[A-Za-z]+", text)} - KEPT:
            left.append(text)
    return left


def test_the_restore_and_recovery_screens_in_chinese(qtbot, make_shell, tmp_path: Path) -> None:
    folder = Path(os.environ.get("LEADVAULT_LEAD_SHOTS", tmp_path))
    shell = make_shell(language=CHINESE)
    code = shell.recovery_code
    backup, _ = _backed_up(qtbot, shell, tmp_path / "usb")
    _disk_replaced(shell, keyring_too=True)
    shell = make_shell(restart=shell, language=CHINESE)
    shell.window.resize(1100, 720)
    data = shell.services.data_dir
    assert _words_left(shell.controller.wizard_view.pages.currentWidget()) == []
    _save(shell.window, folder, "restore-start")

    view = _restore_view(qtbot, shell)
    _choose(qtbot, view, backup)
    assert view.facts is not None
    assert _words_left(view, data, backup) == []
    _save(shell.window, folder, "restore")
    with qtbot.waitSignal(shell.controller.restore_finished, timeout=30000):
        view.restore_button.click()

    recovery = shell.controller.recovery_view
    assert recovery is not None
    recovery.code.setText(code[:-1] + ("A" if code[-1] != "A" else "B"))
    recovery.next_button.click()
    assert recovery.problems.text() == "恢复码输入有误，请对照恢复单核对。"
    assert _words_left(recovery) == []
    _save(shell.window, folder, "recover-code")

    recovery.code.setText(code)
    recovery.next_button.click()
    qtbot.waitUntil(lambda: recovery.recovered, timeout=30000)
    qtbot.waitUntil(lambda: recovery.sheet.preview.page_count >= 1, timeout=10000)
    qtbot.wait(300)  # the page image renders asynchronously
    assert _words_left(recovery) == []
    _save(shell.window, folder, "recover-new-code")
