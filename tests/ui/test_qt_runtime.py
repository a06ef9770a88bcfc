"""Guards against known-bad Qt runtimes (PySide6 6.12.0 frees None after enough
static processEvents() calls and aborts the interpreter)."""

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication


def test_static_process_events_keeps_the_reference_count_of_none(qapp: QApplication) -> None:
    before = sys.getrefcount(None)
    for _ in range(200):
        QCoreApplication.processEvents()
    assert sys.getrefcount(None) >= before - 50  # other code may hold a few transiently
