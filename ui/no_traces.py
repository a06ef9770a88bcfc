"""Qt's own files outside the vault. A Qt file dialog, when it closes, writes the
folders it visited (with its shortcuts and view) to the user's QtProject.conf, whatever
the program asks, and a platform's native dialog adds the chosen file to the desktop's
recently-used list: a folder or a scan named after a case or a person would stay on
disk in plain text after the session. So Qt's user settings point at a place where no
file can be made (below /dev/null, which is not a folder): QSettings then reads
nothing and fails to write, quietly. And the application uses Qt's own dialogs only.
LeadVault keeps no settings of its own outside the vault."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings

NOWHERE = "/dev/null/leadvault-keeps-no-qt-settings"


def keep_no_settings() -> None:
    """Before the first window: Qt's user settings nowhere."""
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, NOWHERE)


def use_qt_dialogs() -> None:
    """No native dialog. Called just after the first paint, with the other checks:
    the Qt namespace costs ~10 ms to load, and no dialog opens before the window is
    up (a platform without a native dialog theme has none to use anyway)."""
    from PySide6.QtCore import Qt

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
