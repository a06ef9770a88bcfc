"""Run under a real X server (xvfb-run, QT_QPA_PLATFORM=xcb) by
test_identity_primary_selection: select the text of a line edit with the mouse (a drag,
a double click) and with the keyboard (Shift+End), and print, as JSON, what reached
the X11 primary selection each time — for a plain QLineEdit (the control: Qt puts it
there) and for ui.clipboard.IdentityLineEdit (nothing may reach it)."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QClipboard
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from ui.clipboard import IdentityLineEdit

SECRET = "孙某 11010519491231002X"


def _selected(field: QLineEdit, app: QApplication) -> dict[str, str]:
    clipboard = app.clipboard()
    seen: dict[str, str] = {}
    field.setText(SECRET)
    field.resize(360, 32)
    field.show()
    QTest.qWaitForWindowExposed(field)
    field.activateWindow()
    field.setFocus()
    for how in ("drag", "double-click", "keyboard"):
        clipboard.clear(QClipboard.Mode.Selection)
        field.deselect()
        if how == "drag":
            QTest.mousePress(field, Qt.MouseButton.LeftButton, pos=QPoint(3, 16))
            QTest.mouseMove(field, QPoint(340, 16))
            QTest.mouseRelease(field, Qt.MouseButton.LeftButton, pos=QPoint(340, 16))
        elif how == "double-click":
            QTest.mouseDClick(field, Qt.MouseButton.LeftButton, pos=QPoint(60, 16))
            QTest.mouseRelease(field, Qt.MouseButton.LeftButton, pos=QPoint(60, 16))
        else:
            QTest.keyClick(field, Qt.Key.Key_Home)
            QTest.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
        QTest.qWait(30)
        seen[how] = clipboard.text(QClipboard.Mode.Selection)
        seen[how + ":selected"] = field.selectedText()
    field.hide()
    return seen


def main() -> None:
    app = QApplication([])
    result = {
        "supports_selection": app.clipboard().supportsSelection(),
        "plain": _selected(QLineEdit(), app),
        "identity": _selected(IdentityLineEdit(), app),
    }
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
