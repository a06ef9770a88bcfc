"""Identity fields never reach the X11 primary selection (middle-click paste): a
selection made in one with the mouse or the keyboard is taken back before any other
program can read it. Checked under a real X server (Xvfb), where Qt does put a plain
line edit's selection there — the control that shows the check can fail."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_identity_fields_never_reach_the_primary_selection() -> None:
    assert shutil.which("xvfb-run"), "scripts/setup.sh installs xvfb"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-m", "tests.ui.primary_selection_probe"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["supports_selection"]
    secret = "孙某 11010519491231002X"
    plain, identity = result["plain"], result["identity"]
    assert plain["drag"] == secret and plain["keyboard"] == secret  # Qt's own behaviour
    for how in ("drag", "double-click", "keyboard"):
        assert identity[how + ":selected"], how  # the text was selected all the same
        assert identity[how] == "", how
