"""`leadvault --demo --screenshots DIR` (what scripts/demo.sh runs without a
display): the scripted tour through setup, unlock, each home screen and the
lock screen writes one PNG per screen, exits 0 and leaves no demo folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
SCREENS = [
    "setup-unit",
    "setup-clerk",
    "setup-summary",
    "locked-no-card",
    "unlock-clerk",
    "clerk-home",
    "locked-card-removed",
    "unlock-chief",
    "chief-home",
    "chief-audit",
    "chief-settings",
    "unlock-staff",
    "staff-home",
    "staff-request",
    "unlock-chief-again",
    "chief-inbox-decision",
    "unlock-staff-again",
    "staff-granted",
]


def test_the_tour_writes_one_png_per_screen_and_cleans_up(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(scratch))
    result = subprocess.run(
        [sys.executable, "-m", "ui.app", "--demo", "--screenshots", str(out), "--lang", "zh"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"{i + 1:02d}-{s}.png" for i, s in enumerate(SCREENS)]
    for path in out.iterdir():
        image = QImage(str(path))
        # The tour's window is 1100 x 720; a screen whose minimum is taller grows it.
        assert image.width() == 1100 and 720 <= image.height() <= 800, path
    assert list(scratch.iterdir()) == []  # the throw-away vault is gone


def test_screenshots_need_the_demo(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ui.app", "--screenshots", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "--screenshots needs --demo" in result.stderr
    assert list(tmp_path.iterdir()) == []
