"""Starting at the lock screen reads no LeadVault source file, nor does loading the
screens afterwards: PySide6's import hook would otherwise read the whole text of each
module imported after it (to look for the word "PySide6") and keep it in memory
(ui.feature_scan)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_START = """
import importlib, json, linecache, sys
from ui.app import build, parse_args
app, controller = build(parse_args(["--data", sys.argv[1], "--lang", "zh"]))
read = sorted(linecache.cache)
from PySide6.QtCore import QTimer
QTimer.singleShot(400, app.quit)  # the checks after the first paint run meanwhile
app.exec()
for name in sys.argv[2:]:  # what the unlock and the screens load later
    importlib.import_module(name)
print(json.dumps([read, sorted(linecache.cache)]))
controller.quit(exit_app=False)
"""
LATER = ("desktop.leads.service", "ui.leads.list_view", "ui.bags.bags_view",
         "ui.approvals.inbox_view", "printing.cover_sheet")


def _ours(paths: list[str]) -> list[str]:
    return [path for path in paths
            if Path(path).resolve().is_relative_to(ROOT) and Path(path).relative_to(ROOT)
            .parts[0] in ("ui", "desktop", "db", "printing", "resources")]


def _sources_read(data: Path) -> tuple[list[str], list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", _START, str(data), *LATER], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    at_start, later = json.loads(done.stdout.strip().splitlines()[-1])
    return _ours(at_start), _ours(later)


def test_the_lock_screen_starts_without_reading_its_sources(tmp_path: Path) -> None:
    from desktop.bootstrap import build_demo
    from desktop.demo.vault import prepare_demo_vault
    from desktop.vault.kdf import Argon2Params

    services, cards = build_demo(tmp_path, kdf_params=Argon2Params.cheap_for_tests())
    prepare_demo_vault(services, cards)
    assert _sources_read(tmp_path / "vault") == ([], [])
