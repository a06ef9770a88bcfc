"""PySide6's import hook reads the whole source of every module imported, or imported
from, after PySide6 itself, looking for the word "PySide6", to know whether the module
may switch on a ``__feature__`` (snake_case, true_property): about 3 ms of the
start-up, more at the unlock and at each screen's first opening, and every module's
text kept in memory. LeadVault switches on none, so its modules are entered in the
hook's table beforehand as "ignore" (-1), which is what the hook records for a module
without features. The table is PySide6's internal (shibokensupport.feature): if a
later PySide6 lacks it, nothing is skipped and nothing else changes.

Qt-free on purpose: ui.app imports this before PySide6."""

from __future__ import annotations

import os
import sys

_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGES = ("ui", "desktop", "db", "printing", "resources")


def _table() -> dict[str, int] | None:
    table = getattr(sys.modules.get("shibokensupport.feature"), "pyside_feature_dict", None)
    return table if isinstance(table, dict) else None


def _enter(table: dict[str, int], folder: str, package: str, deep: bool) -> None:
    table.setdefault(package, -1)
    for entry in os.scandir(folder):
        if entry.name.endswith(".py"):
            table.setdefault(f"{package}.{entry.name[:-3]}", -1)
        elif deep and entry.is_dir() and entry.name.isidentifier():
            _enter(table, entry.path, f"{package}.{entry.name}", deep)


def skip_for_start_up() -> None:
    """Before the lock screen: the modules loaded so far, resources and ui's own
    (listing the subpackages too would cost more than their scan, which comes later)."""
    table = _table()
    if table is None:
        return
    for name in [*sys.modules, "resources"]:
        table.setdefault(name, -1)
    _enter(table, os.path.join(_ROOT, "ui"), "ui", deep=False)


def skip_everywhere() -> None:
    """After the first paint: every module of LeadVault's packages (~1 ms), before
    the unlock and the screens import them."""
    table = _table()
    if table is None:
        return
    for package in PACKAGES:
        folder = os.path.join(_ROOT, package)
        if os.path.isdir(folder):
            _enter(table, folder, package, deep=True)
