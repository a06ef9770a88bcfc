"""Qt's own files outside the vault. A Qt file dialog, when it closes, writes the
folders it visited (with its shortcuts and view) to the user's QtProject.conf, whatever
the program asks, and a platform's native dialog adds the chosen file to the desktop's
recently-used list: a folder or a scan named after a case or a person would stay on
disk in plain text after the session. So the application uses Qt's own dialogs only,
and points Qt's user settings at a place where no file can be made (below /dev/null,
which is not a folder): QSettings then reads nothing and fails to write, quietly.
LeadVault keeps no settings of its own outside the vault."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt

NOWHERE = "/dev/null/leadvault-keeps-no-qt-settings"


def leave_no_traces() -> None:
    """Before the first dialog: Qt's dialogs, and Qt's user settings nowhere."""
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, NOWHERE)
