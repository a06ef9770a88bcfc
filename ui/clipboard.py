"""Clipboard rules: identity fields cannot be copied at all; every other copy
the app makes carries the hints that keep clipboard managers from storing it,
and is wiped after 30 seconds if it is still there."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import (
    QClipboard,
    QContextMenuEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
)
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.app.workstation_checks import CLIPBOARD_CLEAR_SECONDS, CLIPBOARD_CONCEALED_HINTS

_HINT = "x-kde-passwordManagerHint"


def concealed_mime(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    for kind, value in CLIPBOARD_CONCEALED_HINTS.items():
        mime.setData(kind, QByteArray(value))
    return mime


class ClipboardGuard(QObject):
    """Watches the clipboard: whatever this app puts there is re-marked concealed
    and cleared after CLIPBOARD_CLEAR_SECONDS."""

    def __init__(self, clipboard: QClipboard | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CLIPBOARD_CLEAR_SECONDS * 1000)
        self._timer.timeout.connect(self.clear_now)
        self._ours: str | None = None
        self._clipboard.dataChanged.connect(self._changed)

    def copy(self, text: str) -> None:
        self._ours = text
        self._clipboard.setMimeData(concealed_mime(text))
        self._timer.start()

    def _changed(self) -> None:
        mime = self._clipboard.mimeData()
        if mime is None or not mime.hasText():
            return
        if mime.hasFormat(_HINT):
            return  # already marked (our own copy())
        # A plain copy from one of our widgets (we own the clipboard, or — on
        # platforms that cannot tell — one of our windows has the focus): mark
        # it concealed and start the wipe timer.
        if self._clipboard.ownsClipboard() or QGuiApplication.focusWindow() is not None:
            self.copy(mime.text())

    def clear_now(self) -> None:
        mime = self._clipboard.mimeData()
        # Only wipe our own text: never what the user copied in another program since.
        if mime is not None and self._ours is not None and mime.text() == self._ours:
            self._clipboard.clear()
        self._ours = None

    def detach(self) -> None:
        """Stop watching (at quit): one guard per application. Concealed data we
        put on the clipboard goes with us: it was never meant to outlive the app
        (and Qt crashes at exit freeing mime data that Python handed it)."""
        self._timer.stop()
        self._clipboard.dataChanged.disconnect(self._changed)
        mime = self._clipboard.mimeData()
        if mime is not None and mime.hasFormat(_HINT):
            self._clipboard.clear()

    @property
    def seconds_left(self) -> int:
        return max(0, self._timer.remainingTime() // 1000) if self._timer.isActive() else 0


# What an input method must not learn from or predict for (Qt's password fields' flags).
SENSITIVE_INPUT = Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText


class IdentityLineEdit(QLineEdit):
    """A field holding informant identity: typing and pasting work; copying,
    cutting and dragging out do not, and the context menu offers neither. Nor
    does selecting: on X11 Qt puts a selection made with the mouse or the keyboard
    on the primary selection (middle-click paste in any program); the field takes
    it back within the same event, before any other program can ask for it.
    The input method is told, as Qt's password fields tell it, that the text is
    sensitive and not to be predicted: a Chinese input method otherwise learns the
    names typed into its user dictionary on disk (docs/SECURITY.md)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(False)
        self.setObjectName("identityField")
        self.setInputMethodHints(self.inputMethodHints() | SENSITIVE_INPUT)

    def _drop_primary(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if not clipboard.supportsSelection() or not clipboard.ownsSelection():
            return
        mime = clipboard.mimeData(QClipboard.Mode.Selection)
        if mime is not None and mime.hasText() and mime.text() == self.selectedText():
            clipboard.clear(QClipboard.Mode.Selection)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) or event.matches(
            QKeySequence.StandardKey.Cut
        ):
            event.accept()
            return
        super().keyPressEvent(event)
        self._drop_primary()  # Shift+arrows, Shift+End … select

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self._drop_primary()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        super().mouseDoubleClickEvent(event)
        self._drop_primary()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        self._drop_primary()

    def event(self, event: QEvent) -> bool:
        # Shortcut overrides arrive before keyPressEvent; claim Copy/Cut so no
        # application-wide shortcut copies the selection either.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Copy)
                or event.matches(QKeySequence.StandardKey.Cut)
            )
        ):
            event.accept()
            return True
        return super().event(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        strip_copy_actions(menu)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def copy(self) -> None:  # the slot, if anything calls it from Python
        return

    def cut(self) -> None:
        return


def strip_copy_actions(menu: QWidget) -> None:
    """Remove Copy and Cut from a line edit's standard context menu (Qt names them)."""
    for action in list(menu.actions()):
        if action.objectName() in ("edit-copy", "edit-cut"):
            menu.removeAction(action)
