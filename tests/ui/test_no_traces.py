"""Qt's file dialogs leave nothing on disk: no QtProject.conf naming the folders a
clerk opened, no native dialog adding the chosen file to the desktop's recent list.

The disk is checked in a fresh process with its own home folder (Qt reads where its
settings go once per process): first without LeadVault's setting, to show the check
sees the leak, then with it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QSettings, Qt

from ui.no_traces import NOWHERE

ROOT = Path(__file__).resolve().parents[2]
CASE_FOLDER = "举报人张三的材料"  # a folder named after a person
SCAN = "张三身份证.jpg"

_DIALOG = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
if sys.argv[2] == "leadvault":
    from ui.no_traces import keep_no_settings, use_qt_dialogs
    keep_no_settings()
    use_qt_dialogs()
app = QApplication(sys.argv[:1])
folder = sys.argv[1]

def choose() -> None:  # as the clerk would: the scan's name typed, then OK
    dialog = QApplication.activeModalWidget()
    dialog.findChild(QLineEdit, "fileNameEdit").setText(sys.argv[3])
    dialog.accept()

QTimer.singleShot(500, choose)
# The call the attachment button makes (ui/leads/lead_view.py).
print("CHOSEN", QFileDialog.getOpenFileName(None, "Add attachment", folder)[0], flush=True)
"""


def _run_dialog(tmp_path: Path, mode: str) -> tuple[str, Path]:
    home = tmp_path / mode / "home"
    folder = tmp_path / mode / CASE_FOLDER
    home.mkdir(parents=True)
    folder.mkdir()
    (folder / SCAN).write_bytes(b"\xff\xd8\xff\xe0 not a real scan")
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_CACHE_HOME=str(home / ".cache"),
               QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", _DIALOG, str(folder), mode, SCAN],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                            check=True)
    return result.stdout, home


def _files_naming_the_case(home: Path) -> list[Path]:
    needles = [CASE_FOLDER.encode(), quote(CASE_FOLDER).encode(), SCAN.encode(),
               quote(SCAN).encode()]
    return [path for path in home.rglob("*") if path.is_file()
            and any(needle in path.read_bytes() for needle in needles)]


def test_plain_qt_writes_the_case_folder_to_its_settings(tmp_path: Path) -> None:
    """The leak the application closes, seen by the same check."""
    out, home = _run_dialog(tmp_path, "plain")
    assert f"CHOSEN {tmp_path}/plain/{CASE_FOLDER}/{SCAN}" in out
    leaked = _files_naming_the_case(home)
    assert [p.name for p in leaked] == ["QtProject.conf"]


def test_leadvaults_file_dialog_leaves_no_file_behind(tmp_path: Path) -> None:
    out, home = _run_dialog(tmp_path, "leadvault")
    assert f"CHOSEN {tmp_path}/leadvault/{CASE_FOLDER}/{SCAN}" in out  # the dialog worked
    assert _files_naming_the_case(home) == []
    assert [p for p in home.rglob("*") if p.is_file()] == []  # nothing at all


def test_the_application_sets_it_up_as_it_starts(make_shell) -> None:  # type: ignore[no-untyped-def]
    make_shell(with_vault=False)
    assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    assert QSettings(QSettings.Scope.UserScope, "QtProject").fileName().startswith(NOWHERE)
