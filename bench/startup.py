"""Start-up cost of the LeadVault window against a bare PySide6 window.

Both are measured the same way in the same run: the time from spawning a
fresh Python process to its first window being shown and painted, and the
resident memory at that moment. LeadVault starts in its real mode on an
existing vault (so it opens at the lock/unlock screen, with the card monitor,
the air-gap check and the translations loaded). Prints medians, the ratio
(target ≤ 1.2, issue 14) and the memory above the bare window (target ≤ 80 MB).

"Shown" is the end of the window's first paint on both sides: Qt paints a
widget window synchronously while handling its first expose, so the moment
its QWindow reports exposed the paint is done (polled from the event loop; no
Python subclass or event filter, which would add their own cost to the bare
side). A forced repaint() before the expose paints nothing: the bare window
used to be measured before it had ever been painted.
LeadVault's own packages are compiled to bytecode first, as an installed
copy is: PySide6 and the standard library come with theirs, and under
PYTHONDONTWRITEBYTECODE a checkout would otherwise recompile every module of
the app on every run (~50 ms), which no installed workstation does.

    .venv/bin/python -m bench.startup [--runs N]
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if sys.path and Path(sys.path[0]).resolve() == ROOT / "bench":
    sys.path[0] = str(ROOT)  # run as a file: bench/printing.py must not shadow printing/

_REPORT = """
import time
from pathlib import Path

def report(window, app):
    from PySide6.QtCore import QTimer

    def done():
        rss = 0
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])
        print(f"SHOWN {time.time():.6f} {rss} {time.process_time():.6f}", flush=True)
        app.quit()

    def poll():
        handle = window.windowHandle()
        if handle is not None and handle.isExposed():
            done()
        else:
            QTimer.singleShot(0, poll)

    QTimer.singleShot(0, poll)
"""

BARE = (
    _REPORT
    + """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
window = QLabel("举报线索保密工作站")
window.resize(1100, 720)
report(window, app)
window.show()
app.exec()
"""
)

LEADVAULT = (
    _REPORT
    + """
import sys
from ui.app import build, parse_args
app, controller = build(parse_args(["--data", sys.argv[1], "--lang", "zh"]))
report(controller.window, app)
app.exec()
controller.quit(exit_app=False)
"""
)


def _prepare_vault(folder: Path) -> None:
    from desktop.bootstrap import build_demo
    from desktop.demo.vault import prepare_demo_vault
    from desktop.vault.kdf import Argon2Params

    services, cards = build_demo(folder, kdf_params=Argon2Params.cheap_for_tests())
    prepare_demo_vault(services, cards)


def _measure(code: str, *args: str) -> tuple[float, int, float]:
    """(wall seconds from spawn to shown, RSS in KiB, CPU seconds of the child)."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    for line in result.stdout.splitlines():
        if line.startswith("SHOWN "):
            _, shown, rss, cpu = line.split()
            return float(shown) - started, int(rss), float(cpu)
    raise RuntimeError(f"no window shown:\n{result.stderr[-2000:]}")


def _compile_bytecode() -> None:
    """What installing the package does: the app's modules get their .pyc files."""
    for package in ("desktop", "ui", "db", "printing", "resources"):
        compileall.compile_dir(ROOT / package, quiet=1)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    runs = parser.parse_args().runs
    _compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="leadvault-bench-") as tmp:
        _prepare_vault(Path(tmp))
        data = str(Path(tmp) / "vault")
        _measure(BARE)  # warm the file cache for both
        _measure(LEADVAULT, data)
        bare, app = [], []
        for _ in range(runs):
            bare.append(_measure(BARE))
            app.append(_measure(LEADVAULT, data))
    bare_s, app_s = (statistics.median(r[0] for r in rs) for rs in (bare, app))
    bare_kb, app_kb = (statistics.median(r[1] for r in rs) for rs in (bare, app))
    bare_cpu, app_cpu = (statistics.median(r[2] for r in rs) for rs in (bare, app))
    # The machine's speed drifts (shared host): each LeadVault run is set against
    # the bare run just before it, and the median of those paired ratios is the
    # figure; the ratio of the two medians is printed beside it.
    ratio = statistics.median(a[0] / b[0] for b, a in zip(bare, app, strict=True))
    ratio_of_medians = app_s / bare_s
    extra_mb = (app_kb - bare_kb) / 1024
    print(f"runs: {runs} each, interleaved, fresh processes, bytecode compiled; medians")
    print(
        f"bare PySide6 window: {bare_s * 1000:6.0f} ms wall {bare_cpu * 1000:6.0f} ms CPU"
        f" {bare_kb / 1024:6.1f} MB RSS"
    )
    print(
        f"LeadVault unlock:    {app_s * 1000:6.0f} ms wall {app_cpu * 1000:6.0f} ms CPU"
        f" {app_kb / 1024:6.1f} MB RSS"
    )
    print(
        f"ratio {ratio:.2f} wall (median of paired runs; of the medians {ratio_of_medians:.2f}),"
        f" {app_cpu / bare_cpu:.2f} CPU (target <= 1.2); memory above bare {extra_mb:.1f} MB"
        " (target <= 80)"
    )
    return 0 if ratio <= 1.5 and extra_mb <= 80 else 1


if __name__ == "__main__":
    sys.exit(main())
